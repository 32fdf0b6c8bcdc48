package weightinit.theory;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.apache.commons.math3.special.Erf;

/**
 * An activation function g of Kumar (2017), eq. (2): x_{m+1}(i) = g(y_m(i)).
 *
 * <p>Each constant knows its value g(x), its derivative g'(x) (almost everywhere), the points where
 * g or a low derivative is not smooth (where a quadrature rule must split the real line), whether
 * it is differentiable at 0 (the condition of the paper's Section 3), and PyTorch's
 * {@code torch.nn.init.calculate_gain} where PyTorch defines one.
 */
public enum Activation implements ActivationFunction {
    /** g(x) = x, the case of Glorot and Bengio's analysis. */
    LINEAR("linear", true, 1.0) {
        @Override
        public double applyAsDouble(double x) {
            return x;
        }

        @Override
        public double derivative(double x) {
            return 1.0;
        }
    },
    /** g(x) = max(0, x), Kumar (2017) eq. (20)-(25); not differentiable at 0. */
    RELU("relu", false, Math.sqrt(2.0), 0.0) {
        @Override
        public double applyAsDouble(double x) {
            return x > 0 ? x : 0.0;
        }

        @Override
        public double derivative(double x) {
            return x > 0 ? 1.0 : 0.0;
        }
    },
    /** g(x) = max(0.01 x, x); not differentiable at 0 (the paper's "largely incomplete" case). */
    LEAKY_RELU("leaky-relu", false, Math.sqrt(2.0 / (1 + Constants.LEAKY_SLOPE * Constants.LEAKY_SLOPE)), 0.0) {
        @Override
        public double applyAsDouble(double x) {
            return x > 0 ? x : Constants.LEAKY_SLOPE * x;
        }

        @Override
        public double derivative(double x) {
            return x > 0 ? 1.0 : Constants.LEAKY_SLOPE;
        }
    },
    /** g(x) = tanh(x), Kumar (2017) eq. (13). */
    TANH("tanh", true, 5.0 / 3.0) {
        @Override
        public double applyAsDouble(double x) {
            return Math.tanh(x);
        }

        @Override
        public double derivative(double x) {
            double t = Math.tanh(x);
            return 1 - t * t;
        }
    },
    /** g(x) = 1 / (1 + e^{-x}), Kumar (2017) eq. (18). */
    SIGMOID("sigmoid", true, 1.0) {
        @Override
        public double applyAsDouble(double x) {
            return Constants.sigmoid(x);
        }

        @Override
        public double derivative(double x) {
            double s = Constants.sigmoid(x);
            return s * (1 - s);
        }
    },
    /** g(x) = x / (1 + |x|); its second derivative jumps at 0. */
    SOFTSIGN("softsign", true, Double.NaN, 0.0) {
        @Override
        public double applyAsDouble(double x) {
            return x / (1 + Math.abs(x));
        }

        @Override
        public double derivative(double x) {
            double d = 1 + Math.abs(x);
            return 1 / (d * d);
        }
    },
    /** g(x) = arctan(x). */
    ARCTAN("arctan", true, Double.NaN) {
        @Override
        public double applyAsDouble(double x) {
            return Math.atan(x);
        }

        @Override
        public double derivative(double x) {
            return 1 / (1 + x * x);
        }
    },
    /** g(x) = erf(x). */
    ERF("erf", true, Double.NaN) {
        @Override
        public double applyAsDouble(double x) {
            return Erf.erf(x);
        }

        @Override
        public double derivative(double x) {
            return 2 / Math.sqrt(Math.PI) * Math.exp(-x * x);
        }
    },
    /** SiLU (swish), g(x) = x sigmoid(x). */
    SILU("silu", true, Double.NaN) {
        @Override
        public double applyAsDouble(double x) {
            return x * Constants.sigmoid(x);
        }

        @Override
        public double derivative(double x) {
            double s = Constants.sigmoid(x);
            return s * (1 + x * (1 - s));
        }
    },
    /** GELU, g(x) = x Phi(x) (the exact form, not the tanh approximation). */
    GELU("gelu", true, Double.NaN) {
        @Override
        public double applyAsDouble(double x) {
            return x * Constants.normalCdf(x);
        }

        @Override
        public double derivative(double x) {
            return Constants.normalCdf(x) + x * Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
        }
    },
    /** ELU with alpha = 1: g(x) = x for x &gt; 0, e^x - 1 otherwise; C^1, its second derivative jumps at 0. */
    ELU("elu", true, Double.NaN, 0.0) {
        @Override
        public double applyAsDouble(double x) {
            return x > 0 ? x : Math.expm1(x);
        }

        @Override
        public double derivative(double x) {
            return x > 0 ? 1.0 : Math.exp(x);
        }
    },
    /**
     * SELU (Klambauer et al. 2017): lambda x for x &gt; 0, lambda alpha (e^x - 1) otherwise. Its slope
     * jumps at 0 (lambda against lambda alpha), so it is not differentiable there.
     */
    SELU("selu", false, 0.75, 0.0) {
        @Override
        public double applyAsDouble(double x) {
            return Constants.SELU_LAMBDA * (x > 0 ? x : Constants.SELU_ALPHA * Math.expm1(x));
        }

        @Override
        public double derivative(double x) {
            return Constants.SELU_LAMBDA * (x > 0 ? 1.0 : Constants.SELU_ALPHA * Math.exp(x));
        }
    };

    private final String paperName;
    private final boolean differentiableAtZero;
    private final double pytorchGain;
    private final double[] kinks;

    Activation(String paperName, boolean differentiableAtZero, double pytorchGain, double... kinks) {
        this.paperName = paperName;
        this.differentiableAtZero = differentiableAtZero;
        this.pytorchGain = pytorchGain;
        this.kinks = kinks;
    }

    /** g'(x), where g is differentiable (the right derivative at a kink). */
    @Override
    public abstract double derivative(double x);

    /** The name used in feature files and reports, e.g. {@code relu}. */
    @Override
    public String paperName() {
        return paperName;
    }

    /** Points where g or its first two derivatives jump (a copy; empty for analytic activations). */
    @Override
    public double[] nonDifferentiablePoints() {
        return kinks.clone();
    }

    /** Whether g is differentiable at 0, the condition of the paper's Section 3. */
    public boolean differentiableAtZero() {
        return differentiableAtZero;
    }

    /** g(0). */
    public double valueAtZero() {
        return applyAsDouble(0.0);
    }

    /**
     * g'(0), Kumar (2017) eq. (8).
     *
     * @throws IllegalStateException naming the activation when g is not differentiable at 0
     */
    public double slopeAtZero() {
        if (!differentiableAtZero) {
            throw new IllegalStateException(paperName + " is not differentiable at 0: its slope is "
                    + derivative(-Double.MIN_VALUE) + " on the left and " + derivative(Double.MIN_VALUE)
                    + " on the right, so eq. (8)-(12) do not apply");
        }
        return derivative(0.0);
    }

    /** PyTorch's {@code calculate_gain} for this activation (std = gain / sqrt(fan_in)), if it has one. */
    public OptionalDouble pytorchGain() {
        return Double.isNaN(pytorchGain) ? OptionalDouble.empty() : OptionalDouble.of(pytorchGain);
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

    /** Constants and helpers of the activations (an enum cannot refer to its own static fields early). */
    static final class Constants {
        static final double LEAKY_SLOPE = 0.01;
        static final double SELU_LAMBDA = 1.0507009873554804934193349852946;
        static final double SELU_ALPHA = 1.6732632423543772848170429916717;

        private Constants() {
        }

        static double sigmoid(double x) {
            return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
        }

        static double normalCdf(double x) {
            return 0.5 * Erf.erfc(-x / Math.sqrt(2));
        }
    }
}
