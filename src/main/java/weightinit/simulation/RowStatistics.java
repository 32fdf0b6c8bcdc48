package weightinit.simulation;

import java.nio.DoubleBuffer;
import weightinit.theory.Require;

/**
 * One layer's per-input statistics, row a of y_m and of x_{m+1} = g(y_m) each: the means of y and
 * y^2, of x and x^2, the share of |x| above a threshold, and the sum of squared deviations of x
 * from its row mean (two passes over the row, the second in cache). Filled row range by row range
 * by {@link Kernel#rows}, one range per thread.
 */
final class RowStatistics {

    /** Fills the statistics of rows [from, to) of a row-major batch of rows of {@code width}. */
    interface Kernel {
        void rows(DoubleBuffer pre, DoubleBuffer out, int from, int to, int width, double threshold,
                  RowStatistics into);

        /** How the report names it. */
        String description();
    }

    final double[] preMean;
    final double[] preSecond;
    final double[] mean;
    final double[] second;
    final double[] saturated;
    final double[] deviations;

    RowStatistics(int batch) {
        Require.positive("batch size", batch);
        preMean = new double[batch];
        preSecond = new double[batch];
        mean = new double[batch];
        second = new double[batch];
        saturated = new double[batch];
        deviations = new double[batch];
    }

    /** Stores row a's statistics from its sums over {@code width} elements. */
    void set(int a, int width, double ySum, double ySquares, double sum, double squares, int above,
             double deviationSquares) {
        preMean[a] = ySum / width;
        preSecond[a] = ySquares / width;
        mean[a] = sum / width;
        second[a] = squares / width;
        saturated[a] = (double) above / width;
        deviations[a] = deviationSquares;
    }

    /**
     * The fastest kernel this JVM can run: {@link VectorRowKernel} where the JDK's
     * {@code jdk.incubator.vector} module is loaded (pom.xml adds it to every JVM it starts) and the
     * machine has 256-bit vectors, else the scalar loop, which gives the same statistics to within
     * summation order and the rounding of fused multiply-adds.
     */
    static Kernel fastest() {
        boolean loaded = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        return loaded && VectorRowKernel.supported() ? new VectorRowKernel() : SCALAR;
    }

    /** One accumulator per sum, element by element: the reference, and the fallback. */
    static final Kernel SCALAR = new Kernel() {
        @Override
        public void rows(DoubleBuffer pre, DoubleBuffer out, int from, int to, int width, double threshold,
                         RowStatistics into) {
            for (int a = from; a < to; a++) {
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
                    if (Math.abs(xi) > threshold) {
                        above++;
                    }
                }
                double rowMean = sum / width;
                double deviations = 0;
                for (int i = offset; i < offset + width; i++) {
                    double d = out.get(i) - rowMean;
                    deviations += d * d;
                }
                into.set(a, width, ySum, ySquares, sum, squares, above, deviations);
            }
        }

        @Override
        public String description() {
            return "scalar, one accumulator per sum (jdk.incubator.vector not loaded, or no 256-bit vectors)";
        }
    };
}
