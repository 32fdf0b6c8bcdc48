package weightinit.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReluMomentsTest {

    // closed forms compared with hand-derived constants: agreement to double rounding (1e-15 relative)
    private static final double ROUNDING = 1e-15;

    @Test
    void meanAndSecondMomentScaleWithTheStandardDeviation() {
        assertThat(ReluMoments.outputMean(2.0)).isCloseTo(2.0 / Math.sqrt(2 * Math.PI), within(ROUNDING));
        assertThat(ReluMoments.outputSecondMoment(2.0)).isEqualTo(2.0);
        assertThat(ReluMoments.outputVariance(1.0)).isCloseTo(0.5 - 0.5 / Math.PI, within(ROUNDING));
    }

    @Test
    void theFixedPointIsTwoPiOverPiMinusOneWithMeanOneOverSqrtPiMinusOne() {
        assertThat(ReluMoments.fixedPointPreActivationVariance())
                .isCloseTo(2 * Math.PI / (Math.PI - 1), within(4 * ROUNDING));
        assertThat(ReluMoments.fixedPointMean()).isCloseTo(1 / Math.sqrt(Math.PI - 1), within(ROUNDING));
        assertThat(ReluMoments.outputVariance(Math.sqrt(ReluMoments.fixedPointPreActivationVariance())))
                .isCloseTo(1.0, within(4 * ROUNDING));
    }

    @Test
    void theHeFactorIsExactlyTwo() {
        assertThat(ReluMoments.fixedPointVarianceFactor()).isCloseTo(2.0, within(8 * ROUNDING));
    }

    @Test
    void rejectsANegativeStandardDeviationByName() {
        assertThatThrownBy(() -> ReluMoments.outputMean(-1))
                .hasMessageContaining("pre-activation standard deviation u").hasMessageContaining("-1.0");
    }
}
