package weightinit.numerics;

/**
 * A computed number with a bound on its error: the numerical error of a quadrature or a root,
 * or the standard error of a Monte Carlo mean.
 *
 * @param value the number
 * @param error its error bound or standard error (non-negative)
 */
public record Estimate(double value, double error) {

    public Estimate {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("estimate must be finite, got " + value);
        }
        if (!(error >= 0) || Double.isInfinite(error)) {
            throw new IllegalArgumentException("error of an estimate must be non-negative and finite, got " + error);
        }
    }

    /** This estimate divided by a positive constant. */
    public Estimate dividedBy(double divisor) {
        return new Estimate(value / divisor, error / Math.abs(divisor));
    }

    /** 1 / value, its error by the delta method: error / value^2. */
    public Estimate reciprocal() {
        if (value == 0) {
            throw new ArithmeticException("reciprocal of an estimate of 0");
        }
        return new Estimate(1 / value, error / (value * value));
    }

    /** value^2, its error by the delta method: 2 |value| error. */
    public Estimate squared() {
        return new Estimate(value * value, 2 * Math.abs(value) * error);
    }
}
