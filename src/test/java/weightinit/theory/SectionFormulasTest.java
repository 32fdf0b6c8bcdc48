package weightinit.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SectionFormulasTest {

    @Test
    void xavierWithReluHalvesTheSecondMomentPerLayer() {
        assertThat(XavierReluDecay.DECAY_PER_LAYER).isCloseTo(0.5, within(1e-15));
        assertThat(XavierReluDecay.variance(22)).isCloseTo(ReluMoments.VARIANCE_COEFFICIENT * Math.pow(0.5, 21),
                within(1e-22));
        assertThat(XavierReluDecay.printedVariance(1)).isEqualTo(0.34);
        assertThat(XavierReluDecay.nextSquaredMean(1, 0)).isCloseTo(1 / (2 * Math.PI), within(1e-16));
    }

    @Test
    void equation12GivesXavierForTanhAnd12Point8ForSigmoid() {
        assertThat(DifferentiableActivations.varianceFactor(Activation.TANH)).isEqualTo(1.0);
        assertThat(DifferentiableActivations.varianceFactor(Activation.SIGMOID)).isCloseTo(12.8, within(1e-12));
        assertThatThrownBy(() -> DifferentiableActivations.varianceFactor(Activation.SELU))
                .hasMessageContaining("selu is not differentiable at 0");
    }

    @Test
    void theTanhDensityIsSymmetricAndItsInverseIsAtanh() {
        assertThat(TanhSaturation.density(0.3, 0.7)).isCloseTo(TanhSaturation.density(-0.3, 0.7), within(1e-15));
        assertThat(TanhSaturation.inverse(Math.tanh(0.8))).isCloseTo(0.8, within(1e-14));
        assertThat(TanhSaturation.uniformVariance(1)).isCloseTo(1.0 / 3, within(1e-16));
        assertThatThrownBy(() -> TanhSaturation.inverse(1)).hasMessageContaining("got 1.0");
    }
}
