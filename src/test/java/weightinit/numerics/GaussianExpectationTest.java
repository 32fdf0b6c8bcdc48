package weightinit.numerics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import weightinit.theory.Activation;

class GaussianExpectationTest {

    private final GaussianExpectation expectation = new GaussianExpectation();

    @Test
    void gaussianMomentsAreExactToTheirErrorEstimate() {
        Estimate second = expectation.of(y -> y * y, 1.5);
        assertThat(second.value()).isCloseTo(2.25, within(second.error()));
        Estimate fourth = expectation.of(y -> y * y * y * y, 1.0);
        assertThat(fourth.value()).isCloseTo(3.0, within(fourth.error()));
        assertThat(second.error()).isLessThan(1e-12);
    }

    @Test
    void theKinkOfReluCostsNoAccuracyWhenThePanelsSplitThere() {
        Estimate mean = expectation.of(Activation.RELU, 2.0, 0.0);
        assertThat(mean.value()).isCloseTo(2.0 / Math.sqrt(2 * Math.PI), within(mean.error()));
        assertThat(mean.error()).isLessThan(1e-12);
    }

    @Test
    void exactMomentsOfReluMatchTheClosedForms() {
        ActivationMoments moments = ActivationMoments.exact(Activation.RELU, 1.0, expectation);
        assertThat(moments.variance().value()).isCloseTo(0.5 - 0.5 / Math.PI, within(moments.variance().error()));
    }

    @Test
    void rootsCarryThePropagatedErrorOfTheirFunction() {
        Estimate root = new RootFinder().root(x -> x * x - 2, x -> 1e-10, 0, 2);
        assertThat(root.value()).isCloseTo(Math.sqrt(2), within(root.error()));
        assertThat(root.error()).isGreaterThan(1e-10 / (2 * Math.sqrt(2)));
    }

    @Test
    void bonferroniQuantilesGrowWithTheFamily() {
        assertThat(new ConfidenceBound(0.95, 1).normalQuantile()).isCloseTo(1.959964, within(1e-6));
        assertThat(new ConfidenceBound(0.95, 10).normalQuantile()).isCloseTo(2.807034, within(1e-6));
        assertThat(new ConfidenceBound(0.95, 1).studentQuantile(10)).isCloseTo(2.228139, within(1e-6));
    }
}
