package weightinit.numerics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import weightinit.theory.Activation;
import weightinit.theory.ActivationFunction;

class VarianceMapTest {

    private final GaussianExpectation quadrature = new GaussianExpectation();

    @Test
    void reluIsPreservedAndCriticalAtHesTwo() {
        VarianceMap relu = new VarianceMap(Activation.RELU, quadrature);
        Estimate preserving = relu.variancePreservingFactor().orElseThrow();
        assertThat(preserving.value()).isCloseTo(2.0, within(preserving.error() + 1e-12));
        assertThat(relu.criticalFactor().orElseThrow()).isCloseTo(2.0, within(1e-9));
        assertThat(relu.fixedPoint(2.0, 3.0).outcome()).isEqualTo(VarianceMap.FixedPoint.Outcome.NEUTRAL);
        assertThat(relu.fixedPoint(1.0, 1.0).outcome()).isEqualTo(VarianceMap.FixedPoint.Outcome.VANISHED);
        assertThat(relu.fixedPoint(2.5, 1.0).outcome()).isEqualTo(VarianceMap.FixedPoint.Outcome.EXPLODED);
    }

    @Test
    void boundedActivationsCannotHoldUnitVariance() {
        assertThat(new VarianceMap(Activation.TANH, quadrature).variancePreservingFactor()).isEmpty();
        assertThat(new VarianceMap(Activation.SIGMOID, quadrature).variancePreservingFactor()).isEmpty();
    }

    @Test
    void sigmoidWithEquation19SettlesOnAFixedPoint() {
        VarianceMap sigmoid = new VarianceMap(Activation.SIGMOID, quadrature);
        VarianceMap.FixedPoint point = sigmoid.fixedPoint(12.8, 12.8);
        assertThat(point.outcome()).isEqualTo(VarianceMap.FixedPoint.Outcome.CONVERGED);
        // a fixed point maps to itself, to the root finder's accuracy
        assertThat(sigmoid.next(point.preActivationVariance(), 12.8))
                .isCloseTo(point.preActivationVariance(), within(1e-9));
    }

    @Test
    void aUsersOwnActivationWorksTheSameWay() {
        // g(x) = 2x: E[g(u Z)^2] = 4 u^2, so N v^2 = 1/4 preserves the variance and is critical
        ActivationFunction doubled = ActivationFunction.of("2x", x -> 2 * x, x -> 2);
        VarianceMap map = new VarianceMap(doubled, quadrature);
        assertThat(map.variancePreservingFactor().orElseThrow().value()).isCloseTo(0.25, within(1e-12));
        assertThat(map.criticalFactor().orElseThrow()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void numericalSlopesCarryAnHonestError() {
        Estimate cosine = Differentiation.slope(Math::sin, 0.3);
        assertThat(cosine.value()).isCloseTo(Math.cos(0.3), within(cosine.error()));
        Estimate softsign = Differentiation.slope(Activation.SOFTSIGN, 0);
        assertThat(softsign.value()).isCloseTo(1.0, within(softsign.error()));
    }
}
