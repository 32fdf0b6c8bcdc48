package weightinit.theory;

/**
 * Kumar (2017), Section 4.2: ReLU layers initialized with Xavier's v^2 = 1/N, fed inputs of mean 0
 * and variance 1. Layer m counts hidden layers from 1: s_m^2 and mu_m are the mean and variance of
 * the m-th hidden layer's output.
 */
public final class XavierReluDecay {

    /** Eq. (27)'s exact coefficient 1/(2 pi) = 0.159, printed 0.16. */
    public static final double SQUARED_MEAN_COEFFICIENT = 1.0 / (2.0 * Math.PI);
    /** Eq. (28)'s exact coefficient 1/2 - 1/(2 pi) = 0.341, printed 0.34. */
    public static final double VARIANCE_COEFFICIENT = ReluMoments.VARIANCE_COEFFICIENT;
    /**
     * The exact decay per layer of eq. (29)-(30): 1/(2 pi) + 1/2 - 1/(2 pi) = 1/2 (E[x_{m+1}^2] = u_m^2 / 2),
     * printed 0.51.
     */
    public static final double DECAY_PER_LAYER = SQUARED_MEAN_COEFFICIENT + VARIANCE_COEFFICIENT;

    private XavierReluDecay() {
    }

    /** Kumar (2017) eq. (26): u_m^2 = s_m^2 + mu_m^2 when N v^2 = 1. */
    public static double preActivationVariance(double inputVariance, double inputMean) {
        return SignalPropagation.preActivationVariance(1, 1.0, inputVariance, inputMean);
    }

    /** Kumar (2017) eq. (27): mu_{m+1}^2 = (s_m^2 + mu_m^2) / (2 pi). */
    public static double nextSquaredMean(double inputVariance, double inputMean) {
        return SQUARED_MEAN_COEFFICIENT * preActivationVariance(inputVariance, inputMean);
    }

    /** Kumar (2017) eq. (28): s_{m+1}^2 = (1/2 - 1/(2 pi)) (s_m^2 + mu_m^2). */
    public static double nextVariance(double inputVariance, double inputMean) {
        return VARIANCE_COEFFICIENT * preActivationVariance(inputVariance, inputMean);
    }

    /** Kumar (2017) eq. (29), exact constants: mu_m^2 = (1/(2 pi)) (1/2)^(m-1), m &gt;= 1. */
    public static double squaredMean(int layer) {
        Require.positive("layer m", layer);
        return SQUARED_MEAN_COEFFICIENT * Math.pow(DECAY_PER_LAYER, layer - 1);
    }

    /** Kumar (2017) eq. (30), exact constants: s_m^2 = (1/2 - 1/(2 pi)) (1/2)^(m-1), m &gt;= 1. */
    public static double variance(int layer) {
        Require.positive("layer m", layer);
        return VARIANCE_COEFFICIENT * Math.pow(DECAY_PER_LAYER, layer - 1);
    }

    /** E[x_m^2] = s_m^2 + mu_m^2 = (1/2)^m: the m-th hidden layer's second moment. */
    public static double secondMoment(int layer) {
        return squaredMean(layer) + variance(layer);
    }

    /** Eq. (29) as printed: mu_m^2 = 0.16 x 0.51^(m-1). */
    public static double printedSquaredMean(int layer) {
        Require.positive("layer m", layer);
        return 0.16 * Math.pow(0.51, layer - 1);
    }

    /** Eq. (30) as printed: s_m^2 = 0.34 x 0.51^(m-1). */
    public static double printedVariance(int layer) {
        Require.positive("layer m", layer);
        return 0.34 * Math.pow(0.51, layer - 1);
    }
}
