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

    /** How the weights are drawn, both with variance v^2. */
    public enum Weights {
        /** N(0, v^2), as the paper assumes. */
        NORMAL,
        /** U[-sqrt(3) v, sqrt(3) v], as Glorot and Bengio draw them. */
        UNIFORM
    }

    /** {@code samples} i.i.d. draws of y for fan-in N. */
    public double[] sample(Weights weights, int fanIn, double weightVariance, int samples, long seed) {
        Require.positive("fan-in N", fanIn);
        Require.positive("samples", samples);
        RandomGenerator random = Seeds.generator(seed);
        double[] y = new double[samples];
        int rows = Math.max(1, CHUNK_VALUES / fanIn);
        for (int done = 0; done < samples; done += rows) {
            int n = Math.min(rows, samples - done);
            INDArray x = Transforms.relu(Seeds.gaussian(random, 1.0, n, fanIn), false);
            INDArray w = switch (weights) {
                case NORMAL -> Seeds.gaussian(random, Math.sqrt(weightVariance), n, fanIn);
                case UNIFORM -> uniform(random, Math.sqrt(3 * weightVariance), n, fanIn);
            };
            System.arraycopy(x.muli(w).sum(1).toDoubleVector(), 0, y, done, n);
        }
        return y;
    }

    private static INDArray uniform(RandomGenerator random, double halfWidth, int rows, int columns) {
        double[] values = new double[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = halfWidth * (2 * random.nextDouble() - 1);
        }
        return org.nd4j.linalg.factory.Nd4j.create(values, new long[] {rows, columns},
                org.nd4j.linalg.api.buffer.DataType.DOUBLE);
    }
}
