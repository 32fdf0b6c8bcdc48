package weightinit.simulation;

/**
 * What {@link DeepNetworkSimulation} measures at each layer m (m = 1..M), where layer m maps its
 * inputs x_m to pre-activations y_m = W_m x_m and outputs x_{m+1} = g(y_m).
 */
public enum LayerStatistic {
    /** r_m, the mean of y_m over inputs and nodes (Kumar 2017, eq. (3): 0). */
    PRE_ACTIVATION_MEAN("r_m, pre-activation mean"),
    /** u_m^2, the mean of y_m^2 over inputs and nodes (eq. (6)). */
    PRE_ACTIVATION_VARIANCE("u_m^2, pre-activation variance"),
    /** mu_{m+1}, the mean of x_{m+1}. */
    OUTPUT_MEAN("mu_{m+1}, output mean"),
    /** E[x_{m+1}^2]. */
    OUTPUT_SECOND_MOMENT("E[x_{m+1}^2], output second moment"),
    /** s_{m+1}^2, the variance of x_{m+1} pooled over inputs and nodes. */
    OUTPUT_VARIANCE("s_{m+1}^2, output variance"),
    /**
     * Mean over inputs a of mu_{m+1}(a) / u_m(a), where mu_{m+1}(a) is the mean over nodes of
     * x_{m+1}(a) and u_m(a)^2 = v^2 |x_m(a)|^2 is the exact variance of y_m(a, i) given x_m(a)
     * (Proposition 1). For ReLU its expectation is exactly eq. (20)'s 1/sqrt(2 pi) at every layer.
     */
    MEAN_COEFFICIENT("mu_{m+1}/u_m given x_m"),
    /** As {@link #MEAN_COEFFICIENT} for E[x_{m+1}(a)^2] / u_m(a)^2 (eq. (21): 1/2). */
    SECOND_MOMENT_COEFFICIENT("E[x_{m+1}^2]/u_m^2 given x_m"),
    /**
     * As {@link #MEAN_COEFFICIENT} for the variance over nodes of x_{m+1}(a) (denominator N - 1),
     * divided by u_m(a)^2 (eq. (22): 1/2 - 1/(2 pi)).
     */
    VARIANCE_COEFFICIENT("s_{m+1}^2/u_m^2 given x_m"),
    /** The share of outputs with |x_{m+1}| above {@link DeepNetworkSimulation#SATURATION} (near +-1 for tanh). */
    SATURATED_SHARE("share of |x_{m+1}| > 0.9"),
    /** Mean over inputs a of E[x_{m+1}(a)^2] / E[x_m(a)^2] (nodes averaged): the layer's gain. */
    SECOND_MOMENT_RATIO("E[x_{m+1}^2]/E[x_m^2]");

    private final String description;

    LayerStatistic(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
