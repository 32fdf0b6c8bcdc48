package weightinit.simulation;

import java.nio.DoubleBuffer;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import weightinit.numerics.RandomStreams;

/** The simulations' random draws: {@link RandomStreams}' generator, copied into ND4J arrays. */
public final class Seeds {

    private Seeds() {
    }

    /** A new generator; the same seed gives the same sequence. */
    public static RandomGenerator generator(long seed) {
        return RandomStreams.generator(seed);
    }

    /** An array of i.i.d. U[-halfWidth, halfWidth] draws in float64, row-major. */
    public static INDArray uniform(RandomGenerator random, double halfWidth, int rows, int columns) {
        int size = Math.multiplyExact(rows, columns);
        INDArray out = Nd4j.createUninitialized(DataType.DOUBLE, new long[] {rows, columns}, 'c');
        DoubleBuffer values = out.data().asNioDouble();
        for (int i = 0; i < size; i++) {
            values.put(i, halfWidth * (2 * random.nextDouble() - 1));
        }
        return out;
    }

    /** Weights of variance v^2 drawn as {@code weights} says. */
    static INDArray weights(RandomGenerator random, NetworkSetup.Weights weights, double variance, int rows,
                            int columns) {
        return switch (weights) {
            case NORMAL -> gaussian(random, Math.sqrt(variance), rows, columns);
            case UNIFORM -> uniform(random, Math.sqrt(3 * variance), rows, columns);
        };
    }

    /** An array of i.i.d. N(0, stdDev^2) draws in float64, filled in row-major order. */
    public static INDArray gaussian(RandomGenerator random, double stdDev, int... shape) {
        long size = 1;
        long[] longShape = new long[shape.length];
        for (int i = 0; i < shape.length; i++) {
            size *= shape[i];
            longShape[i] = shape[i];
        }
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("array of " + size + " values is too large for one draw");
        }
        // drawn straight into ND4J's memory (the same numbers, in the same order, as
        // RandomStreams.gaussian; no Java array and no copy)
        INDArray out = Nd4j.createUninitialized(DataType.DOUBLE, longShape, 'c');
        DoubleBuffer values = out.data().asNioDouble();
        for (int i = 0; i < size; i++) {
            values.put(i, stdDev * random.nextGaussian());
        }
        return out;
    }
}
