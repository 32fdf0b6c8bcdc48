package weightinit.simulation;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;
import weightinit.numerics.Estimate;
import weightinit.theory.Require;

/**
 * Monte Carlo of one layer y = x W (Kumar 2017, eq. (1)) on the first forward pass, over
 * independent replicates (fresh inputs and weights), measuring the terms of eq. (3)-(6).
 */
public final class LayerSimulation {

    /**
     * Replicate means with standard errors.
     *
     * @param preActivationMean   r, the mean of y (eq. (3): 0)
     * @param preActivationSecond u^2 = E[y^2] (eq. (6): N v^2 (s^2 + mu^2))
     * @param crossTerms          E[y^2] - E[sum_j W_ij^2 x_j^2], the cross terms of eq. (4) (eq. (5): 0)
     */
    public record Terms(Estimate preActivationMean, Estimate preActivationSecond, Estimate crossTerms) {
    }

    /** Simulates {@code replicates} layers of width N fed {@code batch} inputs each. */
    public Terms run(InputStructure inputs, int width, double weightVariance, int batch, int replicates, long seed) {
        Require.positive("width N", width);
        Require.positive("weight variance v^2", weightVariance);
        if (replicates < 2) {
            throw new IllegalArgumentException("at least 2 replicates are needed, got " + replicates);
        }
        RandomGenerator random = Seeds.generator(seed);
        double[] means = new double[replicates];
        double[] seconds = new double[replicates];
        double[] crosses = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            INDArray x = inputs.draw(random, batch, width);
            INDArray weights = Seeds.gaussian(random, Math.sqrt(weightVariance), width, width);
            INDArray y = x.mmul(weights);
            INDArray squares = y.mul(y);
            INDArray diagonal = x.mul(x).mmul(weights.mul(weights));   // sum_j x_j^2 W_ji^2
            means[r] = y.meanNumber().doubleValue();
            seconds[r] = squares.meanNumber().doubleValue();
            crosses[r] = squares.subi(diagonal).meanNumber().doubleValue();
        }
        return new Terms(Replicates.mean(means), Replicates.mean(seconds), Replicates.mean(crosses));
    }
}
