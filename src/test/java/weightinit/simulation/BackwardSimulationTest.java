package weightinit.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import weightinit.theory.Activation;

/**
 * The in-place backward simulation (products written by ND4J's matmul op into reused arrays,
 * slopes computed in place) against the straightforward computation with fresh arrays and the
 * theory's closed-form g', on the same draws: the same gains to 1e-12 relative (the order of the
 * norms' sums, and g' from y rather than from x = g(y)).
 */
class BackwardSimulationTest {

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"LINEAR", "RELU", "TANH", "SIGMOID"})
    void theInPlacePassesGiveTheGainsOfTheStraightforwardOnes(Activation activation) {
        int batch = 30;
        int width = 70;
        int depth = 3;
        double variance = 1.3 / width;
        NetworkSetup setup = new NetworkSetup(activation, width, depth, variance, 1.0);
        BackwardSimulation.Run run = new BackwardSimulation(setup).run(batch, 2, 17, line -> { });

        RandomGenerator random = Seeds.generator(17);
        try (BlockDraws draws = new BlockDraws(1)) {
            for (int r = 0; r < 2; r++) {
                INDArray x = draws.gaussian(random, 1.0, batch, width);
                INDArray[] weights = new INDArray[depth];
                INDArray[] slopes = new INDArray[depth];
                for (int m = 0; m < depth; m++) {
                    weights[m] = draws.weights(random, NetworkSetup.Weights.NORMAL, variance, width, width);
                    INDArray y = x.mmul(weights[m]);
                    INDArray next = Nd4jActivation.apply(activation, y);
                    expect("forward", r, m, run.forward()[r][m], meanSquare(next) / meanSquare(x));
                    slopes[m] = slope(activation, y);
                    x = next;
                }
                INDArray delta = draws.gaussian(random, 1.0, batch, width);
                for (int m = depth - 1; m >= 0; m--) {
                    double after = meanSquare(delta);
                    delta = delta.mul(slopes[m]).mmul(weights[m].transpose());
                    expect("backward", r, m, run.backward()[r][m], meanSquare(delta) / after);
                }
            }
        }
        // not vacuous: the gains move away from 1 where the map is not an identity
        if (activation != Activation.LINEAR) {
            assertThat(run.forward()[0][0]).isNotCloseTo(1.0, within(1e-3));
        }
    }

    /** g'(y) element by element, from the theory's closed form (independent of the simulation's ND4J ops). */
    private static INDArray slope(Activation activation, INDArray y) {
        INDArray rowMajor = y.dup('c');
        double[] values = rowMajor.data().asDouble();
        for (int i = 0; i < values.length; i++) {
            values[i] = activation.derivative(values[i]);
        }
        return Nd4j.create(values, rowMajor.shape(), 'c');
    }

    private static double meanSquare(INDArray a) {
        return a.mul(a).meanNumber().doubleValue();
    }

    private static void expect(String pass, int replicate, int layer, double value, double reference) {
        assertThat(value).as(pass + " gain, replicate " + replicate + ", layer " + (layer + 1))
                .isCloseTo(reference, within(1e-12 * Math.abs(reference)));
    }
}
