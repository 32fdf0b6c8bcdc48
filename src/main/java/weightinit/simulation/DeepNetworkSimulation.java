package weightinit.simulation;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.nd4j.linalg.api.ndarray.INDArray;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.ops.transforms.Transforms;
import weightinit.theory.Require;

/**
 * Monte Carlo of the first forward pass through an actual deep network built with ND4J
 * (float64): Kumar (2017) eq. (1)-(2), y_m = W_m x_m, x_{m+1} = g(y_m), weights i.i.d. N(0, v^2),
 * a batch of i.i.d. N(0, inputVariance) inputs. Repeated over independent replicates.
 */
public final class DeepNetworkSimulation {

    /** |x| above this counts as saturated (Glorot and Bengio's tanh saturation, near +-1). */
    public static final double SATURATION = 0.9;

    private final NetworkSetup setup;

    /** @param setup the network */
    public DeepNetworkSimulation(NetworkSetup setup) {
        this.setup = setup;
    }

    /**
     * Propagates {@code batch} inputs through {@code replicates} independently drawn networks.
     *
     * @param progress receives one line per replicate (long work shows progress)
     */
    public NetworkMoments run(int batch, int replicates, long seed, Consumer<String> progress) {
        Require.positive("batch size", batch);
        Require.positive("replicates", replicates);
        int depth = setup.depth();
        Map<LayerStatistic, double[][]> values = new EnumMap<>(LayerStatistic.class);
        for (LayerStatistic statistic : LayerStatistic.values()) {
            values.put(statistic, new double[replicates][depth]);
        }
        RandomGenerator random = Seeds.generator(seed);
        for (int r = 0; r < replicates; r++) {
            long started = System.nanoTime();
            propagate(batch, random, r, values);
            progress.accept(String.format("replicate %d/%d: %d layers of width %d, batch %d, %.1f s",
                    r + 1, replicates, depth, setup.width(), batch, (System.nanoTime() - started) / 1e9));
        }
        return new NetworkMoments(setup, batch, replicates, seed, values);
    }

    private void propagate(int batch, RandomGenerator random, int replicate, Map<LayerStatistic, double[][]> values) {
        int width = setup.width();
        INDArray x = Seeds.gaussian(random, Math.sqrt(setup.inputVariance()), batch, width);
        for (int m = 1; m <= setup.depth(); m++) {
            INDArray weights = Seeds.weights(random, setup.weights(), setup.weightVariance(), width, width);
            INDArray inputSecondMoments = x.mul(x).mean(1);
            // u_m(a)^2 = v^2 |x_m(a)|^2 = N v^2 mean_j x_m(a, j)^2: the exact variance of y_m(a, i) given x_m(a)
            INDArray conditionalVariance = inputSecondMoments.mul(setup.varianceFactor());
            INDArray y = x.mmul(weights);
            INDArray next = Nd4jActivation.apply(setup.activation(), y);
            INDArray nextSquared = next.mul(next);
            INDArray rowSecondMoments = nextSquared.mean(1);

            int layer = m - 1;
            record(values, LayerStatistic.PRE_ACTIVATION_MEAN, replicate, layer, y.meanNumber());
            record(values, LayerStatistic.PRE_ACTIVATION_VARIANCE, replicate, layer, y.mul(y).meanNumber());
            double outputMean = next.meanNumber().doubleValue();
            double outputSecondMoment = nextSquared.meanNumber().doubleValue();
            record(values, LayerStatistic.OUTPUT_MEAN, replicate, layer, outputMean);
            record(values, LayerStatistic.OUTPUT_SECOND_MOMENT, replicate, layer, outputSecondMoment);
            record(values, LayerStatistic.OUTPUT_VARIANCE, replicate, layer,
                    outputSecondMoment - outputMean * outputMean);
            record(values, LayerStatistic.MEAN_COEFFICIENT, replicate, layer,
                    next.mean(1).div(Transforms.sqrt(conditionalVariance, true)).meanNumber());
            record(values, LayerStatistic.SECOND_MOMENT_COEFFICIENT, replicate, layer,
                    rowSecondMoments.div(conditionalVariance).meanNumber());
            record(values, LayerStatistic.VARIANCE_COEFFICIENT, replicate, layer,
                    next.var(true, 1).div(conditionalVariance).meanNumber());
            record(values, LayerStatistic.SATURATED_SHARE, replicate, layer,
                    Transforms.abs(next, true).gt(SATURATION).castTo(next.dataType()).meanNumber());
            record(values, LayerStatistic.SECOND_MOMENT_RATIO, replicate, layer,
                    rowSecondMoments.div(inputSecondMoments).meanNumber());
            x = next;
        }
    }


    private static void record(Map<LayerStatistic, double[][]> values, LayerStatistic statistic, int replicate,
                               int layer, Number value) {
        values.get(statistic)[replicate][layer] = value.doubleValue();
    }
}
