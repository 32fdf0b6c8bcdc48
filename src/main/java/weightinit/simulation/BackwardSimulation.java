package weightinit.simulation;

import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.blas.params.MMulTranspose;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.Mmul;
import org.nd4j.linalg.factory.Nd4j;
import weightinit.numerics.Estimate;
import weightinit.theory.Require;

/**
 * The first forward pass and the backward pass through the same simulated network (ND4J, float64):
 * forward as {@link DeepNetworkSimulation}, then a gradient delta ~ N(0, 1) at the last layer's
 * output propagated back, dL/dy_m = dL/dx_{m+1} * g'(y_m), dL/dx_m = dL/dy_m W_m^T. Kumar (2017),
 * footnote 1, claims that keeping the forward variance suffices for the gradient to flow.
 */
public final class BackwardSimulation {

    private final NetworkSetup setup;

    public BackwardSimulation(NetworkSetup setup) {
        this.setup = setup;
    }

    /** Forward and backward gains per layer, replicate by replicate. */
    public record Run(double[][] forward, double[][] backward) {

        /** Mean forward gain over layers from..to. */
        public Estimate forwardGain(int from, int to) {
            return mean(forward, from, to);
        }

        /** Mean backward gain over layers from..to. */
        public Estimate backwardGain(int from, int to) {
            return mean(backward, from, to);
        }

        private static Estimate mean(double[][] values, int from, int to) {
            double[] sample = new double[values.length];
            for (int r = 0; r < values.length; r++) {
                double sum = 0;
                for (int m = from; m <= to; m++) {
                    sum += values[r][m - 1];
                }
                sample[r] = sum / (to - from + 1);
            }
            return Replicates.mean(sample);
        }
    }

    /**
     * Runs {@code replicates} networks forward and backward. Draws as {@link DeepNetworkSimulation}'s
     * (on all cores, in fixed seeded blocks: x, then W_1 ... W_M, then the gradient delta), and one set
     * of native arrays for all replicates: every product written in place by ND4J's matmul op, every
     * slope g'(y_m) kept for the backward pass in an array of its own, no temporaries.
     */
    public Run run(int batch, int replicates, long seed, Consumer<String> progress) {
        Require.positive("batch size", batch);
        if (replicates < 2) {
            throw new IllegalArgumentException("at least 2 replicates are needed, got " + replicates);
        }
        int depth = setup.depth();
        int width = setup.width();
        RandomGenerator random = Seeds.generator(seed);
        double[][] forward = new double[replicates][depth];
        double[][] backward = new double[replicates][depth];
        INDArray[] weights = new INDArray[depth];
        INDArray[] slopes = new INDArray[depth];
        for (int m = 0; m < depth; m++) {
            weights[m] = NativeArrays.float64(width, width);
            slopes[m] = NativeArrays.float64(batch, width);
        }
        INDArray x = NativeArrays.float64(batch, width);
        INDArray y = NativeArrays.float64(batch, width);
        INDArray next = NativeArrays.float64(batch, width);
        MMulTranspose timesTransposed = MMulTranspose.builder().transposeB(true).build();
        try (BlockDraws draws = new BlockDraws()) {
            for (int r = 0; r < replicates; r++) {
                long started = System.nanoTime();
                draws.gaussianInto(random, Math.sqrt(setup.inputVariance()), x);
                for (int m = 0; m < depth; m++) {
                    draws.weightsInto(random, setup.weights(), setup.weightVariance(), weights[m]);
                    Nd4j.exec(new Mmul(x, weights[m], y, MMulTranspose.allFalse()));   // y_m = x_m W_m
                    Nd4jActivation.applyInto(setup.activation(), y, next);
                    forward[r][m] = meanSquare(next) / meanSquare(x);
                    Nd4jActivation.derivativeInto(setup.activation(), y, next, slopes[m]);
                    INDArray done = x;
                    x = next;
                    next = done;
                }
                INDArray delta = draws.gaussianInto(random, 1.0, x);   // dL/dx_{M+1}, in x's array
                INDArray product = next;
                for (int m = depth - 1; m >= 0; m--) {
                    double after = meanSquare(delta);
                    delta.muli(slopes[m]);   // dL/dy_m
                    Nd4j.exec(new Mmul(delta, weights[m], product, timesTransposed));   // dL/dx_m = dL/dy_m W_m^T
                    backward[r][m] = meanSquare(product) / after;
                    INDArray done = delta;
                    delta = product;
                    product = done;
                }
                x = delta;
                next = product;
                progress.accept(String.format("replicate %d/%d: %d layers forward and back, %.1f s", r + 1, replicates,
                        depth, (System.nanoTime() - started) / 1e9));
            }
        } finally {
            NativeArrays.release(weights);
            NativeArrays.release(slopes);
            NativeArrays.release(x, y, next);
        }
        return new Run(forward, backward);
    }

    /** E[a^2] over all entries, from ND4J's norm (a scalar; no temporary array). */
    private static double meanSquare(INDArray a) {
        double norm = a.norm2Number().doubleValue();
        return norm * norm / a.length();
    }

}
