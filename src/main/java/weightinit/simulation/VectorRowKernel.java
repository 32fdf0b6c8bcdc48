package weightinit.simulation;

import java.nio.DoubleBuffer;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link RowStatistics} with the JDK's vector API (incubating in Java 17: the JVM needs
 * {@code --add-modules jdk.incubator.vector}): each sum kept in one accumulator per lane, the
 * lanes added up in lane order at the end of the row, the squares accumulated by fused
 * multiply-adds (one rounding instead of two). Only that and the summation order differ from the
 * scalar loop. About twice as fast: 0.7 against 1.3-2.5 ms per 1000 x 1000 layer on two cores, in
 * the Monte Carlo, where the scalar loop is bound by the latency of its additions. A class of its
 * own, loaded only where the module is.
 */
final class VectorRowKernel implements RowStatistics.Kernel {

    /**
     * Four lanes of float64, whatever the machine: native on every x86-64 with AVX2 or AVX-512 (eight
     * lanes were no faster here), so on all those machines the sums, and so the statistics to the
     * last bit, are the same. Machines with narrower vectors (128-bit NEON on arm64) run the scalar
     * loop, whose last bits differ.
     */
    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_256;

    /** Whether this machine's vectors hold {@link #SPECIES} natively; else the vector API would emulate them, slowly. */
    static boolean supported() {
        return DoubleVector.SPECIES_PREFERRED.vectorBitSize() >= SPECIES.vectorBitSize();
    }

    @Override
    public void rows(DoubleBuffer pre, DoubleBuffer out, int from, int to, int width, double threshold,
                     RowStatistics into) {
        // rows copied into Java arrays (8 KiB each, in L1): fromArray is the same call in every JDK since 16
        double[] y = new double[width];
        double[] x = new double[width];
        double[] lanesOut = new double[SPECIES.length()];
        int lanes = SPECIES.length();
        int bound = SPECIES.loopBound(width);
        DoubleVector zero = DoubleVector.zero(SPECIES);
        for (int a = from; a < to; a++) {
            int offset = a * width;
            pre.get(offset, y);
            out.get(offset, x);
            DoubleVector ySums = zero;
            DoubleVector ySquareSums = zero;
            DoubleVector sums = zero;
            DoubleVector squareSums = zero;
            int above = 0;
            int i = 0;
            for (; i < bound; i += lanes) {
                DoubleVector yi = DoubleVector.fromArray(SPECIES, y, i);
                DoubleVector xi = DoubleVector.fromArray(SPECIES, x, i);
                ySums = ySums.add(yi);
                ySquareSums = yi.fma(yi, ySquareSums);
                sums = sums.add(xi);
                squareSums = xi.fma(xi, squareSums);
                above += xi.abs().compare(VectorOperators.GT, threshold).trueCount();
            }
            double ySum = inLaneOrder(ySums, lanesOut);
            double ySquares = inLaneOrder(ySquareSums, lanesOut);
            double sum = inLaneOrder(sums, lanesOut);
            double squares = inLaneOrder(squareSums, lanesOut);
            for (; i < width; i++) {
                ySum += y[i];
                ySquares += y[i] * y[i];
                sum += x[i];
                squares += x[i] * x[i];
                if (Math.abs(x[i]) > threshold) {
                    above++;
                }
            }
            double mean = sum / width;
            DoubleVector means = DoubleVector.broadcast(SPECIES, mean);
            DoubleVector deviationSums = zero;
            i = 0;
            for (; i < bound; i += lanes) {
                DoubleVector d = DoubleVector.fromArray(SPECIES, x, i).sub(means);
                deviationSums = d.fma(d, deviationSums);
            }
            double deviations = inLaneOrder(deviationSums, lanesOut);
            for (; i < width; i++) {
                double d = x[i] - mean;
                deviations += d * d;
            }
            into.set(a, width, ySum, ySquares, sum, squares, above, deviations);
        }
    }

    /** The lanes' sum, lane 0 first (the API's own reduction leaves the order open). */
    private static double inLaneOrder(DoubleVector v, double[] lanes) {
        v.intoArray(lanes, 0);
        double sum = 0;
        for (double lane : lanes) {
            sum += lane;
        }
        return sum;
    }

    @Override
    public String description() {
        return "jdk.incubator.vector, " + SPECIES.length() + " lanes of float64";
    }
}
