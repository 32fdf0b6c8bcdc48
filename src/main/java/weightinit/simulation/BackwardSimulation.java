package weightinit.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;
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

    /** Runs {@code replicates} networks forward and backward. */
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
        for (int r = 0; r < replicates; r++) {
            long started = System.nanoTime();
            INDArray x = Seeds.gaussian(random, Math.sqrt(setup.inputVariance()), batch, width);
            List<INDArray> weights = new ArrayList<>();
            List<INDArray> slopes = new ArrayList<>();
            for (int m = 0; m < depth; m++) {
                INDArray w = Seeds.weights(random, setup.weights(), setup.weightVariance(), width, width);
                INDArray y = x.mmul(w);
                INDArray next = Nd4jActivation.apply(setup.activation(), y);
                forward[r][m] = next.mul(next).meanNumber().doubleValue() / x.mul(x).meanNumber().doubleValue();
                weights.add(w);
                slopes.add(Nd4jActivation.derivative(setup.activation(), y, next));
                x = next;
            }
            INDArray delta = Seeds.gaussian(random, 1.0, batch, width);   // dL/dx_{M+1}
            for (int m = depth - 1; m >= 0; m--) {
                double after = delta.mul(delta).meanNumber().doubleValue();
                delta = delta.mul(slopes.get(m)).mmul(weights.get(m).transpose());   // dL/dx_m
                backward[r][m] = delta.mul(delta).meanNumber().doubleValue() / after;
            }
            progress.accept(String.format("replicate %d/%d: %d layers forward and back, %.1f s", r + 1, replicates,
                    depth, (System.nanoTime() - started) / 1e9));
        }
        return new Run(forward, backward);
    }
}
