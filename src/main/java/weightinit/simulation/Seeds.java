package weightinit.simulation;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The project's random draws: one seeded Java generator (L64X256MixRandom, full 53-bit doubles),
 * copied into ND4J arrays. ND4J's own native generator is not used: its doubles carry only about
 * 23 random bits (two independent draws of 250,000 uniforms share thousands of exact values).
 */
public final class Seeds {

    /** The generator algorithm, named so the report can record it. */
    public static final String ALGORITHM = "L64X256MixRandom";

    private Seeds() {
    }

    /** A new generator; the same seed gives the same sequence. */
    public static RandomGenerator generator(long seed) {
        return RandomGeneratorFactory.of(ALGORITHM).create(seed);
    }

    /** An array of i.i.d. N(0, stdDev^2) draws in float64, filled in row-major order. */
    public static INDArray gaussian(RandomGenerator random, double stdDev, int... shape) {
        long size = 1;
        for (int dimension : shape) {
            size *= dimension;
        }
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("array of " + size + " values is too large for one draw");
        }
        double[] values = new double[(int) size];
        for (int i = 0; i < values.length; i++) {
            values[i] = stdDev * random.nextGaussian();
        }
        long[] longShape = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            longShape[i] = shape[i];
        }
        return Nd4j.create(values, longShape, DataType.DOUBLE);
    }
}
