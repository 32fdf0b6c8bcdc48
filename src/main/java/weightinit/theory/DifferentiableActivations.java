package weightinit.theory;

/** Kumar (2017), Section 3: activations differentiable at 0, analysed by a first-order expansion. */
public final class DifferentiableActivations {

    private DifferentiableActivations() {
    }

    /** Kumar (2017) eq. (9)-(10): mu_{m+1} approximately g(0). */
    public static double outputMean(Activation activation) {
        return activation.valueAtZero();
    }

    /**
     * Kumar (2017) eq. (11): s_{m+1}^2 approximately N g'(0)^2 v^2 (s_m^2 + g(0)^2), here for a
     * pre-activation variance u_m^2: g'(0)^2 u_m^2.
     */
    public static double outputVariance(Activation activation, double preActivationVariance) {
        double slope = activation.slopeAtZero();
        return slope * slope * Require.nonNegative("pre-activation variance u^2", preActivationVariance);
    }

    /**
     * Kumar (2017) eq. (12): the variance factor N v^2 = 1 / (g'(0)^2 (1 + g(0)^2)).
     *
     * @throws IllegalStateException naming the activation when it is not differentiable at 0
     */
    public static double varianceFactor(Activation activation) {
        double slope = activation.slopeAtZero();
        double value = activation.valueAtZero();
        return 1.0 / (slope * slope * (1 + value * value));
    }

    /** Eq. (12) as a standard deviation times sqrt(N): v sqrt(N) (eq. (14): 1 for tanh; eq. (19): 3.6 for sigmoid). */
    public static double standardDeviationFactor(Activation activation) {
        return Math.sqrt(varianceFactor(activation));
    }
}
