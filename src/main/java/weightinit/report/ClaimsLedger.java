package weightinit.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The claims ledger: {@code claims.json} (a JSON array of {@link ClaimRow}) and {@code claims.md}. */
public final class ClaimsLedger {

    public static final String JSON_FILE = "claims.json";
    public static final String MARKDOWN_FILE = "claims.md";
    /** Media type of one row attached to a scenario; the ledger collects these. */
    public static final String ROW_MEDIA_TYPE = "application/vnd.kumar2017.claim+json";

    private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting()
            .serializeSpecialFloatingPointValues().create();

    private ClaimsLedger() {
    }

    public static String toJson(ClaimRow row) {
        return GSON.toJson(row);
    }

    public static String toJson(List<ClaimRow> rows) {
        return GSON.toJson(rows);
    }

    /** One row from its JSON. */
    public static ClaimRow rowFromJson(String json) {
        try {
            ClaimRow row = GSON.fromJson(json, ClaimRow.class);
            if (row == null) {
                throw new IllegalArgumentException("empty claim row");
            }
            return new ClaimRow(row.claim(), row.source(), row.statement(), row.paperValue(), row.exactValue(),
                    row.measuredValue(), row.standardError(), row.tolerance(), row.toleranceBasis(), row.verdict(),
                    row.seed(), row.scale(), row.checks());
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("malformed claim row: " + e.getMessage(), e);
        }
    }

    /** All rows of a {@code claims.json}. */
    public static List<ClaimRow> rowsFromJson(String json) {
        ClaimRow[] rows = GSON.fromJson(json, ClaimRow[].class);
        return rows == null ? List.of() : Arrays.asList(rows);
    }

    /** The ledger as a Markdown table, every field. */
    public static String toMarkdown(List<ClaimRow> rows) {
        StringBuilder out = new StringBuilder("# Claims ledger\n\n");
        out.append("| claim | source | statement | paper | exact | measured | SE | tolerance | verdict | seed | scale "
                + "| tolerance basis |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (ClaimRow r : rows) {
            out.append("| ").append(cell(r.claim())).append(" | ").append(cell(r.source())).append(" | ")
                    .append(cell(r.statement())).append(" | ").append(Numbers.format(r.paperValue())).append(" | ")
                    .append(Numbers.format(r.exactValue())).append(" | ").append(Numbers.format(r.measuredValue()))
                    .append(" | ").append(Numbers.format(r.standardError())).append(" | ")
                    .append(Numbers.format(r.tolerance())).append(" | **").append(r.verdict()).append("** | ")
                    .append(r.seed()).append(" | ").append(r.scale()).append(" | ").append(cell(r.toleranceBasis()))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** A short fixed-width table for the console: claim, paper, exact, measured, verdict. */
    public static String consoleTable(List<ClaimRow> rows) {
        String format = "%-40s %12s %12s %12s  %s%n";
        StringBuilder out = new StringBuilder();
        out.append(String.format(format, "claim", "paper", "exact", "measured", "verdict"));
        for (ClaimRow r : rows) {
            out.append(String.format(format, r.claim(), Numbers.format(r.paperValue()),
                    Numbers.format(r.exactValue()), Numbers.format(r.measuredValue()), r.verdict()));
        }
        long failed = rows.stream().filter(r -> Verdict.FAILED.label().equals(r.verdict())).count();
        out.append(String.format("%d claims: %d confirmed, %d erratum, %d refuted, %d not run, %d failed%n",
                rows.size(), count(rows, Verdict.CONFIRMED), count(rows, Verdict.ERRATUM), count(rows, Verdict.REFUTED),
                count(rows, Verdict.NOT_RUN), failed));
        return out.toString();
    }

    /** Writes both files into {@code directory}. */
    public static void write(Path directory, List<ClaimRow> rows) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(JSON_FILE), toJson(rows), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(MARKDOWN_FILE), toMarkdown(rows), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the claims ledger into " + directory, e);
        }
    }

    private static long count(List<ClaimRow> rows, Verdict verdict) {
        return rows.stream().filter(r -> verdict.label().equals(r.verdict())).count();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
