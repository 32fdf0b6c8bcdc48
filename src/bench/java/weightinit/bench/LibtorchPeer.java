package weightinit.bench;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.translate.Batchifier;
import weightinit.training.PaperNetwork;

/**
 * The peer: the paper's network (PaperNetwork's layers: nine sigmoid 3x3 convolutions with same
 * padding, three max pools, a dense softmax output) trained in libtorch through DJL, float32 on
 * the CPU, SGD with lr 1e-4 (DJL's PyTorch engine has no RMSprop; the optimizer is well below 1% of
 * a step either way). Benchmark profile only; never a dependency of the reproduction.
 */
final class LibtorchPeer {

    private LibtorchPeer() {
    }

    static SequentialBlock network() {
        SequentialBlock block = new SequentialBlock();
        int[] channels = PaperNetwork.CHANNELS;
        for (int i = 0; i < channels.length; i++) {
            block.add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                    .setFilters(channels[i]).build());
            block.add(Activation.sigmoidBlock());
            if (i % 3 == 2) {
                block.add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
            }
        }
        return block.add(Blocks.batchFlattenBlock()).add(Linear.builder().setUnits(10).build());
    }

    /** Training images per second over {@code steps} steps of a fixed random batch, after one step. */
    static double imagesPerSecond(int batch, int steps, long expectedParameters) {
        try (Model model = Model.newInstance("paper-network", Device.cpu(), "PyTorch")) {
            model.setBlock(network());
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                    .optOptimizer(Optimizer.sgd().setLearningRateTracker(Tracker.fixed(1e-4f)).build())
                    .optDevices(new Device[] {Device.cpu()});
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(batch, 3, 32, 32));
                long parameters = model.getBlock().getParameters().values().stream()
                        .mapToLong(parameter -> parameter.getArray().size()).sum();
                if (parameters != expectedParameters) {
                    throw new IllegalStateException("the libtorch network has " + parameters
                            + " parameters, the DL4J one " + expectedParameters + ": not the same network");
                }
                NDManager manager = trainer.getManager();
                float[] pixels = new float[batch * 3 * 32 * 32];
                java.util.SplittableRandom random = new java.util.SplittableRandom(1);
                for (int i = 0; i < pixels.length; i++) {
                    pixels[i] = (float) random.nextDouble();
                }
                float[] classes = new float[batch];
                for (int i = 0; i < batch; i++) {
                    classes[i] = i % 10;
                }
                step(trainer, manager, pixels, classes, batch);
                long t = System.nanoTime();
                for (int i = 0; i < steps; i++) {
                    step(trainer, manager, pixels, classes, batch);
                }
                return steps * batch / ((System.nanoTime() - t) / 1e9);
            }
        }
    }

    /** One step on a batch copied in from Java arrays (as a data pipeline feeds it), freed after. */
    private static void step(Trainer trainer, NDManager manager, float[] pixels, float[] classes, int batch) {
        NDManager stepManager = manager.newSubManager();
        NDArray x = stepManager.create(pixels, new Shape(batch, 3, 32, 32));
        NDArray y = stepManager.create(classes);
        try (Batch b = new Batch(stepManager, new NDList(x), new NDList(y), batch, Batchifier.STACK,
                Batchifier.STACK, 0, 0)) {
            EasyTrain.trainBatch(trainer, b);
            trainer.step();
        }
    }
}
