package weightinit.numerics;

import java.util.Optional;
import weightinit.theory.ActivationFunction;
import weightinit.theory.Require;

/**
 * The exact variance map of a deep network at initialization (Poole et al. 2016; Schoenholz et al.
 * 2017), the exact counterpart of Kumar (2017) eq. (6) and (11):
 * q_{m+1} = N v^2 E[g(sqrt(q_m) Z)^2], Z ~ N(0, 1), where q_m = u_m^2 is the pre-activation
 * variance and E[g^2] = s^2 + mu^2 the second moment of the layer's output. All expectations by
 * {@link GaussianExpectation}; a user's own activation works the same way.
 */
public final class VarianceMap {

    /** Below this q the signal counts as vanished, above {@link #EXPLODED} as exploded. */
    public static final double VANISHED = 1e-12;
    public static final double EXPLODED = 1e8;
    private static final double NEUTRAL_TOLERANCE = 1e-12;
    private static final int GRID_POINTS = 4 * 20;

    private final ActivationFunction activation;
    private final GaussianExpectation quadrature;

    public VarianceMap(ActivationFunction activation, GaussianExpectation quadrature) {
        this.activation = activation;
        this.quadrature = quadrature;
    }

    public ActivationFunction activation() {
        return activation;
    }

    /** E[g(sqrt(q) Z)^2], the second moment s^2 + mu^2 of the output for pre-activation variance q. */
    public Estimate secondMoment(double preActivationVariance) {
        return squaredExpectation(activation, preActivationVariance);
    }

    /** The moments of g(sqrt(q) Z): mean, second moment, variance. */
    public ActivationMoments moments(double preActivationVariance) {
        return ActivationMoments.exact(activation,
                Math.sqrt(Require.positive("pre-activation variance q", preActivationVariance)), quadrature);
    }

    /** E[g'(sqrt(q) Z)^2]: the backward gain per unit of N v^2. */
    public Estimate slopeSecondMoment(double preActivationVariance) {
        return squaredExpectation(activation::derivative, preActivationVariance);
    }

    /** E[f(sqrt(q) Z)^2], split at the activation's non-smooth points. */
    private Estimate squaredExpectation(java.util.function.DoubleUnaryOperator f, double preActivationVariance) {
        return quadrature.of(y -> {
            double value = f.applyAsDouble(y);
            return value * value;
        }, Math.sqrt(Require.positive("pre-activation variance q", preActivationVariance)),
                activation.nonDifferentiablePoints());
    }

    /** One step of the map: N v^2 E[g(sqrt(q) Z)^2]. */
    public double next(double preActivationVariance, double varianceFactor) {
        return varianceFactor * secondMoment(preActivationVariance).value();
    }

    /**
     * The stable fixed point of the map for a given N v^2.
     *
     * @param preActivationVariance q* (0 when the signal vanishes, {@link #EXPLODED} when it explodes,
     *                              the starting q when every q is fixed, as for linear and ReLU at
     *                              their critical N v^2)
     * @param outcome               which of these
     */
    public record FixedPoint(double preActivationVariance, Outcome outcome) {

        /** What the variance map does at a given N v^2. */
        public enum Outcome {
            /** q_m converges to q* &gt; 0. */
            CONVERGED,
            /** every q is a fixed point (the map is the identity). */
            NEUTRAL,
            /** q_m tends to 0 (perhaps slowly, like 1/m at the edge). */
            VANISHED,
            /** q_m grows without bound. */
            EXPLODED
        }
    }

    /**
     * The stable fixed point of q -&gt; N v^2 E[g(sqrt(q) Z)^2] that iterating from q_1 reaches: the
     * nearest q in the direction the map moves (up while h(q) = N v^2 E[g^2] - q &gt; 0, down while
     * h &lt; 0) where h changes sign, bracketed on a logarithmic grid between {@value #VANISHED} and
     * {@value #EXPLODED} and refined by Brent's method.
     */
    public FixedPoint fixedPoint(double varianceFactor, double firstPreActivationVariance) {
        Require.positive("variance factor N v^2", varianceFactor);
        double q1 = Require.positive("first pre-activation variance q_1", firstPreActivationVariance);
        java.util.function.DoubleUnaryOperator h = q -> next(q, varianceFactor) - q;
        double start = h.applyAsDouble(q1);
        if (Math.abs(start) <= NEUTRAL_TOLERANCE * q1 && Math.abs(h.applyAsDouble(2 * q1)) <= NEUTRAL_TOLERANCE * q1) {
            return new FixedPoint(q1, FixedPoint.Outcome.NEUTRAL);
        }
        // iterating from q1 moves up while h > 0 and down while h < 0: scan the grid (4 points per
        // decade) away from q1 in that direction for the first sign change
        boolean up = start > 0;
        double previousQ = q1;
        for (int i = 1; i <= GRID_POINTS; i++) {
            double q = up ? q1 * Math.pow(10, i / 4.0) : q1 * Math.pow(10, -i / 4.0);
            if (q > EXPLODED || q < VANISHED) {
                break;
            }
            double value = h.applyAsDouble(q);
            if (up ? value <= 0 : value >= 0) {
                double root = new RootFinder().root(h, Math.min(previousQ, q), Math.max(previousQ, q)).value();
                return new FixedPoint(root, FixedPoint.Outcome.CONVERGED);
            }
            previousQ = q;
        }
        return up ? new FixedPoint(EXPLODED, FixedPoint.Outcome.EXPLODED)
                : new FixedPoint(0.0, FixedPoint.Outcome.VANISHED);
    }

    /** chi = N v^2 E[g'(sqrt(q) Z)^2]: the factor by which gradients grow per layer at q. */
    public double backwardGain(double varianceFactor, double preActivationVariance) {
        return varianceFactor * slopeSecondMoment(Math.max(preActivationVariance, VANISHED)).value();
    }

    /**
     * The exact variance-preserving N v^2, Kumar (2017) eq. (24) for any activation: the u^2 with
     * Var[g(u Z)] = 1, then N v^2 = u^2 / (s^2 + mu^2) = u^2 / E[g(u Z)^2]. Empty when no u gives an
     * output variance of 1 (bounded activations such as tanh and sigmoid: Var[g] stays below 1).
     */
    public Optional<Estimate> variancePreservingFactor() {
        double lower = 1e-8;
        double upper = 1e4;
        if (moments(upper).variance().value() < 1.0 || moments(lower).variance().value() > 1.0) {
            return Optional.empty();
        }
        Estimate q = new RootFinder().root(x -> moments(x).variance().value() - 1.0,
                x -> moments(x).variance().error(), lower, upper);
        Estimate second = secondMoment(q.value());
        double factor = q.value() / second.value();
        return Optional.of(new Estimate(factor, factor * (q.error() / q.value() + second.error() / second.value())));
    }

    /**
     * The critical N v^2: chi = 1 at the fixed point reached from q_1 = N v^2 (unit inputs), so that
     * gradients neither grow nor shrink per layer. Empty when chi does not cross 1 for N v^2 in
     * [0.01, 100].
     */
    public Optional<Double> criticalFactor() {
        java.util.function.DoubleUnaryOperator excess = factor -> {
            FixedPoint point = fixedPoint(factor, factor);
            return backwardGain(factor, point.preActivationVariance()) - 1.0;
        };
        double lower = 0.01;
        double upper = 100;
        if (Math.signum(excess.applyAsDouble(lower)) == Math.signum(excess.applyAsDouble(upper))) {
            return Optional.empty();
        }
        return Optional.of(new RootFinder().root(excess, lower, upper).value());
    }
}
