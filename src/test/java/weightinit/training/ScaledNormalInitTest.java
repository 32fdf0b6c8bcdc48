package weightinit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import weightinit.numerics.ConfidenceBound;

/** The drawn moments match each rule (99.9% over the 6 cases, Bonferroni; n = 3x3x64x128 = 73,728 draws). */
class ScaledNormalInitTest {

    private static final double Z = new ConfidenceBound(0.999, 6).normalQuantile();

    @ParameterizedTest
    @CsvSource({"XAVIER,false", "XAVIER,true", "EQUATION_19,false", "EQUATION_19,true", "SCRIPT,false",
        "SCRIPT,true"})
    void drawsTheStatedVariance(ScaledNormalInit.Rule rule, boolean truncated) {
        long[] shape = {128, 64, 3, 3};   // a 3x3 convolution, 64 -> 128 channels
        double fanIn = 64 * 9;
        double fanOut = 128 * 9;
        ScaledNormalInit init = new ScaledNormalInit(rule, truncated, 11);
        INDArray view = Nd4j.create(DataType.FLOAT, 1, 128 * 64 * 9);
        INDArray weights = init.init(fanIn, fanOut, shape, 'c', view);
        double[] w = weights.dup().data().asDouble();
        double sum = 0;
        double squares = 0;
        double fourth = 0;
        double max = 0;
        for (double x : w) {
            sum += x;
            squares += x * x;
            fourth += x * x * x * x;
            max = Math.max(max, Math.abs(x));
        }
        int n = w.length;
        double variance = squares / n;
        double expected = init.drawnVariance(fanIn, fanOut);
        double se = Math.sqrt((fourth / n - variance * variance) / n);
        assertThat(sum / n).isCloseTo(0.0, within(Z * Math.sqrt(variance / n)));
        assertThat(variance).isCloseTo(expected, within(Z * se));
        if (truncated) {
            // float32 storage rounds the bound by a relative 6e-8
            assertThat(max).isLessThanOrEqualTo(2 * Math.sqrt(rule.variance(fanIn, fanOut)) * (1 + 1e-6));
        }
    }

    @org.junit.jupiter.api.Test
    void truncationAtTwoStandardDeviationsKeeps0774OfTheVariance() {
        assertThat(ScaledNormalInit.TRUNCATED_VARIANCE_FACTOR).isCloseTo(0.7737413, within(1e-7));
    }
}
