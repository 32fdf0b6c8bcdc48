package weightinit.spec;

import static org.assertj.core.api.Assertions.fail;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.opentest4j.TestAbortedException;
import weightinit.report.Check;
import weightinit.report.ClaimRow;
import weightinit.report.ClaimsLedger;
import weightinit.report.Numbers;
import weightinit.report.RunSettings;
import weightinit.report.Verdict;

/**
 * Per-scenario recording (injected by picocontainer into the step classes): the run's settings,
 * claim rows into the ledger and the Allure page, charts, progress lines.
 */
public class ScenarioReport {

    private final RunSettings settings = RunSettings.from(System.getProperties());
    private final StringBuilder progressLog = new StringBuilder();
    private Scenario scenario;

    @Before(order = 0)
    public void start(Scenario current) {
        this.scenario = current;
    }

    /** The scenario's progress lines, as one attachment of its page. */
    @After(order = 0)
    public void finish() {
        if (!progressLog.isEmpty()) {
            scenario.attach(progressLog.toString().getBytes(StandardCharsets.UTF_8), "text/plain", "progress");
        }
    }

    public RunSettings settings() {
        return settings;
    }

    /** A progress line, on the console at once and in the scenario's page when it ends. */
    public void progress(String line) {
        System.out.println("  [" + scenario.getName() + "] " + line);
        progressLog.append(line).append('\n');
    }

    /** A file in the scenario's Allure page (e.g. a CSV of curves). */
    public void attach(String name, String mediaType, byte[] content) {
        scenario.attach(content, mediaType, name);
    }

    /** A chart in the scenario's Allure page. */
    public void chart(String name, byte[] png) {
        scenario.attach(png, "image/png", name);
    }

    /**
     * Records the row (ledger and Allure page, also when it failed), then fails the scenario
     * unless every check came out as the claim states.
     */
    public void record(ClaimRow row) {
        record(List.of(row));
    }

    /** Records every row first, then fails the scenario if any of them does not hold. */
    public void record(List<ClaimRow> rows) {
        rows.forEach(this::attach);
        List<ClaimRow> failed = rows.stream().filter(r -> !r.holds()).toList();
        if (!failed.isEmpty()) {
            fail(failed.stream().map(ScenarioReport::failure).collect(Collectors.joining("\n")));
        }
    }

    /**
     * Records a claim that could not run (verdict not-run, the reason in its statement) and skips
     * the scenario: the report shows it as skipped, never green.
     */
    public void notRun(ClaimRow row) {
        if (!Verdict.NOT_RUN.label().equals(row.verdict())) {
            throw new IllegalArgumentException("not a not-run row: " + row.claim() + " is " + row.verdict());
        }
        attach(row);
        throw new TestAbortedException(row.statement());
    }

    private void attach(ClaimRow row) {
        scenario.attach(ClaimsLedger.toJson(row).getBytes(StandardCharsets.UTF_8), ClaimsLedger.ROW_MEDIA_TYPE,
                "ledger row " + row.claim());
        scenario.attach(html(row).getBytes(StandardCharsets.UTF_8), "text/html", "claim " + row.claim());
    }

    private static String failure(ClaimRow row) {
        return row.claim() + " (" + row.source() + ") does not hold:\n" + row.checks().stream()
                .filter(c -> !c.holds()).map(ScenarioReport::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Check c) {
        return "  " + c.route() + ": " + Numbers.format(c.value()) + " vs " + Numbers.format(c.reference())
                + ", |difference| " + Numbers.format(c.deviation()) + (c.expected() ? " > " : " <= ")
                + "tolerance " + Numbers.format(c.tolerance()) + " (" + c.basis() + ")";
    }

    private static String html(ClaimRow row) {
        StringBuilder out = new StringBuilder("<table border='1' cellpadding='4' style='border-collapse:collapse'>");
        out.append("<tr><th align='left'>claim</th><td>").append(escape(row.claim())).append("</td></tr>")
                .append("<tr><th align='left'>source</th><td>").append(escape(row.source())).append("</td></tr>")
                .append("<tr><th align='left'>statement</th><td>").append(escape(row.statement())).append("</td></tr>")
                .append("<tr><th align='left'>paper</th><td>").append(Numbers.format(row.paperValue())).append("</td></tr>")
                .append("<tr><th align='left'>exact</th><td>").append(Numbers.format(row.exactValue())).append("</td></tr>")
                .append("<tr><th align='left'>measured</th><td>").append(Numbers.format(row.measuredValue()))
                .append(" &plusmn; ").append(Numbers.format(row.standardError())).append(" (SE)</td></tr>")
                .append("<tr><th align='left'>verdict</th><td><b>").append(row.verdict()).append("</b></td></tr>")
                .append("<tr><th align='left'>seed, scale</th><td>").append(row.seed()).append(", ")
                .append(row.scale()).append("</td></tr></table>");
        out.append("<p>Checks:</p><table border='1' cellpadding='4' style='border-collapse:collapse'>")
                .append("<tr><th>route</th><th>value</th><th>reference</th><th>|difference|</th><th>tolerance</th>"
                        + "<th>holds</th><th>tolerance basis</th></tr>");
        for (Check c : row.checks()) {
            out.append("<tr><td>").append(escape(c.route())).append("</td><td>").append(Numbers.format(c.value()))
                    .append("</td><td>").append(Numbers.format(c.reference())).append("</td><td>")
                    .append(Numbers.format(c.deviation())).append("</td><td>").append(Numbers.format(c.tolerance()))
                    .append("</td><td>").append(c.holds() ? "yes" : "<b>NO</b>").append("</td><td>")
                    .append(escape(c.basis())).append("</td></tr>");
        }
        return out.append("</table>").toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
