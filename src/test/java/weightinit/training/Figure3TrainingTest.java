package weightinit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import weightinit.data.Cifar10;

/** A tiny run on synthetic images: the loop, the metrics and their reproducibility. */
class Figure3TrainingTest {

    @Test
    void aShortRunIsMeasuredAndReproducible() {
        Cifar10.Images train = synthetic(64, 1);
        Cifar10.Images validation = synthetic(40, 2);
        Figure3Training training = new Figure3Training(32);
        List<Figure3Training.EpochMetrics> first = training.train(
                new ScaledNormalInit(ScaledNormalInit.Rule.EQUATION_19, false, 3), train, validation, 1, 5, line -> { });
        List<Figure3Training.EpochMetrics> again = training.train(
                new ScaledNormalInit(ScaledNormalInit.Rule.EQUATION_19, false, 3), train, validation, 1, 5, line -> { });
        Figure3Training.EpochMetrics m = first.get(0);
        assertThat(m.steps()).isEqualTo(2);
        assertThat(m.trainLoss()).isPositive().isFinite();
        assertThat(m.validationTop5()).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(m.validationTop1());
        // same seed, same data: the same metrics up to float32 reduction order
        assertThat(again.get(0).trainLoss()).isCloseTo(m.trainLoss(), within(1e-5 * m.trainLoss()));
        assertThat(again.get(0).validationTop5()).isEqualTo(m.validationTop5());
    }

    @Test
    void topKCountsTheTrueClassAmongTheKMostProbable() {
        double share = Figure3Training.topK(Nd4j.create(new float[][] {{0.1f, 0.7f, 0.2f}, {0.5f, 0.3f, 0.2f}}),
                Nd4j.create(new float[][] {{0, 0, 1}, {0, 0, 1}}), 2);
        assertThat(share).isEqualTo(0.5);
    }

    private static Cifar10.Images synthetic(int count, int seed) {
        byte[] labels = new byte[count];
        byte[] pixels = new byte[count * (Cifar10.RECORD_BYTES - 1)];
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < count; i++) {
            labels[i] = (byte) (i % Cifar10.CLASSES);
        }
        random.nextBytes(pixels);
        return new Cifar10.Images(labels, pixels, Map.of());
    }
}
