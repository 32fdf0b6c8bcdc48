package weightinit.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import weightinit.theory.Activation;

/** ND4J's transforms compute the same activation as the theory's Java definition. */
class Nd4jActivationTest {

    private static final double[] POINTS = {-6, -2.5, -1, -0.3, -1e-3, 0, 1e-3, 0.3, 1, 2.5, 6};

    @ParameterizedTest
    @EnumSource(Activation.class)
    void agreesWithTheJavaDefinition(Activation activation) {
        INDArray y = Nd4j.create(POINTS, new long[] {POINTS.length}, DataType.DOUBLE);
        double[] x = Nd4jActivation.apply(activation, y).toDoubleVector();
        for (int i = 0; i < POINTS.length; i++) {
            // float64 transforms; ND4J's erf is a rational approximation accurate to about 1e-7
            assertThat(x[i]).as("%s(%s)", activation, POINTS[i])
                    .isCloseTo(activation.applyAsDouble(POINTS[i]), within(1e-6));
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void writingIntoAGivenArrayGivesTheSameNumbersAndLeavesTheInput(Activation activation) {
        INDArray y = Nd4j.create(POINTS, new long[] {POINTS.length}, DataType.DOUBLE);
        INDArray out = Nd4j.zeros(DataType.DOUBLE, POINTS.length);
        Nd4jActivation.applyInto(activation, y, out);
        assertThat(out.toDoubleVector()).containsExactly(Nd4jActivation.apply(activation, y).toDoubleVector());
        assertThat(y.toDoubleVector()).containsExactly(POINTS);
    }
}
