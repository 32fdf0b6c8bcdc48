package weightinit.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActivationTest {

    @Test
    void activationsAreFoundByTheirPaperName() {
        assertThat(Activation.named("ReLU")).isEqualTo(Activation.RELU);
        assertThat(Activation.RELU.applyAsDouble(-2)).isZero();
        assertThat(Activation.RELU.applyAsDouble(2)).isEqualTo(2);
        assertThat(Activation.RELU.differentiableAtZero()).isFalse();
        assertThat(Activation.TANH.differentiableAtZero()).isTrue();
    }

    @Test
    void anUnknownNameIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> Activation.named("rellu")).hasMessageContaining("'rellu'")
                .hasMessageContaining("relu, tanh");
    }

    @Test
    void eq6GivesThePreActivationVarianceForAnyInputMean() {
        assertThat(SignalPropagation.preActivationVariance(500, 2.0 / 500, 1.0, 0.5)).isEqualTo(2.5);
        assertThat(SignalPropagation.varianceFactor(3, 1, 0.7)).isEqualTo(3 / 1.49);
        assertThatThrownBy(() -> SignalPropagation.preActivationVariance(0, 1, 1, 0)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> SignalPropagation.preActivationVariance(10, -0.1, 1, 0))
                .hasMessageContaining("weight variance v^2").hasMessageContaining("-0.1");
    }
}
