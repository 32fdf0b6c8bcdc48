package weightinit.simulation;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import weightinit.theory.Require;

/** The simulations' native arrays: float64, row-major, allocated once and freed at once. */
final class NativeArrays {

    private NativeArrays() {
    }

    /** A new rows x columns float64 array, row-major, its contents undefined until written. */
    static INDArray float64(int rows, int columns) {
        Require.positive("rows", rows);
        Require.positive("columns", columns);
        Math.multiplyExact(rows, columns);
        return Nd4j.createUninitialized(DataType.DOUBLE, new long[] {rows, columns}, 'c');
    }

    /**
     * Frees the arrays' native memory now, rather than whenever the Java GC gets to their small
     * objects (left to it, 8 MB arrays pile up and slow what runs next).
     */
    static void release(INDArray... arrays) {
        for (INDArray a : arrays) {
            if (a.closeable()) {
                a.close();
            }
        }
    }
}
