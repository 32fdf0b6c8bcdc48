package weightinit.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import weightinit.numerics.ConfidenceBound;
import weightinit.numerics.Estimate;
import weightinit.theory.Activation;

class SimulationTest {

    // each statistical check at 99.9% family-wise over the comparisons of its test (Bonferroni)
    private static final double CONFIDENCE = 0.999;

    @Test
    void sampledMomentsOfANormalAgreeWithinTheirStandardErrors() {
        SampleMoments moments = new ActivationSampler().sample(Activation.LINEAR, 2.0, 200_000, 7);
        double z = new ConfidenceBound(CONFIDENCE, 3).normalQuantile();
        assertThat(moments.mean().value()).isCloseTo(0.0, within(z * moments.mean().error()));
        assertThat(moments.secondMoment().value()).isCloseTo(4.0, within(z * moments.secondMoment().error()));
        assertThat(moments.variance().value()).isCloseTo(4.0, within(z * moments.variance().error()));
        // SE of a normal's variance is sqrt(2) sigma^2 / sqrt(n) = 0.01265; the estimated SE comes from the
        // sample's fourth moment, whose own relative error is about sqrt(96 / n) / 4 = 0.55% (7e-5):
        // 2.5e-4 is 3.5 of those standard errors
        assertThat(moments.variance().error()).isCloseTo(Math.sqrt(2) * 4 / Math.sqrt(200_000), within(2.5e-4));
    }

    @Test
    void theSameSeedGivesTheSameNumbersAndAnotherSeedOthers() {
        ActivationSampler sampler = new ActivationSampler();
        assertThat(sampler.sample(Activation.RELU, 1, 10_000, 3)).isEqualTo(sampler.sample(Activation.RELU, 1, 10_000, 3));
        assertThat(sampler.sample(Activation.RELU, 1, 10_000, 4).mean())
                .isNotEqualTo(sampler.sample(Activation.RELU, 1, 10_000, 3).mean());
    }

    @Test
    void aLinearNetworkWithVarianceOneOverNKeepsTheSecondMoment() {
        NetworkSetup setup = new NetworkSetup(Activation.LINEAR, 200, 5, 1.0 / 200, 1.0);
        NetworkMoments moments = new DeepNetworkSimulation(setup).run(64, 8, 11, line -> { });
        double t = new ConfidenceBound(CONFIDENCE, 5).studentQuantile(7);
        for (int m = 1; m <= 5; m++) {
            Estimate u2 = moments.at(LayerStatistic.PRE_ACTIVATION_VARIANCE, m);
            assertThat(u2.value()).as("layer %d", m).isCloseTo(1.0, within(t * u2.error()));
        }
        NetworkMoments again = new DeepNetworkSimulation(setup).run(64, 8, 11, line -> { });
        assertThat(again.at(LayerStatistic.OUTPUT_MEAN, 5)).isEqualTo(moments.at(LayerStatistic.OUTPUT_MEAN, 5));
    }

    @Test
    void aBadNetworkIsRejectedByName() {
        assertThatThrownBy(() -> new NetworkSetup(Activation.RELU, 0, 3, 0.1, 1)).hasMessageContaining("width N")
                .hasMessageContaining("got 0");
        assertThatThrownBy(() -> new NetworkSetup(Activation.RELU, 10, 3, -0.1, 1))
                .hasMessageContaining("weight variance").hasMessageContaining("-0.1");
    }
}
