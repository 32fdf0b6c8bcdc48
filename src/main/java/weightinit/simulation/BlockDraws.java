package weightinit.simulation;

import java.lang.ref.Reference;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import weightinit.numerics.RandomStreams;

/**
 * Large draws on all cores, reproducibly. An array is filled in {@link #BLOCKS} contiguous blocks
 * of its row-major elements; block k comes from its own {@link RandomStreams#blockGenerator}
 * (Xoroshiro128PlusPlus), seeded with the k-th of {@link #BLOCKS} longs taken from the caller's
 * generator. The blocks, not the threads, fix the streams, so the same seed gives the same numbers
 * on any number of cores.
 *
 * <p>Each block's generator is created on the thread that uses it: two generators side by side
 * in memory, written on every draw by two cores, cost four times a single thread's time (false
 * sharing of their state's cache line).
 *
 * <p>Also runs a row-wise pass over a batch on the same threads ({@link #rows}). Holds a thread
 * pool: close it when done.
 */
final class BlockDraws implements AutoCloseable {

    /** Blocks per array: fixed, so that the numbers do not depend on the machine. */
    static final int BLOCKS = 8;

    /** Draws per bulk copy (32 KiB, within a core's L1 cache). */
    private static final int CHUNK = 4096;

    /** Work on the rows [from, to) of a batch. */
    @FunctionalInterface
    interface RowRange {
        void apply(int from, int to);
    }

    private final int threads;
    private final ExecutorService pool;

    /** One thread per core, at most {@link #BLOCKS}. */
    BlockDraws() {
        this(Math.min(BLOCKS, Runtime.getRuntime().availableProcessors()));
    }

    /** @param threads worker threads, 1 to {@link #BLOCKS} */
    BlockDraws(int threads) {
        if (threads < 1 || threads > BLOCKS) {
            throw new IllegalArgumentException("threads = " + threads + ", allowed 1 to " + BLOCKS);
        }
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "monte-carlo-draws");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A new rows x columns array of i.i.d. N(0, stdDev^2) draws in float64, row-major. */
    INDArray gaussian(RandomGenerator random, double stdDev, int rows, int columns) {
        return gaussianInto(random, stdDev, NativeArrays.float64(rows, columns));
    }

    /** Fills {@code out} (float64, row-major, not a view) with i.i.d. N(0, stdDev^2) draws. */
    INDArray gaussianInto(RandomGenerator random, double stdDev, INDArray out) {
        return fill(random, whole(out), generator -> stdDev * generator.nextGaussian());
    }

    /** A new rows x columns array of weights of variance v^2, drawn as {@code weights} says. */
    INDArray weights(RandomGenerator random, NetworkSetup.Weights weights, double variance, int rows, int columns) {
        return weightsInto(random, weights, variance, NativeArrays.float64(rows, columns));
    }

    /**
     * Fills {@code out} (float64, row-major, not a view) with weights of variance v^2: N(0, v^2), or
     * U[-sqrt(3) v, sqrt(3) v]. Reusing one array layer after layer spares fresh native memory (and
     * its page faults) on every layer.
     */
    INDArray weightsInto(RandomGenerator random, NetworkSetup.Weights weights, double variance, INDArray out) {
        double halfWidth = Math.sqrt(3 * variance);
        return switch (weights) {
            case NORMAL -> gaussianInto(random, Math.sqrt(variance), out);
            case UNIFORM -> fill(random, whole(out), generator -> halfWidth * (2 * generator.nextDouble() - 1));
        };
    }

    /** Runs {@code task} over [0, rows) split into one contiguous range per thread; returns when all are done. */
    void rows(int rows, RowRange task) {
        List<Runnable> ranges = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = (int) ((long) rows * t / threads);
            int to = (int) ((long) rows * (t + 1) / threads);
            ranges.add(() -> task.apply(from, to));
        }
        runAll(ranges);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private interface Draw {
        double next(RandomGenerator generator);
    }

    /** {@code out}, if it is a whole row-major float64 array, which the blocks' bulk copies need. */
    private static INDArray whole(INDArray out) {
        if (out.dataType() != DataType.DOUBLE || out.ordering() != 'c' || out.isView() || out.offset() != 0) {
            throw new IllegalArgumentException("draws go into a whole row-major float64 array, got " + out.dataType()
                    + " '" + out.ordering() + "'" + (out.isView() ? " view" : ""));
        }
        return out;
    }

    private INDArray fill(RandomGenerator random, INDArray out, Draw draw) {
        int size = Math.toIntExact(out.length());
        List<Runnable> blocks = new ArrayList<>();
        for (int k = 0; k < BLOCKS; k++) {
            long seed = random.nextLong();
            int from = (int) ((long) size * k / BLOCKS);
            int to = (int) ((long) size * (k + 1) / BLOCKS);
            blocks.add(() -> {
                RandomGenerator generator = RandomStreams.blockGenerator(seed);
                DoubleBuffer values = out.data().asNioDouble();
                // drawn into a small Java array, copied in bulk: about 20% faster than one put per draw
                double[] chunk = new double[CHUNK];
                for (int start = from; start < to; start += CHUNK) {
                    int length = Math.min(CHUNK, to - start);
                    for (int j = 0; j < length; j++) {
                        chunk[j] = draw.next(generator);
                    }
                    values.put(start, chunk, 0, length);
                }
            });
        }
        runAll(blocks);
        Reference.reachabilityFence(out);
        return out;
    }

    private void runAll(List<Runnable> tasks) {
        List<Future<?>> running = new ArrayList<>();
        for (Runnable task : tasks) {
            running.add(pool.submit(task));
        }
        try {
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while drawing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
