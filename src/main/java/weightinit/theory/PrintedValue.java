package weightinit.theory;

import java.math.BigDecimal;

/**
 * A number as the paper prints it, with the precision its digits carry: "0.34" stands for any
 * value in [0.335, 0.345], "3" for [2.5, 3.5], "1.62e-7" for [1.615e-7, 1.625e-7].
 *
 * @param text     the number as written (decimal, optionally with an exponent)
 * @param value    its value
 * @param halfUnit half a unit in its last printed digit: the agreement its digits claim
 */
public record PrintedValue(String text, double value, double halfUnit) {

    public PrintedValue {
        Require.finite("printed value", value);
        Require.positive("half unit of the printed value", halfUnit);
    }

    /**
     * Reads a printed number.
     *
     * @throws IllegalArgumentException naming the text when it is not a decimal number
     */
    public static PrintedValue parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a printed paper value is missing (empty text)");
        }
        String trimmed = text.trim();
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("printed paper value '" + text + "' is not a decimal number");
        }
        double halfUnit = BigDecimal.ONE.scaleByPowerOfTen(-decimal.scale()).doubleValue() / 2.0;
        return new PrintedValue(trimmed, decimal.doubleValue(), halfUnit);
    }

    /** Whether {@code exact} rounds to the printed digits, i.e. |exact - value| &lt;= halfUnit. */
    public boolean agreesWith(double exact) {
        return Math.abs(exact - value) <= halfUnit;
    }

    @Override
    public String toString() {
        return text;
    }
}
