package weightinit.theory;

/**
 * Closed forms of Kumar (2017), Section 4.1: the moments of x_{m+1} = max(0, y_m) when
 * y_m ~ N(0, u_m^2), and the variance-preserving initialization they lead to.
 */
public final class ReluMoments {

    /** The exact coefficient of eq. (22), 1/2 - 1/(2 pi) = 0.3408..., printed by the paper as 0.34. */
    public static final double VARIANCE_COEFFICIENT = 0.5 - 1.0 / (2.0 * Math.PI);

    private ReluMoments() {
    }

    /**
     * Kumar (2017) eq. (20): mu_{m+1} = E(y I(y &gt; 0)) = u_m / sqrt(2 pi).
     *
     * @param preActivationStdDev u_m (non-negative)
     */
    public static double outputMean(double preActivationStdDev) {
        Require.nonNegative("pre-activation standard deviation u", preActivationStdDev);
        return preActivationStdDev / Math.sqrt(2.0 * Math.PI);
    }

    /**
     * Kumar (2017) eq. (21): E(x_{m+1}^2) = u_m^2 / 2.
     *
     * @param preActivationStdDev u_m (non-negative)
     */
    public static double outputSecondMoment(double preActivationStdDev) {
        Require.nonNegative("pre-activation standard deviation u", preActivationStdDev);
        return preActivationStdDev * preActivationStdDev / 2.0;
    }

    /**
     * Kumar (2017) eq. (22): s_{m+1}^2 = u_m^2 / 2 - u_m^2 / (2 pi) (the paper rounds to 0.34 u_m^2).
     *
     * @param preActivationStdDev u_m (non-negative)
     */
    public static double outputVariance(double preActivationStdDev) {
        Require.nonNegative("pre-activation standard deviation u", preActivationStdDev);
        return VARIANCE_COEFFICIENT * preActivationStdDev * preActivationStdDev;
    }

    /**
     * Kumar (2017) eq. (23): the u_m^2 for which s_{m+1}^2 = 1, i.e. 1 / (1/2 - 1/(2 pi)) = 2 pi / (pi - 1)
     * (the paper: u_m^2 approximately 3).
     */
    public static double fixedPointPreActivationVariance() {
        return 1.0 / VARIANCE_COEFFICIENT;
    }

    /**
     * Kumar (2017), after eq. (23): mu_{m+1} = u_m / sqrt(2 pi) at the fixed point, = 1 / sqrt(pi - 1)
     * (the paper: approximately 0.7).
     */
    public static double fixedPointMean() {
        return outputMean(Math.sqrt(fixedPointPreActivationVariance()));
    }

    /**
     * Kumar (2017) eq. (24)-(25): N v^2 = u^2 / (s^2 + mu^2) at the fixed point (s^2 = 1), which is
     * exactly (2 pi / (pi - 1)) / (1 + 1 / (pi - 1)) = 2: He's initialization v^2 = 2/N.
     */
    public static double fixedPointVarianceFactor() {
        double mean = fixedPointMean();
        return SignalPropagation.varianceFactor(fixedPointPreActivationVariance(), 1.0, mean);
    }
}
