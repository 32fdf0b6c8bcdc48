package weightinit.theory;

import java.util.function.DoubleUnaryOperator;

/**
 * Any activation g for the exact variance map: its value, its derivative (almost everywhere) and the
 * points where g or its low derivatives jump. {@link Activation} implements it for the usual ones; a
 * user's own comes from {@link #of(String, DoubleUnaryOperator, DoubleUnaryOperator, double...)}:
 *
 * <pre>{@code
 * ActivationFunction mish = ActivationFunction.of("mish",
 *         x -> x * Math.tanh(Math.log1p(Math.exp(x))), x -> ... , new double[0]);
 * new VarianceMap(mish, new GaussianExpectation()).variancePreservingFactor();
 * }</pre>
 */
public interface ActivationFunction extends DoubleUnaryOperator {

    /** g'(x), where g is differentiable (either one-sided derivative at a kink). */
    double derivative(double x);

    /** Points where g or its first two derivatives jump (quadrature panels split there). */
    double[] nonDifferentiablePoints();

    /** A name for reports. */
    String paperName();

    /**
     * A user's activation.
     *
     * @param name       for reports
     * @param value      g
     * @param derivative g'
     * @param kinks      where g or g' or g'' jump
     */
    static ActivationFunction of(String name, DoubleUnaryOperator value, DoubleUnaryOperator derivative,
                                 double... kinks) {
        if (name == null || value == null || derivative == null) {
            throw new IllegalArgumentException("an activation needs a name, a value and a derivative");
        }
        double[] copy = kinks.clone();
        return new ActivationFunction() {
            @Override
            public double applyAsDouble(double x) {
                return value.applyAsDouble(x);
            }

            @Override
            public double derivative(double x) {
                return derivative.applyAsDouble(x);
            }

            @Override
            public double[] nonDifferentiablePoints() {
                return copy.clone();
            }

            @Override
            public String paperName() {
                return name;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
