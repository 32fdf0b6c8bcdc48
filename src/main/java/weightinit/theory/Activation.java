package weightinit.theory;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;

/**
 * An activation function g of Kumar (2017), eq. (2): x_{m+1}(i) = g(y_m(i)).
 *
 * <p>Each constant knows its value, the points where it is not differentiable (where a
 * quadrature rule must split the real line), and whether the paper's Section 3 analysis
 * (differentiable at 0) applies to it.
 */
public enum Activation implements DoubleUnaryOperator {
    /** g(x) = x, the case of Glorot and Bengio's analysis. */
    LINEAR("linear") {
        @Override
        public double applyAsDouble(double x) {
            return x;
        }
    },
    /** g(x) = max(0, x), Kumar (2017) eq. (20)-(25); not differentiable at 0. */
    RELU("relu", 0.0) {
        @Override
        public double applyAsDouble(double x) {
            return x > 0 ? x : 0.0;
        }
    },
    /** g(x) = tanh(x), Kumar (2017) eq. (13). */
    TANH("tanh") {
        @Override
        public double applyAsDouble(double x) {
            return Math.tanh(x);
        }
    },
    /** g(x) = 1 / (1 + e^{-x}), Kumar (2017) eq. (18). */
    SIGMOID("sigmoid") {
        @Override
        public double applyAsDouble(double x) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
    };

    private final String paperName;
    private final double[] kinks;

    Activation(String paperName, double... kinks) {
        this.paperName = paperName;
        this.kinks = kinks;
    }

    /** The name used in feature files and reports, e.g. {@code relu}. */
    public String paperName() {
        return paperName;
    }

    /** Points where g is not differentiable (a copy; empty for smooth activations). */
    public double[] nonDifferentiablePoints() {
        return kinks.clone();
    }

    /** Whether g is differentiable at 0, the condition of the paper's Section 3. */
    public boolean differentiableAtZero() {
        return Arrays.stream(kinks).noneMatch(k -> k == 0.0);
    }

    /**
     * The activation called {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the unknown value and the known ones
     */
    public static Activation named(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Activation activation : values()) {
            if (activation.paperName.equals(wanted)) {
                return activation;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + name + "'; known activations: "
                + Arrays.stream(values()).map(Activation::paperName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return paperName;
    }
}
