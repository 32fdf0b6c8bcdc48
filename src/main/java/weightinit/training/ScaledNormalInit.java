package weightinit.training;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonIgnore;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * The initializations compared in Kumar (2017), Figure 3, as DL4J weight initializers drawing from
 * the project's seeded generator (fan-in of a convolution: kernel height x width x input channels):
 * <ul>
 *   <li>{@link Rule#XAVIER}: Keras {@code glorot_normal}, variance 2 / (fan_in + fan_out);</li>
 *   <li>{@link Rule#EQUATION_19}: the paper's eq. (19), standard deviation 3.6 / sqrt(fan_in);</li>
 *   <li>{@link Rule#SCRIPT}: the author's script, {@code VarianceScaling(scale=3.6)}: variance 3.6 / fan_in.</li>
 * </ul>
 * With {@code truncated}, draws beyond two standard deviations are redrawn without correcting the
 * variance, as Keras 2.0 did in 2017: the variance drawn is {@link #TRUNCATED_VARIANCE_FACTOR}
 * (0.774) of the nominal one. Without it, the draws are N(0, v^2), what the paper means. DL4J's own
 * {@code VAR_SCALING_NORMAL_FAN_IN} is such a truncated normal and is not used for N(0, v^2).
 */
public final class ScaledNormalInit implements IWeightInit {

    private static final long serialVersionUID = 1L;
    private static final double TRUNCATION = 2.0;

    /**
     * Var[Z | |Z| &lt; 2] = 1 - 2 * 2 phi(2) / (2 Phi(2) - 1) = 0.7737: the share of the nominal variance
     * that a normal truncated at two standard deviations keeps.
     */
    public static final double TRUNCATED_VARIANCE_FACTOR;

    static {
        NormalDistribution z = new NormalDistribution(null, 0, 1);
        double inside = 2 * z.cumulativeProbability(TRUNCATION) - 1;
        TRUNCATED_VARIANCE_FACTOR = 1 - 2 * TRUNCATION * z.density(TRUNCATION) / inside;
    }

    /** Which variance rule. */
    public enum Rule {
        XAVIER, EQUATION_19, SCRIPT;

        /** The nominal variance v^2 for a layer's fan-in and fan-out. */
        public double variance(double fanIn, double fanOut) {
            return switch (this) {
                case XAVIER -> 2.0 / (fanIn + fanOut);
                case EQUATION_19 -> 3.6 * 3.6 / fanIn;
                case SCRIPT -> 3.6 / fanIn;
            };
        }
    }

    @JsonProperty
    private final Rule rule;
    @JsonProperty
    private final boolean truncated;
    @JsonProperty
    private final long seed;
    @JsonIgnore
    private final LayerStreams streams;

    @JsonCreator
    public ScaledNormalInit(@JsonProperty("rule") Rule rule, @JsonProperty("truncated") boolean truncated,
                            @JsonProperty("seed") long seed) {
        if (rule == null) {
            throw new IllegalArgumentException("an initialization rule is required: XAVIER, EQUATION_19 or SCRIPT");
        }
        this.rule = rule;
        this.truncated = truncated;
        this.seed = seed;
        this.streams = new LayerStreams(seed, 0xD1B54A32D192ED03L);
    }

    public Rule rule() {
        return rule;
    }

    public boolean truncated() {
        return truncated;
    }

    /** The variance actually drawn: nominal, or 0.774 of it when truncated. */
    public double drawnVariance(double fanIn, double fanOut) {
        return rule.variance(fanIn, fanOut) * (truncated ? TRUNCATED_VARIANCE_FACTOR : 1.0);
    }

    @Override
    public INDArray init(double fanIn, double fanOut, long[] shape, char order, INDArray paramView) {
        if (!(fanIn >= 1) || !(fanOut >= 1)) {
            throw new IllegalArgumentException("fan-in and fan-out must be at least 1, got " + fanIn + " and " + fanOut);
        }
        RandomGenerator random = streams.next();
        double std = Math.sqrt(rule.variance(fanIn, fanOut));
        double[] values = new double[Math.toIntExact(paramView.length())];
        for (int i = 0; i < values.length; i++) {
            double z = random.nextGaussian();
            while (truncated && Math.abs(z) > TRUNCATION) {
                z = random.nextGaussian();
            }
            values[i] = std * z;
        }
        return LayerStreams.fill(paramView, values, shape, order);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScaledNormalInit that && rule == that.rule && truncated == that.truncated
                && seed == that.seed;
    }

    @Override
    public int hashCode() {
        return (rule.hashCode() * 31 + Boolean.hashCode(truncated)) * 31 + Long.hashCode(seed);
    }

    @Override
    public String toString() {
        return "ScaledNormalInit(" + rule + (truncated ? ", truncated at 2 sd" : "") + ", seed " + seed + ")";
    }
}
