package weightinit.simulation;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.lang.ref.Reference;
import java.nio.DoubleBuffer;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.blas.params.MMulTranspose;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.Mmul;
import org.nd4j.linalg.factory.Nd4j;
import weightinit.numerics.RandomStreams;
import weightinit.theory.Require;

/**
 * Monte Carlo of the first forward pass through an actual deep network built with ND4J
 * (float64): Kumar (2017) eq. (1)-(2), y_m = W_m x_m, x_{m+1} = g(y_m), weights i.i.d. N(0, v^2),
 * a batch of i.i.d. N(0, inputVariance) inputs. Repeated over independent replicates.
 *
 * <p>The inputs and each layer's weights are drawn on all cores ({@link BlockDraws}: fixed blocks,
 * each from a generator seeded from the replicate stream, so the numbers do not depend on the
 * number of cores), and each layer's statistics are computed row-parallel ({@link RowStatistics},
 * vectorised where the JDK's vector module is loaded) and summed in row order.
 */
public final class DeepNetworkSimulation {

    /** |x| above this counts as saturated (Glorot and Bengio's tanh saturation, near +-1). */
    public static final double SATURATION = 0.9;

    private final NetworkSetup setup;
    private final RowStatistics.Kernel kernel = RowStatistics.fastest();

    /** How this JVM computes the layers' row statistics (vectorised or scalar), for the report. */
    public static String statisticsKernel() {
        return RowStatistics.fastest().description();
    }

    /** How the arrays are drawn, for the report. */
    public static String draws() {
        return "in " + BlockDraws.BLOCKS + " blocks per array, each from a " + RandomStreams.BLOCK_ALGORITHM
                + " seeded from the replicate's stream";
    }

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
        try (BlockDraws draws = new BlockDraws()) {
            for (int r = 0; r < replicates; r++) {
                long started = System.nanoTime();
                propagate(batch, random, draws, r, values);
                progress.accept(String.format("replicate %d/%d: %d layers of width %d, batch %d, %.1f s",
                        r + 1, replicates, depth, setup.width(), batch, (System.nanoTime() - started) / 1e9));
            }
        }
        return new NetworkMoments(setup, batch, replicates, seed, values);
    }

    private void propagate(int batch, RandomGenerator random, BlockDraws draws, int replicate,
                           Map<LayerStatistic, double[][]> values) {
        int width = setup.width();
        INDArray x = draws.gaussian(random, Math.sqrt(setup.inputVariance()), batch, width);
        // one set of native arrays for all layers: fresh ones cost a page fault per 4 KiB on every layer
        INDArray weights = NativeArrays.float64(width, width);
        INDArray y = NativeArrays.float64(batch, width);
        INDArray next = NativeArrays.float64(batch, width);
        // E[x_m(a)^2] per input a: from x for layer 1, then from the layer before's outputs
        double[] inputSecondMoments = rowSecondMoments(x);
        for (int m = 1; m <= setup.depth(); m++) {
            draws.weightsInto(random, setup.weights(), setup.weightVariance(), weights);
            // ND4J's matmul op writes the row-major product in place; INDArray.mmuli into a row-major
            // array goes through a column-major temporary per call (about 120 instead of 170 GFLOP/s here,
            // and the temporaries pile up until the GC runs)
            Nd4j.exec(new Mmul(x, weights, y, MMulTranspose.allFalse()));
            Nd4jActivation.applyInto(setup.activation(), y, next);
            inputSecondMoments = layerStatistics(y, next, inputSecondMoments, draws, values, replicate, m - 1);
            INDArray done = x;
            x = next;
            next = done;
        }
        NativeArrays.release(weights, y, x, next);
    }

    /**
     * Every statistic of one layer in one pass over y_m and x_{m+1} (row by row, in double, by
     * {@link RowStatistics}' fastest kernel, the rows split over the threads; the pooled means are
     * means of row means, summed in row order, so the sums stay short and the result does not
     * depend on the number of threads). Returns E[x_{m+1}(a)^2] per input a, the next layer's
     * input second moments.
     */
    private double[] layerStatistics(INDArray y, INDArray next, double[] inputSecondMoments, BlockDraws draws,
                                     Map<LayerStatistic, double[][]> values, int replicate, int layer) {
        int batch = (int) y.rows();
        int width = (int) y.columns();
        RowStatistics rows = new RowStatistics(batch);
        draws.rows(batch, (from, to) -> kernel.rows(y.data().asNioDouble(), next.data().asNioDouble(), from, to, width,
                SATURATION, rows));
        Reference.reachabilityFence(y);
        Reference.reachabilityFence(next);
        double preMean = 0;
        double preSecond = 0;
        double outMean = 0;
        double outSecond = 0;
        double saturated = 0;
        double meanCoefficient = 0;
        double secondCoefficient = 0;
        double varianceCoefficient = 0;
        double ratio = 0;
        for (int a = 0; a < batch; a++) {
            // u_m(a)^2 = v^2 |x_m(a)|^2 = N v^2 mean_j x_m(a, j)^2: the exact variance of y_m(a, i) given x_m(a)
            double conditionalVariance = inputSecondMoments[a] * setup.varianceFactor();
            preMean += rows.preMean[a];
            preSecond += rows.preSecond[a];
            outMean += rows.mean[a];
            outSecond += rows.second[a];
            saturated += rows.saturated[a];
            meanCoefficient += rows.mean[a] / Math.sqrt(conditionalVariance);
            secondCoefficient += rows.second[a] / conditionalVariance;
            varianceCoefficient += rows.deviations[a] / (width - 1) / conditionalVariance;
            ratio += rows.second[a] / inputSecondMoments[a];
        }
        double outputMean = outMean / batch;
        double outputSecondMoment = outSecond / batch;
        record(values, LayerStatistic.PRE_ACTIVATION_MEAN, replicate, layer, preMean / batch);
        record(values, LayerStatistic.PRE_ACTIVATION_VARIANCE, replicate, layer, preSecond / batch);
        record(values, LayerStatistic.OUTPUT_MEAN, replicate, layer, outputMean);
        record(values, LayerStatistic.OUTPUT_SECOND_MOMENT, replicate, layer, outputSecondMoment);
        record(values, LayerStatistic.OUTPUT_VARIANCE, replicate, layer,
                outputSecondMoment - outputMean * outputMean);
        record(values, LayerStatistic.MEAN_COEFFICIENT, replicate, layer, meanCoefficient / batch);
        record(values, LayerStatistic.SECOND_MOMENT_COEFFICIENT, replicate, layer, secondCoefficient / batch);
        record(values, LayerStatistic.VARIANCE_COEFFICIENT, replicate, layer, varianceCoefficient / batch);
        record(values, LayerStatistic.SATURATED_SHARE, replicate, layer, saturated / batch);
        record(values, LayerStatistic.SECOND_MOMENT_RATIO, replicate, layer, ratio / batch);
        return rows.second;
    }

    /** E[x(a)^2] per row a of x (row-major from offset 0, as {@link BlockDraws} makes it). */
    private static double[] rowSecondMoments(INDArray x) {
        int batch = (int) x.rows();
        int width = (int) x.columns();
        DoubleBuffer values = x.data().asNioDouble();
        double[] second = new double[batch];
        for (int a = 0; a < batch; a++) {
            double squares = 0;
            for (int i = a * width; i < (a + 1) * width; i++) {
                squares += values.get(i) * values.get(i);
            }
            second[a] = squares / width;
        }
        Reference.reachabilityFence(x);
        return second;
    }

    private static void record(Map<LayerStatistic, double[][]> values, LayerStatistic statistic, int replicate,
                               int layer, double value) {
        values.get(statistic)[replicate][layer] = value;
    }
}
