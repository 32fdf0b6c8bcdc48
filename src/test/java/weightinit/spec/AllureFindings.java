package weightinit.spec;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import weightinit.report.ClaimRow;
import weightinit.report.Numbers;

/**
 * Puts errata and refutations into Allure's categories. Those scenarios pass (the suite stays
 * green), and Allure files a passed result under a category only by its status message, which
 * allure-cucumber7-jvm resets when the scenario ends; so the message is written into the result
 * files once the run is over, matched by scenario name.
 */
final class AllureFindings {

    private static final Gson GSON = new Gson();

    private AllureFindings() {
    }

    /** e.g. "erratum: eq-24-mu2 paper 0.490000, exact 0.466942". */
    static String message(ClaimRow row) {
        return row.verdict() + ": " + row.claim() + " paper " + Numbers.format(row.paperValue()) + ", exact "
                + Numbers.format(row.exactValue());
    }

    static void mark(Path results, Map<String, List<String>> findings) {
        if (findings.isEmpty() || !Files.isDirectory(results)) {
            return;
        }
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).toList()) {
                JsonObject result = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), JsonObject.class);
                List<String> messages = result.has("name") ? findings.get(result.get("name").getAsString()) : null;
                if (messages == null || !"passed".equals(result.get("status").getAsString())) {
                    continue;
                }
                JsonObject details = result.has("statusDetails") ? result.getAsJsonObject("statusDetails")
                        : new JsonObject();
                details.addProperty("message", String.join("\n", messages));
                result.add("statusDetails", details);
                Files.writeString(file, GSON.toJson(result), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark findings in " + results, e);
        }
    }
}
