package weightinit.theory;

/**
 * The activation-independent results of Kumar (2017), Section 2: moments of the
 * pre-activation y_m(i) = sum_j W_m(i, j) x_m(j) with W_m(i, j) i.i.d. N(0, v^2).
 */
public final class SignalPropagation {

    private SignalPropagation() {
    }

    /**
     * Kumar (2017) eq. (3): r_m = E(y_m(i)) = sum_j E(W_m(i, j)) E(x_m(j)) = 0.
     *
     * @return the pre-activation mean r_m, always 0 on the first forward pass
     */
    public static double preActivationMean() {
        return 0.0;
    }

    /**
     * Kumar (2017) eq. (6): u_m^2 = N v^2 (s_m^2 + mu_m^2), for any covariance of the inputs.
     *
     * @param fanIn          N, nodes feeding the layer (at least 1)
     * @param weightVariance v^2 (non-negative)
     * @param inputVariance  s_m^2 (non-negative)
     * @param inputMean      mu_m
     * @return u_m^2, the pre-activation variance
     */
    public static double preActivationVariance(int fanIn, double weightVariance, double inputVariance,
                                               double inputMean) {
        Require.positive("fan-in N", fanIn);
        Require.nonNegative("weight variance v^2", weightVariance);
        Require.nonNegative("input variance s^2", inputVariance);
        Require.finite("input mean mu", inputMean);
        return fanIn * weightVariance * (inputVariance + inputMean * inputMean);
    }

    /**
     * Eq. (6) solved for the variance factor N v^2 that gives a wanted pre-activation variance:
     * N v^2 = u^2 / (s^2 + mu^2). Kumar (2017) eq. (24) is this with u^2 = 3, s^2 = 1, mu = 0.7.
     *
     * @param preActivationVariance u^2 (positive)
     * @param inputVariance         s^2 (non-negative)
     * @param inputMean             mu
     * @return N v^2
     */
    public static double varianceFactor(double preActivationVariance, double inputVariance, double inputMean) {
        Require.positive("pre-activation variance u^2", preActivationVariance);
        Require.nonNegative("input variance s^2", inputVariance);
        Require.finite("input mean mu", inputMean);
        double secondMoment = inputVariance + inputMean * inputMean;
        Require.positive("input second moment s^2 + mu^2", secondMoment);
        return preActivationVariance / secondMoment;
    }
}
