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

    private static final double ONE_VALIDATION_IMAGE = 1.0 / 100 + 1e-12;
    private static final double ONE_TRAINING_IMAGE = 1.0 / 96 + 1e-12;

    @Test
    void aShortRunIsMeasuredAndReproducible() {
        Cifar10.Images train = synthetic(64, 1);
        Cifar10.Images validation = synthetic(40, 2);
        Figure3Training training = new Figure3Training(32);
        List<Figure3Training.EpochMetrics> first = training.train(
                new ScaledNormalInit(ScaledNormalInit.Rule.EQUATION_19, false, 3), train, validation, 1, 5, line -> { }).epochs();
        List<Figure3Training.EpochMetrics> again = training.train(
                new ScaledNormalInit(ScaledNormalInit.Rule.EQUATION_19, false, 3), train, validation, 1, 5, line -> { }).epochs();
        Figure3Training.EpochMetrics m = first.get(0);
        assertThat(m.steps()).isEqualTo(2);
        assertThat(m.trainLoss()).isPositive().isFinite();
        assertThat(m.validationTop5()).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(m.validationTop1());
        // same seed, same data: the same metrics up to float32 reduction order
        assertThat(again.get(0).trainLoss()).isCloseTo(m.trainLoss(), within(1e-5 * m.trainLoss()));
        assertThat(again.get(0).validationTop5()).isEqualTo(m.validationTop5());
    }

    /**
     * The speed work must not change the results: the oneDNN engine and DL4J's built-in one run
     * the same maths in a different float32 reduction order. Six steps from one seed: the mean
     * training loss agrees to 1e-4 relative (float32 carries 6e-8 per operation; sums of
     * 10^4-10^5 products and six optimizer steps stay far inside 1e-4), and a top-k share may move
     * only where two classes' scores tie within that noise: by at most one image, 1/100 of the
     * validation share, 1/96 of the training share (one image of a batch of 32, averaged over the
     * epoch's 3 batches).
     */
    @Test
    void theOneDnnEngineReproducesTheBuiltInEnginesMetrics() {
        Cifar10.Images train = synthetic(96, 1);
        Cifar10.Images validation = synthetic(100, 2);
        List<Figure3Training.EpochMetrics> fast = new Figure3Training(32, PaperNetwork.Engine.ONEDNN).train(
                new ScaledNormalInit(ScaledNormalInit.Rule.EQUATION_19, false, 3), train, validation, 2, 5, line -> { }).epochs();
        List<Figure3Training.EpochMetrics> builtIn = new Figure3Training(32, PaperNetwork.Engine.BUILT_IN).train(
                new ScaledNormalInit(ScaledNormalInit.Rule.EQUATION_19, false, 3), train, validation, 2, 5, line -> { }).epochs();
        for (int epoch = 0; epoch < 2; epoch++) {
            Figure3Training.EpochMetrics a = fast.get(epoch);
            Figure3Training.EpochMetrics b = builtIn.get(epoch);
            assertThat(a.trainLoss()).isCloseTo(b.trainLoss(), within(1e-4 * b.trainLoss()));
            assertThat(a.trainTop5()).isCloseTo(b.trainTop5(), within(ONE_TRAINING_IMAGE));
            assertThat(a.validationTop1()).isCloseTo(b.validationTop1(), within(ONE_VALIDATION_IMAGE));
            assertThat(a.validationTop5()).isCloseTo(b.validationTop5(), within(ONE_VALIDATION_IMAGE));
        }
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
