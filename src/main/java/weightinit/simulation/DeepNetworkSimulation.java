package weightinit.simulation;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.lang.ref.Reference;
import java.nio.DoubleBuffer;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
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
        // E[x_m(a)^2] per input a: from x for layer 1, then from the layer before's outputs
        double[] inputSecondMoments = rowSecondMoments(x);
        for (int m = 1; m <= setup.depth(); m++) {
            INDArray weights = Seeds.weights(random, setup.weights(), setup.weightVariance(), width, width);
            INDArray y = Nd4j.createUninitialized(DataType.DOUBLE, new long[] {batch, width}, 'c');
            x.mmuli(weights, y);
            INDArray next = rowMajor(Nd4jActivation.apply(setup.activation(), y));
            inputSecondMoments = layerStatistics(y, next, inputSecondMoments, values, replicate, m - 1);
            // native memory freed now rather than whenever the Java GC gets to these small objects
            release(weights, y, x);
            x = next;
        }
        release(x);
    }

    private static void release(INDArray... arrays) {
        for (INDArray a : arrays) {
            if (a.closeable()) {
                a.close();
            }
        }
    }

    /**
     * Every statistic of one layer in one pass over y_m and x_{m+1} (row by row, in double; the
     * pooled means are means of row means, so the sums stay short). Returns E[x_{m+1}(a)^2] per
     * input a, the next layer's input second moments.
     */
    private double[] layerStatistics(INDArray y, INDArray next, double[] inputSecondMoments,
                                     Map<LayerStatistic, double[][]> values, int replicate, int layer) {
        int batch = (int) y.rows();
        int width = (int) y.columns();
        DoubleBuffer pre = y.data().asNioDouble();
        DoubleBuffer out = next.data().asNioDouble();
        double[] rowSecond = new double[batch];
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
            int offset = a * width;
            double ySum = 0;
            double ySquares = 0;
            double sum = 0;
            double squares = 0;
            int above = 0;
            for (int i = offset; i < offset + width; i++) {
                double yi = pre.get(i);
                double xi = out.get(i);
                ySum += yi;
                ySquares += yi * yi;
                sum += xi;
                squares += xi * xi;
                if (Math.abs(xi) > SATURATION) {
                    above++;
                }
            }
            double rowMean = sum / width;
            double deviations = 0;
            for (int i = offset; i < offset + width; i++) {
                double d = out.get(i) - rowMean;
                deviations += d * d;
            }
            // u_m(a)^2 = v^2 |x_m(a)|^2 = N v^2 mean_j x_m(a, j)^2: the exact variance of y_m(a, i) given x_m(a)
            double conditionalVariance = inputSecondMoments[a] * setup.varianceFactor();
            rowSecond[a] = squares / width;
            preMean += ySum / width;
            preSecond += ySquares / width;
            outMean += rowMean;
            outSecond += rowSecond[a];
            saturated += (double) above / width;
            meanCoefficient += rowMean / Math.sqrt(conditionalVariance);
            secondCoefficient += rowSecond[a] / conditionalVariance;
            varianceCoefficient += deviations / (width - 1) / conditionalVariance;
            ratio += rowSecond[a] / inputSecondMoments[a];
        }
        Reference.reachabilityFence(y);
        Reference.reachabilityFence(next);
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
        return rowSecond;
    }

    private static double[] rowSecondMoments(INDArray x) {
        INDArray rowMajor = rowMajor(x);
        int batch = (int) rowMajor.rows();
        int width = (int) rowMajor.columns();
        DoubleBuffer values = rowMajor.data().asNioDouble();
        double[] second = new double[batch];
        for (int a = 0; a < batch; a++) {
            double squares = 0;
            for (int i = a * width; i < (a + 1) * width; i++) {
                squares += values.get(i) * values.get(i);
            }
            second[a] = squares / width;
        }
        Reference.reachabilityFence(rowMajor);
        return second;
    }

    /** {@code a} itself if its memory is row-major from offset 0, else a row-major copy. */
    private static INDArray rowMajor(INDArray a) {
        return a.ordering() == 'c' && !a.isView() && a.offset() == 0 ? a : a.dup('c');
    }

    private static void record(Map<LayerStatistic, double[][]> values, LayerStatistic statistic, int replicate,
                               int layer, double value) {
        values.get(statistic)[replicate][layer] = value;
    }
}
