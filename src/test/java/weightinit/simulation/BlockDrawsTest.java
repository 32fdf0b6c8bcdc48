package weightinit.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class BlockDrawsTest {

    @Test
    void theSameSeedGivesTheSameNumbersOnAnyNumberOfThreads() {
        double[] one;
        double[] three;
        try (BlockDraws draws = new BlockDraws(1)) {
            one = draws.gaussian(Seeds.generator(5), 2.0, 37, 41).data().asDouble();
        }
        try (BlockDraws draws = new BlockDraws(3)) {
            three = draws.gaussian(Seeds.generator(5), 2.0, 37, 41).data().asDouble();
        }
        assertThat(three).containsExactly(one);
        try (BlockDraws draws = new BlockDraws(2)) {
            assertThat(draws.gaussian(Seeds.generator(6), 2.0, 37, 41).data().asDouble()).isNotEqualTo(one);
        }
    }

    @Test
    void theBlocksAreDifferentStreamsOfTheRightDistribution() {
        int n = 200_000;
        try (BlockDraws draws = new BlockDraws(2)) {
            INDArray normal = draws.gaussian(Seeds.generator(9), 3.0, 8, n / 8);
            INDArray uniform = draws.weights(Seeds.generator(9), NetworkSetup.Weights.UNIFORM, 4.0, 8, n / 8);
            // one row per block: no two blocks start alike
            for (int k = 1; k < BlockDraws.BLOCKS; k++) {
                assertThat(normal.getDouble(k, 0)).isNotEqualTo(normal.getDouble(k - 1, 0));
            }
            // mean and variance within 4.4 standard errors (two-sided 1e-5 each, four checks)
            assertThat(normal.meanNumber().doubleValue()).isBetween(-4.4 * 3 / Math.sqrt(n), 4.4 * 3 / Math.sqrt(n));
            double normalVariance = normal.mul(normal).meanNumber().doubleValue();
            assertThat(normalVariance).isBetween(9 * (1 - 4.4 * Math.sqrt(2.0 / n)), 9 * (1 + 4.4 * Math.sqrt(2.0 / n)));
            // U[-sqrt(12), sqrt(12)]: variance 4, variance of x^2 = E[x^4] - 16 = 144/5 - 16 = 12.8
            double uniformVariance = uniform.mul(uniform).meanNumber().doubleValue();
            assertThat(uniformVariance).isBetween(4 - 4.4 * Math.sqrt(12.8 / n), 4 + 4.4 * Math.sqrt(12.8 / n));
            assertThat(uniform.amaxNumber().doubleValue()).isLessThanOrEqualTo(Math.sqrt(12));
        }
    }

    @Test
    void rowsCoversEveryRowOnce() {
        int[] seen = new int[103];
        try (BlockDraws draws = new BlockDraws(4)) {
            draws.rows(seen.length, (from, to) -> {
                for (int a = from; a < to; a++) {
                    seen[a]++;
                }
            });
        }
        assertThat(seen).containsOnly(1);
    }

    @Test
    void aThreadCountOutsideOneToTheBlocksIsRefused() {
        assertThatThrownBy(() -> new BlockDraws(0)).hasMessageContaining("threads = 0, allowed 1 to 8");
    }
}
