package weightinit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import weightinit.theory.Activation;

/** Bad values in a feature table fail with a message that names them. */
class ParameterTypesTest {

    private final ParameterTypes types = new ParameterTypes();

    @Test
    void goodValuesAreTyped() {
        assertThat(types.width("500")).isEqualTo(500);
        assertThat(types.activation("relu")).isEqualTo(Activation.RELU);
        assertThat(types.printed("0.34").halfUnit()).isEqualTo(0.005);
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> types.width("0")).hasMessage("width N must be at least 1, got 0");
        assertThatThrownBy(() -> types.depth("ten")).hasMessageContaining("depth M 'ten' is not a whole number");
        assertThatThrownBy(() -> types.factor("-2")).hasMessageContaining("N(0, -2/N)");
        assertThatThrownBy(() -> types.deviation("-0.5")).hasMessageContaining("-0.5");
        assertThatThrownBy(() -> types.activation("sigmod")).hasMessageContaining("unknown activation 'sigmod'");
        assertThatThrownBy(() -> types.printed("0,34")).hasMessageContaining("'0,34'");
    }
}
