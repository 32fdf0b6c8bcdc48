package weightinit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import weightinit.training.Figure3Training;
import weightinit.training.PaperNetwork;

/** The declared test of Figure 3 on made-up curves: it decides, and each of its checks can fail. */
class Figure3SectionTest {

    private final RunSettings settings = new RunSettings(1, Scale.CI, Path.of("target"));
    private final Figure3Section section = new Figure3Section(settings);

    @Test
    void theChanceBandIsZTimesTheBinomialStandardErrorOfAGuesser() {
        // 99.9% family-wise over 6 comparisons: z = Phi^-1(1 - 0.001 / 12) = 3.764
        assertThat(Figure3Section.chanceBand(2_000)).isCloseTo(3.764 * Math.sqrt(0.25 / 2_000), within(1e-4));
    }

    @Test
    void aStallingXavierAndAConvergingRecommendedInitConfirmTheClaim() {
        ClaimRow row = section.claim(experiment(0.52, 0.48, 0.76, 0.79), Verdict.CONFIRMED);
        assertThat(row.verdict()).isEqualTo("confirmed");
        assertThat(row.checks()).hasSize(6).allMatch(Check::holds);
        assertThat(row.measuredValue()).isEqualTo(0.76);
    }

    @Test
    void xavierLeavingTheBandOrTheRecommendedInitStayingInItFailsTheConfirmedClaim() {
        assertThat(section.claim(experiment(0.55, 0.50, 0.76, 0.79), Verdict.CONFIRMED).verdict()).isEqualTo("failed");
        assertThat(section.claim(experiment(0.50, 0.50, 0.76, 0.53), Verdict.CONFIRMED).verdict()).isEqualTo("failed");
        // just inside and just above the band (0.5 +- 0.0421) and 0.086 apart: confirmed; 0.05 apart (< 0.0595): not
        assertThat(section.claim(experiment(0.46, 0.50, 0.546, 0.80), Verdict.CONFIRMED).verdict())
                .isEqualTo("confirmed");
        assertThat(section.claim(experiment(0.54, 0.50, 0.59, 0.80), Verdict.CONFIRMED).verdict()).isEqualTo("failed");
    }

    @Test
    void aRefutedStatementHoldsOnlyWhereTheDeclaredTestFails() {
        assertThat(section.claim(experiment(0.50, 0.50, 0.51, 0.80), Verdict.REFUTED).verdict()).isEqualTo("refuted");
        assertThat(section.claim(experiment(0.50, 0.50, 0.76, 0.80), Verdict.REFUTED).verdict()).isEqualTo("failed");
        assertThatThrownBy(() -> section.claim(experiment(0.5, 0.5, 0.8, 0.8), Verdict.ERRATUM))
                .hasMessageContaining("confirmed or refuted");
    }

    @Test
    void theScriptVariantDoesNotRunAtScaleCiAndSaysWhy() {
        assertThat(section.notRunReason(Figure3Section.Variant.SCRIPT)).get().asString().contains("1,900", "1252");
        assertThat(section.notRunReason(Figure3Section.Variant.PAPER)).isEmpty();
        assertThat(new Figure3Section(new RunSettings(1, Scale.PAPER, Path.of("target")))
                .notRunReason(Figure3Section.Variant.SCRIPT)).isEmpty();
        assertThatThrownBy(() -> Figure3Section.Variant.named("papr")).hasMessageContaining("'papr'");
    }

    private static Figure3Section.Experiment experiment(double xavier1, double xavier2, double recommended1,
                                                        double recommended2) {
        return new Figure3Section.Experiment(Figure3Section.Variant.PAPER, Scale.CI.training(), Map.of("f", "0"),
                List.of(run("Xavier", 1, xavier1), run("Xavier", 2, xavier2)),
                List.of(run("eq. (19)", 1, recommended1), run("eq. (19)", 2, recommended2)));
    }

    private static Figure3Section.Run run(String name, long seed, double validationTop5) {
        return new Figure3Section.Run(name, seed, new Figure3Training.Result(PaperNetwork.Engine.ONEDNN, List.of(
                new Figure3Training.EpochMetrics(1, 313, 2.3, 0.5, 0.1, validationTop5, 1, 300))));
    }
}
