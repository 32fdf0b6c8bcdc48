package weightinit.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import weightinit.numerics.ConfidenceBound;
import weightinit.numerics.Estimate;
import weightinit.theory.Activation;

class BackwardAndInputsTest {

    private static final double CONFIDENCE = 0.999;

    @Test
    void aLinearNetworkWithVarianceOneOverNKeepsBothPasses() {
        NetworkSetup setup = new NetworkSetup(Activation.LINEAR, 200, 6, 1.0 / 200, 1.0);
        BackwardSimulation.Run run = new BackwardSimulation(setup).run(64, 8, 3, line -> { });
        double t = new ConfidenceBound(CONFIDENCE, 2).studentQuantile(7);
        Estimate forward = run.forwardGain(1, 6);
        Estimate backward = run.backwardGain(1, 6);
        assertThat(forward.value()).isCloseTo(1.0, within(t * forward.error()));
        assertThat(backward.value()).isCloseTo(1.0, within(t * backward.error()));
    }

    @Test
    void inputStructuresHaveTheirStatedMoments() {
        assertThat(InputStructure.EQUICORRELATED.mean(500)).isEqualTo(0.5);
        assertThat(InputStructure.EQUICORRELATED.variance(500)).isCloseTo(1.0, within(1e-15));
        // E[sqrt(chi^2_N / N)] -> 1 as N grows: the mean tends to 1/sqrt(2 pi)
        assertThat(InputStructure.RELU_LAYER.mean(100_000)).isCloseTo(1 / Math.sqrt(2 * Math.PI), within(1e-5));
        LayerSimulation.Terms terms = new LayerSimulation().run(InputStructure.EQUICORRELATED, 100, 0.01, 64, 8, 5);
        double t = new ConfidenceBound(CONFIDENCE, 1).studentQuantile(7);
        assertThat(terms.preActivationSecond().value()).isCloseTo(1.25, within(t * terms.preActivationSecond().error()));
    }
}
