package weightinit.theory;

/**
 * Kumar (2017), Section 3.1 "Sequential saturation with the hyperbolic tangent": Glorot and
 * Bengio's uniform weights, and the density of tanh of a normal variable.
 */
public final class TanhSaturation {

    private TanhSaturation() {
    }

    /** The variance of U[-a, a], a^2 / 3: for a = 1/sqrt(N), 1/(3N) (Kumar 2017, before eq. (15)). */
    public static double uniformVariance(double halfWidth) {
        Require.positive("half-width a", halfWidth);
        return halfWidth * halfWidth / 3.0;
    }

    /**
     * Kumar (2017) eq. (15): s_{m+1}^2 = (1/3) s_m^2, from eq. (10)-(11) with g(0) = 0, g'(0) = 1 and
     * N v^2 = 1/3.
     */
    public static double nextVariance(double variance) {
        return Require.nonNegative("variance s_m^2", variance) / 3.0;
    }

    /** Kumar (2017) eq. (17): t_y = (1/2) ln((1 + y) / (1 - y)) = atanh(y). */
    public static double inverse(double y) {
        if (!(y > -1 && y < 1)) {
            throw new IllegalArgumentException("y must lie strictly between -1 and 1, got " + y);
        }
        return 0.5 * Math.log((1 + y) / (1 - y));
    }

    /**
     * Kumar (2017) eq. (16): the density of x = tanh(y), y ~ N(0, u^2):
     * f(x) = 1 / (1 - x^2) * exp(-t_x^2 / (2 u^2)) / sqrt(2 pi u^2).
     */
    public static double density(double x, double preActivationStdDev) {
        Require.positive("pre-activation standard deviation u", preActivationStdDev);
        double t = inverse(x);
        double u2 = preActivationStdDev * preActivationStdDev;
        // (1 - x)(1 + x), not 1 - x * x, which loses all digits near +-1
        return 1.0 / ((1 - x) * (1 + x)) * Math.exp(-t * t / (2 * u2)) / Math.sqrt(2 * Math.PI * u2);
    }
}
