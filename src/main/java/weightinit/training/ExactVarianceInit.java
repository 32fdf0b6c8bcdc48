package weightinit.training;

import org.deeplearning4j.nn.weights.IWeightInit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonIgnore;
import org.nd4j.shade.jackson.annotation.JsonProperty;
import weightinit.numerics.GaussianExpectation;
import weightinit.numerics.RandomStreams;
import weightinit.numerics.VarianceMap;
import weightinit.theory.Activation;

/**
 * A DL4J weight initializer that draws W ~ N(0, gain / fan_in) with the exact gain for the layer's
 * activation, from the exact variance map (quadrature), not from a first-order formula:
 *
 * <pre>{@code
 * new DenseLayer.Builder().nIn(784).nOut(500).activation(Activation.RELU)
 *         .weightInit(new ExactVarianceInit(weightinit.theory.Activation.RELU,
 *                 ExactVarianceInit.Criterion.VARIANCE_PRESERVING, 42))
 * }</pre>
 *
 * <p>{@link Criterion#VARIANCE_PRESERVING} keeps the output variance at s^2 = 1 (Kumar 2017, eq. (24)
 * for any activation; ReLU: gain 2, He); {@link Criterion#CRITICAL} makes chi = 1 at the variance
 * map's fixed point (gradients neither grow nor shrink; tanh: gain 1, Xavier). Draws come from the
 * project's seeded generator: each layer initialized by one instance takes the next of a sequence of
 * streams derived from the seed, so equal-shaped layers get independent weights (Proposition 1).
 */
public final class ExactVarianceInit implements IWeightInit {

    private static final long serialVersionUID = 1L;

    /** Which exact gain to use. */
    public enum Criterion {
        /** s^2 = 1 at every layer (the paper's goal, solved exactly). */
        VARIANCE_PRESERVING,
        /** chi = 1 at the fixed point (edge of chaos). */
        CRITICAL
    }

    @JsonProperty
    private final Activation activation;
    @JsonProperty
    private final Criterion criterion;
    @JsonProperty
    private final long seed;
    @JsonProperty
    private final double gain;
    @JsonIgnore
    private final LayerStreams streams;

    /**
     * @throws IllegalArgumentException naming the activation when it has no such gain (tanh has no
     *                                  variance-preserving one, sigmoid no critical one)
     */
    public ExactVarianceInit(Activation activation, Criterion criterion, long seed) {
        this(activation, criterion, seed, gainOf(activation, criterion));
    }

    @JsonCreator
    private ExactVarianceInit(@JsonProperty("activation") Activation activation,
                              @JsonProperty("criterion") Criterion criterion, @JsonProperty("seed") long seed,
                              @JsonProperty("gain") double gain) {
        this.activation = activation;
        this.criterion = criterion;
        this.seed = seed;
        this.gain = gain;
        this.streams = new LayerStreams(seed, 0x9E3779B97F4A7C15L);
    }

    /** N v^2: the weight variance times the fan-in. */
    public double gain() {
        return gain;
    }

    /** The exact gain of {@code activation} under {@code criterion}. */
    public static double gainOf(Activation activation, Criterion criterion) {
        VarianceMap map = new VarianceMap(activation, new GaussianExpectation());
        return switch (criterion) {
            case VARIANCE_PRESERVING -> map.variancePreservingFactor().orElseThrow(() -> new IllegalArgumentException(
                    "no N v^2 keeps the output variance of " + activation + " at 1 (its variance stays below 1); "
                            + "use Criterion.CRITICAL")).value();
            case CRITICAL -> map.criticalFactor().orElseThrow(() -> new IllegalArgumentException(
                    activation + " has no critical N v^2 in [0.01, 100]; use Criterion.VARIANCE_PRESERVING"));
        };
    }

    @Override
    public INDArray init(double fanIn, double fanOut, long[] shape, char order, INDArray paramView) {
        if (!(fanIn >= 1)) {
            throw new IllegalArgumentException("fan-in must be at least 1, got " + fanIn);
        }
        double[] values = RandomStreams.gaussian(streams.next(), Math.sqrt(gain / fanIn),
                Math.toIntExact(paramView.length()));
        return LayerStreams.fill(paramView, values, shape, order);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExactVarianceInit that && activation == that.activation
                && criterion == that.criterion && seed == that.seed;
    }

    @Override
    public int hashCode() {
        return (activation.hashCode() * 31 + criterion.hashCode()) * 31 + Long.hashCode(seed);
    }

    @Override
    public String toString() {
        return "ExactVarianceInit(" + activation + ", " + criterion + ", gain " + gain + ", seed " + seed + ")";
    }
}
