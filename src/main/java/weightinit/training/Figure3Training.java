package weightinit.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import weightinit.data.Cifar10;
import weightinit.numerics.RandomStreams;

/**
 * Trains {@link PaperNetwork} on CIFAR-10 as the author's script does (batch 32, pixels / 255,
 * training data shuffled each epoch by the project's seeded generator) and records, per epoch,
 * the training loss and training top-5 (averaged over the epoch's batches, what the script
 * plots), and validation top-1 and top-5 on the test images (what the paper's text says).
 */
public final class Figure3Training {

    private static final int EVALUATION_BATCH = 500;

    /**
     * One epoch's metrics.
     *
     * @param steps           optimizer steps taken so far
     * @param imagesPerSecond training images per second this epoch
     */
    public record EpochMetrics(int epoch, int steps, double trainLoss, double trainTop5, double validationTop1,
                               double validationTop5, double seconds, double imagesPerSecond) {
    }

    /**
     * One training run.
     *
     * @param engine the engine the network's convolutions actually ran on
     * @param epochs the metrics after each epoch, epoch 1 first
     */
    public record Result(PaperNetwork.Engine engine, List<EpochMetrics> epochs) {
        public Result {
            epochs = List.copyOf(epochs);
        }

        /** The metrics after the last epoch. */
        public EpochMetrics last() {
            return epochs.get(epochs.size() - 1);
        }
    }

    private final int batch;
    private final PaperNetwork.Engine engine;

    /** Training on the oneDNN engine where the native build has it. */
    public Figure3Training(int batch) {
        this(batch, PaperNetwork.Engine.ONEDNN);
    }

    public Figure3Training(int batch, PaperNetwork.Engine engine) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batch);
        }
        this.batch = batch;
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Trains a fresh network drawn by {@code init} for {@code epochs} epochs; the training top-5
     * of each batch is read from the forward pass of its own optimizer step (as Keras reports
     * it), before the step's update.
     */
    public Result train(IWeightInit init, Cifar10.Images train, Cifar10.Images validation, int epochs, long seed,
                        Consumer<String> progress) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        MultiLayerNetwork network = PaperNetwork.create(init, engine);
        BatchTop5 batchTop5 = new BatchTop5();
        network.setListeners(batchTop5);
        RandomGenerator random = RandomStreams.generator(seed);
        int[] order = identity(train.count());
        List<EpochMetrics> metrics = new ArrayList<>();
        int steps = 0;
        for (int epoch = 1; epoch <= epochs; epoch++) {
            shuffle(order, random);
            long started = System.nanoTime();
            double lossSum = 0;
            double top5Sum = 0;
            int batches = 0;
            for (int from = 0; from < order.length; from += batch) {
                int to = Math.min(order.length, from + batch);
                DataSet data = dataSet(train, order, from, to);
                batchTop5.last = Double.NaN;
                network.fit(data);
                if (Double.isNaN(batchTop5.last)) {
                    throw new IllegalStateException("DL4J did not report the forward pass of step " + (steps + 1)
                            + " to the listener: no training top-5");
                }
                top5Sum += batchTop5.last;
                lossSum += network.score();
                batches++;
                steps++;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double[] validationAccuracy = evaluate(network, validation);
            EpochMetrics m = new EpochMetrics(epoch, steps, lossSum / batches, top5Sum / batches, validationAccuracy[0],
                    validationAccuracy[1], seconds, order.length / seconds);
            metrics.add(m);
            progress.accept(String.format(Locale.ROOT, "epoch %d/%d: %d steps, loss %.4f, train top-5 %.4f, "
                            + "validation top-1 %.4f top-5 %.4f, %.0f s, %.1f images/s", epoch, epochs, steps,
                    m.trainLoss(), m.trainTop5(), m.validationTop1(), m.validationTop5(), seconds, m.imagesPerSecond()));
        }
        return new Result(PaperNetwork.engineOf(network), metrics);
    }

    /**
     * Top-5 of the batch being fitted, from the activations of its forward pass: DL4J hands the
     * listener the last hidden activations (the output layer's input), and the output layer's
     * logits x W + b rank the classes as its softmax does.
     */
    private static final class BatchTop5 extends BaseTrainingListener {
        private double last = Double.NaN;

        @Override
        public void onForwardPass(Model model, List<INDArray> activations) {
            MultiLayerNetwork network = (MultiLayerNetwork) model;
            Layer output = network.getOutputLayer();
            INDArray hidden = activations.get(activations.size() - 1);
            INDArray flat = hidden.reshape('c', hidden.size(0), hidden.length() / hidden.size(0));
            INDArray logits = flat.mmul(output.getParam("W")).addiRowVector(output.getParam("b"));
            last = topK(logits, network.getLabels(), 5);
        }
    }

    /** Validation top-1 and top-5 accuracy over all of {@code images}. */
    static double[] evaluate(MultiLayerNetwork network, Cifar10.Images images) {
        int[] all = identity(images.count());
        double top1 = 0;
        double top5 = 0;
        for (int from = 0; from < all.length; from += EVALUATION_BATCH) {
            int to = Math.min(all.length, from + EVALUATION_BATCH);
            DataSet data = dataSet(images, all, from, to);
            INDArray probabilities = network.output(data.getFeatures(), false);
            top1 += topK(probabilities, data.getLabels(), 1) * (to - from);
            top5 += topK(probabilities, data.getLabels(), 5) * (to - from);
        }
        return new double[] {top1 / all.length, top5 / all.length};
    }

    /** The share of rows whose true class is among the k highest scores (probabilities or logits). */
    static double topK(INDArray scores, INDArray oneHot, int k) {
        float[][] p = scores.toFloatMatrix();
        float[][] y = oneHot.toFloatMatrix();
        int hits = 0;
        for (int row = 0; row < p.length; row++) {
            int truth = 0;
            for (int c = 1; c < y[row].length; c++) {
                if (y[row][c] > y[row][truth]) {
                    truth = c;
                }
            }
            int above = 0;
            for (int c = 0; c < p[row].length; c++) {
                if (p[row][c] > p[row][truth]) {
                    above++;
                }
            }
            if (above < k) {
                hits++;
            }
        }
        return (double) hits / p.length;
    }

    /** Images order[from..to) as NCHW floats in [0, 1] with one-hot labels. */
    static DataSet dataSet(Cifar10.Images images, int[] order, int from, int to) {
        int n = to - from;
        int pixels = Cifar10.RECORD_BYTES - 1;
        float[] features = new float[n * pixels];
        float[] labels = new float[n * Cifar10.CLASSES];
        for (int i = 0; i < n; i++) {
            int image = order[from + i];
            for (int p = 0; p < pixels; p++) {
                features[i * pixels + p] = images.scaled(image, p);
            }
            labels[i * Cifar10.CLASSES + images.labels()[image]] = 1f;
        }
        return new DataSet(Nd4j.create(features, new long[] {n, 3, 32, 32}, 'c').castTo(DataType.FLOAT),
                Nd4j.create(labels, new long[] {n, Cifar10.CLASSES}, 'c'));
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    private static void shuffle(int[] order, RandomGenerator random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
