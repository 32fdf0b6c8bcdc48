package weightinit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import weightinit.numerics.ConfidenceBound;
import weightinit.numerics.Estimate;
import weightinit.theory.PrintedValue;

class ReportTest {

    private final RunSettings settings = new RunSettings(1, Scale.CI, Path.of("reports"));

    @Test
    void aClaimIsConfirmedOnlyIfEveryCheckHolds() {
        Estimate exact = new Estimate(0.340845, 1e-14);
        ClaimRow confirmed = Claim.of("eq-22", "Kumar 2017, eq. (22)", "s^2 = 0.34 u^2", settings)
                .paper(PrintedValue.parse("0.34")).exact(exact)
                .check(Check.printedDigits(PrintedValue.parse("0.34"), exact.value())).row();
        assertThat(confirmed.verdict()).isEqualTo("confirmed");
        assertThat(confirmed.tolerance()).isEqualTo(0.005);

        ClaimRow failed = Claim.of("eq-22", "Kumar 2017, eq. (22)", "s^2 = 0.37 u^2", settings)
                .check(Check.printedDigits(PrintedValue.parse("0.37"), exact.value())).row();
        assertThat(failed.verdict()).isEqualTo("failed");
    }

    @Test
    void anErratumNeedsThePrintToDisagree() {
        double exact = 1 / (Math.PI - 1);
        assertThat(Claim.of("eq-24", "s", "t", settings).stating(Verdict.ERRATUM)
                .check(Check.printedDigitsDisagree(PrintedValue.parse("0.49"), exact)).row().verdict())
                .isEqualTo("erratum");
        assertThat(Claim.of("eq-24", "s", "t", settings).stating(Verdict.ERRATUM)
                .check(Check.printedDigitsDisagree(PrintedValue.parse("0.467"), exact)).row().verdict())
                .isEqualTo("failed");
    }

    @Test
    void monteCarloToleranceIsTheQuantileTimesTheStandardError() {
        Check check = Check.monteCarlo("mc", new Estimate(1.01, 0.01), new Estimate(1.0, 0),
                new ConfidenceBound(0.95, 1));
        assertThat(check.tolerance()).isEqualTo(0.01 * new ConfidenceBound(0.95, 1).normalQuantile());
        assertThat(check.holds()).isTrue();
        assertThat(Check.monteCarlo("mc", new Estimate(1.03, 0.01), new Estimate(1.0, 0),
                new ConfidenceBound(0.95, 1)).holds()).isFalse();
    }

    @Test
    void theLedgerRoundTripsThroughJson() {
        ClaimRow row = Claim.of("eq-25", "Kumar 2017, eq. (25)", "v^2 = 2/N", settings)
                .paper(PrintedValue.parse("2")).exact(new Estimate(2, 1e-12)).measured(new Estimate(2.01, 0.01))
                .check(Check.printedDigits(PrintedValue.parse("2"), 2)).row();
        ClaimRow back = ClaimsLedger.rowFromJson(ClaimsLedger.toJson(row));
        assertThat(back).isEqualTo(row);
        assertThat(ClaimsLedger.rowsFromJson(ClaimsLedger.toJson(List.of(row, row)))).hasSize(2);
        assertThat(ClaimsLedger.toMarkdown(List.of(row))).contains("| eq-25 |").contains("**confirmed**");
        assertThat(ClaimsLedger.consoleTable(List.of(row))).contains("eq-25").contains("1 confirmed");
    }

    @Test
    void settingsComeFromPropertiesAndNameABadValue() {
        Properties properties = new Properties();
        assertThat(RunSettings.from(properties).seed()).isEqualTo(RunSettings.DEFAULT_SEED);
        properties.setProperty("seed", "abc");
        assertThatThrownBy(() -> RunSettings.from(properties)).hasMessageContaining("'abc'");
        properties.setProperty("seed", "5");
        properties.setProperty("scale", "huge");
        assertThatThrownBy(() -> RunSettings.from(properties)).hasMessageContaining("'huge'");
        assertThat(settings.seedFor("a")).isEqualTo(settings.seedFor("a")).isNotEqualTo(settings.seedFor("b"));
    }
}
