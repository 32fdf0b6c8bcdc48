package weightinit.simulation;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import weightinit.theory.Require;

/**
 * Independent draws of one pre-activation y = sum_j W_j x_j (Kumar 2017, eq. (1)), each with fresh
 * weights and fresh inputs x_j = max(0, z_j), z_j ~ N(0, 1) (a ReLU layer's outputs: skewed, mean
 * 1/sqrt(2 pi)), for testing Proposition 2 (y approximately normal for large N).
 */
public final class PreActivationSampler {

    private static final int CHUNK_VALUES = 4_000_000;

    /** {@code samples} i.i.d. draws of y for fan-in N. */
    public double[] sample(NetworkSetup.Weights weights, int fanIn, double weightVariance, int samples, long seed) {
        Require.positive("fan-in N", fanIn);
        Require.positive("samples", samples);
        RandomGenerator random = Seeds.generator(seed);
        double[] y = new double[samples];
        int rows = Math.max(1, CHUNK_VALUES / fanIn);
        for (int done = 0; done < samples; done += rows) {
            int n = Math.min(rows, samples - done);
            INDArray x = Transforms.relu(Seeds.gaussian(random, 1.0, n, fanIn), false);
            INDArray w = Seeds.weights(random, weights, weightVariance, n, fanIn);
            System.arraycopy(x.muli(w).sum(1).toDoubleVector(), 0, y, done, n);
        }
        return y;
    }
}
