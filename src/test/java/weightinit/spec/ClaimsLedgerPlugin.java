package weightinit.spec;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import weightinit.report.ClaimRow;
import weightinit.report.ClaimsLedger;
import weightinit.report.RunEnvironment;
import weightinit.report.RunSettings;
import weightinit.report.Verdict;

/**
 * Cucumber plugin that assembles the claims ledger from the rows the scenarios attach
 * ({@link ClaimsLedger#ROW_MEDIA_TYPE}), adds a row for every scenario that ended without one
 * (failed before it could check, or not run), and writes {@code reports/claims.json} and
 * {@code reports/claims.md} when the run ends. Also writes Allure's environment and categories.
 * Its state lives for one run, in this instance; rows reach it through Cucumber's event bus.
 */
public class ClaimsLedgerPlugin implements ConcurrentEventListener {

    private final RunSettings settings = RunSettings.from(System.getProperties());
    private final List<ClaimRow> rows = Collections.synchronizedList(new ArrayList<>());
    private final Set<UUID> casesWithRows = ConcurrentHashMap.newKeySet();
    /** Scenario name to "erratum: ..." / "refuted: ..." messages, for Allure's categories. */
    private final Map<String, List<String>> findings = new ConcurrentHashMap<>();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, event -> started());
        publisher.registerHandlerFor(EmbedEvent.class, this::embedded);
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, event -> ended());
    }

    private void started() {
        try {
            Files.deleteIfExists(settings.reportsDirectory().resolve(ClaimsLedger.JSON_FILE));
            Files.deleteIfExists(settings.reportsDirectory().resolve(ClaimsLedger.MARKDOWN_FILE));
            Path results = allureResults();
            Files.createDirectories(results);
            Files.writeString(results.resolve("environment.properties"), RunEnvironment.describe(settings).entrySet()
                    .stream().map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                    .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
            try (var categories = ClaimsLedgerPlugin.class.getResourceAsStream("/allure-categories.json")) {
                if (categories == null) {
                    throw new IllegalStateException("allure-categories.json is missing from the test resources");
                }
                Files.write(results.resolve("categories.json"), categories.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the report directories", e);
        }
    }

    private void embedded(EmbedEvent event) {
        if (ClaimsLedger.ROW_MEDIA_TYPE.equals(event.getMediaType())) {
            ClaimRow row = ClaimsLedger.rowFromJson(new String(event.getData(), StandardCharsets.UTF_8));
            rows.add(row);
            casesWithRows.add(event.getTestCase().getId());
            if (Verdict.ERRATUM.label().equals(row.verdict()) || Verdict.REFUTED.label().equals(row.verdict())) {
                findings.computeIfAbsent(event.getTestCase().getName(), k -> Collections.synchronizedList(
                        new ArrayList<>())).add(AllureFindings.message(row));
            }
        }
    }

    private void finished(TestCaseFinished event) {
        TestCase testCase = event.getTestCase();
        if (casesWithRows.contains(testCase.getId())) {
            return;
        }
        Result result = event.getResult();
        Verdict verdict = result.getStatus() == Status.PASSED ? null
                : result.getStatus() == Status.FAILED ? Verdict.FAILED : Verdict.NOT_RUN;
        if (verdict == null) {
            return;
        }
        String reason = result.getError() == null ? result.getStatus().name().toLowerCase()
                : result.getError().getClass().getSimpleName() + ": " + result.getError().getMessage();
        rows.add(new ClaimRow(claimId(testCase), testCase.getUri().getPath().replaceAll(".*/", "") + ":"
                + testCase.getLocation().getLine(), testCase.getName() + " (" + reason + ")", null, null, null, null,
                null, "no check ran", verdict.label(), settings.seed(), settings.scale().label(), List.of()));
    }

    private void ended() {
        List<ClaimRow> ledger;
        synchronized (rows) {
            ledger = List.copyOf(rows);
        }
        ClaimsLedger.write(settings.reportsDirectory(), ledger);
        AllureFindings.mark(allureResults(), findings);
        System.out.println();
        System.out.println("Claims ledger (" + ledger.size() + " rows, seed " + settings.seed() + ", scale "
                + settings.scale() + "): " + settings.reportsDirectory().resolve(ClaimsLedger.MARKDOWN_FILE));
        String table = ClaimsLedger.consoleTable(ledger);
        System.out.print(table);
        String console = System.getProperty("claims.console");
        if (console != null) {
            try {
                Files.writeString(Path.of(console), "Claims ledger, seed " + settings.seed() + ", scale "
                        + settings.scale() + "\n" + table, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + console, e);
            }
        }
    }

    private static Path allureResults() {
        return Path.of(System.getProperty("allure.results.directory", "target/allure-results"));
    }

    private static String claimId(TestCase testCase) {
        return testCase.getTags().stream().filter(t -> t.matches("@(eq|fig|prop|sec)-.*")).map(t -> t.substring(1))
                .findFirst().orElse(testCase.getName()) + "@line-" + testCase.getLocation().getLine();
    }
}
