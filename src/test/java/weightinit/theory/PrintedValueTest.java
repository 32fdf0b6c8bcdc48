package weightinit.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrintedValueTest {

    @Test
    void theHalfUnitFollowsThePrintedDigits() {
        assertThat(PrintedValue.parse("0.34").halfUnit()).isEqualTo(0.005);
        assertThat(PrintedValue.parse("3").halfUnit()).isEqualTo(0.5);
        assertThat(PrintedValue.parse("2.2").halfUnit()).isEqualTo(0.05);
        assertThat(PrintedValue.parse("1.62e-7").halfUnit()).isEqualTo(0.005e-7);
    }

    @Test
    void agreementIsRoundingToThePrintedDigits() {
        PrintedValue printed = PrintedValue.parse("0.34");
        assertThat(printed.agreesWith(0.3408)).isTrue();
        assertThat(printed.agreesWith(0.3451)).isFalse();
        assertThat(PrintedValue.parse("0.37").agreesWith(0.3408)).isFalse();
        assertThat(PrintedValue.parse("0.49").agreesWith(1 / (Math.PI - 1))).isFalse();
    }

    @Test
    void aMalformedNumberIsNamed() {
        assertThatThrownBy(() -> PrintedValue.parse("0.3x4")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'0.3x4'");
    }
}
