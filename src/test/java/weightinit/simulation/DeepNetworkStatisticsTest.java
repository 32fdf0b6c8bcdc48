package weightinit.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import weightinit.theory.Activation;

/**
 * The speed work must not change the Monte Carlo: DeepNetworkSimulation's one-pass statistics
 * (row by row in Java, straight from ND4J's memory) against the same statistics by ND4J's own
 * reductions, on the same draws. They differ only in summation order: 1e-12 relative is a
 * thousand times the double rounding of sums of 10^4 terms, and a million times below any
 * Monte Carlo tolerance of the suite.
 */
class DeepNetworkStatisticsTest {

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"TANH", "RELU"})
    void theOnePassStatisticsEqualNd4jsReductionsOnTheSameDraws(Activation activation) {
        int batch = 40;
        int width = 300;
        NetworkSetup setup = new NetworkSetup(activation, width, 2, 1.5 / width, 1.0);
        NetworkMoments moments = new DeepNetworkSimulation(setup).run(batch, 2, 11, line -> { });

        // replicate 1, by ND4J's reductions: the simulation draws x, then W_1, W_2, in blocks seeded from one
        // generator; replayed here on one thread (the simulation used one per core)
        RandomGenerator random = Seeds.generator(11);
        try (BlockDraws draws = new BlockDraws(1)) {
            INDArray x = draws.gaussian(random, 1.0, batch, width);
            replicateOne(moments, activation, draws, random, x);
        }
    }

    private static void replicateOne(NetworkMoments moments, Activation activation, BlockDraws draws,
                                     RandomGenerator random, INDArray x) {
        int width = (int) x.columns();
        for (int m = 1; m <= 2; m++) {
            INDArray w = draws.weights(random, NetworkSetup.Weights.NORMAL, 1.5 / width, width, width);
            INDArray inputSecond = x.mul(x).mean(1);
            INDArray conditional = inputSecond.mul(1.5);
            INDArray y = x.mmul(w);
            INDArray next = Nd4jActivation.apply(activation, y);
            INDArray rowSecond = next.mul(next).mean(1);
            expect(moments, LayerStatistic.PRE_ACTIVATION_MEAN, m, y.meanNumber().doubleValue());
            expect(moments, LayerStatistic.PRE_ACTIVATION_VARIANCE, m, y.mul(y).meanNumber().doubleValue());
            expect(moments, LayerStatistic.OUTPUT_MEAN, m, next.meanNumber().doubleValue());
            expect(moments, LayerStatistic.OUTPUT_SECOND_MOMENT, m, next.mul(next).meanNumber().doubleValue());
            expect(moments, LayerStatistic.MEAN_COEFFICIENT, m,
                    next.mean(1).div(Transforms.sqrt(conditional, true)).meanNumber().doubleValue());
            expect(moments, LayerStatistic.SECOND_MOMENT_COEFFICIENT, m,
                    rowSecond.div(conditional).meanNumber().doubleValue());
            expect(moments, LayerStatistic.VARIANCE_COEFFICIENT, m,
                    next.var(true, 1).div(conditional).meanNumber().doubleValue());
            expect(moments, LayerStatistic.SATURATED_SHARE, m,
                    Transforms.abs(next, true).gt(DeepNetworkSimulation.SATURATION).castTo(next.dataType())
                            .meanNumber().doubleValue());
            expect(moments, LayerStatistic.SECOND_MOMENT_RATIO, m, rowSecond.div(inputSecond).meanNumber().doubleValue());
            x = next;
        }
    }

    private static void expect(NetworkMoments moments, LayerStatistic statistic, int layer, double nd4j) {
        double value = moments.values().get(statistic)[0][layer - 1];
        assertThat(value).as(statistic + " at layer " + layer).isCloseTo(nd4j, within(1e-12 * Math.max(1, Math.abs(nd4j))));
    }
}
