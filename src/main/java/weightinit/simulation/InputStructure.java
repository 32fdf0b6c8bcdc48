package weightinit.simulation;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.special.Gamma;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Inputs x_m to a layer, with known second moment E[x^2] = s^2 + mu^2 but different covariance
 * structures (Kumar 2017, eq. (6): "this result holds for any arbitrary covariance structure").
 */
public enum InputStructure {
    /** i.i.d. N(0, 1): the paper's assumption for the first layer. */
    INDEPENDENT("independent N(0, 1)", 1.0),
    /** x_j = 0.5 + sqrt(0.8) c + sqrt(0.2) e_j, c shared by the coordinates of an input: mean 0.5, variance 1, correlation 0.8. */
    EQUICORRELATED("equicorrelated: mean 0.5, variance 1, correlation 0.8", 1.25),
    /** x = max(0, W z), z ~ N(0, I), W ~ N(0, 1/N) shared by the batch: non-zero mean, correlated; E[x^2] = 1/2. */
    RELU_LAYER("outputs of a ReLU layer with weights N(0, 1/N)", 0.5);

    private static final double MEAN = 0.5;
    private static final double CORRELATION = 0.8;

    private final String description;
    private final double secondMoment;

    InputStructure(String description, double secondMoment) {
        this.description = description;
        this.secondMoment = secondMoment;
    }

    public String description() {
        return description;
    }

    /** E[x_j^2] = s^2 + mu^2, exactly. */
    public double secondMoment() {
        return secondMoment;
    }

    /**
     * mu, the exact mean of one coordinate for width N: 0, 0.5, and for the ReLU layer
     * E[max(0, y)] with y ~ N(0, |z|^2 / N): E[sqrt(chi^2_N / N)] / sqrt(2 pi).
     */
    public double mean(int width) {
        return switch (this) {
            case INDEPENDENT -> 0.0;
            case EQUICORRELATED -> MEAN;
            case RELU_LAYER -> Math.exp(0.5 * Math.log(2.0 / width) + Gamma.logGamma((width + 1) / 2.0)
                    - Gamma.logGamma(width / 2.0)) / Math.sqrt(2 * Math.PI);
        };
    }

    /** s^2, the exact variance of one coordinate: E[x^2] - mu^2. */
    public double variance(int width) {
        double mean = mean(width);
        return secondMoment - mean * mean;
    }

    /** A batch of inputs, one row each. */
    public INDArray draw(RandomGenerator random, int batch, int width) {
        return switch (this) {
            case INDEPENDENT -> Seeds.gaussian(random, 1.0, batch, width);
            case EQUICORRELATED -> {
                INDArray common = Seeds.gaussian(random, Math.sqrt(CORRELATION), batch, 1);
                yield Seeds.gaussian(random, Math.sqrt(1 - CORRELATION), batch, width).addiColumnVector(common)
                        .addi(MEAN);
            }
            case RELU_LAYER -> Transforms.relu(Seeds.gaussian(random, 1.0, batch, width)
                    .mmul(Seeds.gaussian(random, Math.sqrt(1.0 / width), width, width)), false);
        };
    }
}
