package weightinit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Session;
import org.tensorflow.framework.optimizers.GradientDescent;
import org.tensorflow.framework.optimizers.Optimizer;
import org.tensorflow.framework.optimizers.RMSProp;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.types.TFloat32;

/**
 * The second peer: the paper's network (nine sigmoid 3x3 convolutions with same padding, three
 * max pools, a dense softmax output) as a TensorFlow graph through TensorFlow Java 1.1.0, float32
 * on the CPU, NHWC (TensorFlow's CPU layout), trained with SGD or RMSprop (TensorFlow's own
 * RMSProp: lr 1e-4, decay 0.9, no momentum, epsilon 1e-8) from TensorFlow Java's framework.
 * Benchmark profile only; never a dependency of the reproduction.
 *
 * <p>Runs in a JVM of its own, started by {@link Benchmarks} after the other figures: TensorFlow
 * Java 1.1.0 needs JavaCPP 1.5.11, and ND4J 1.0.0-M2.1 does not load with it (nor TensorFlow with
 * ND4J's 1.5.7), so the two cannot share a class path. Nothing here touches ND4J or DL4J: the
 * channels and the parameter count of the DL4J network come as arguments.
 */
public final class TensorflowPeer {

    private static final int SIDE = 32;
    private static final int CLASSES = 10;

    private TensorflowPeer() {
    }

    /**
     * Prints TensorFlow's version ({@code version <v>}), then one line per figure, {@code figure <sgd|rmsprop> <batch> <images/s>...}, with one timed
     * value per repetition after one warm-up run.
     *
     * @param args repetitions, the DL4J network's parameter count, its channels (comma-separated)
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("arguments: <repetitions> <parameters> <channels, comma-separated>");
        }
        int repetitions = Integer.parseInt(args[0]);
        long parameters = Long.parseLong(args[1]);
        int[] channels = java.util.Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray();
        System.out.println("version " + org.tensorflow.TensorFlow.version());
        for (boolean rmsProp : new boolean[] {false, true}) {
            for (int batch : new int[] {32, 128}) {
                int steps = batch == 32 ? 30 : 8;
                imagesPerSecond(channels, batch, steps, parameters, rmsProp);
                StringBuilder line = new StringBuilder("figure " + (rmsProp ? "rmsprop " : "sgd ") + batch);
                for (int r = 0; r < repetitions; r++) {
                    line.append(' ').append(imagesPerSecond(channels, batch, steps, parameters, rmsProp));
                }
                System.out.println(line);
            }
        }
    }

    /** Training images per second over {@code steps} steps of a fixed random batch, after one step. */
    static double imagesPerSecond(int[] channels, int batch, int steps, long expectedParameters, boolean rmsProp) {
        try (Graph graph = new Graph()) {
            Ops tf = Ops.create(graph);
            Placeholder<TFloat32> images = tf.placeholder(TFloat32.class,
                    Placeholder.shape(Shape.of(batch, SIDE, SIDE, 3)));
            Placeholder<TFloat32> labels = tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(batch, CLASSES)));
            SplittableRandom random = new SplittableRandom(1);
            List<Long> parameters = new ArrayList<>();
            Operand<TFloat32> x = images;
            int in = 3;
            int side = SIDE;
            for (int i = 0; i < channels.length; i++) {
                int out = channels[i];
                Variable<TFloat32> w = variable(tf, random, Math.sqrt(1.0 / (9 * in)), parameters, 3, 3, in, out);
                Variable<TFloat32> b = variable(tf, random, 0, parameters, out);
                x = tf.math.sigmoid(tf.nn.biasAdd(tf.nn.conv2d(x, w, List.of(1L, 1L, 1L, 1L), "SAME"), b));
                if (i % 3 == 2) {
                    x = tf.nn.maxPool(x, tf.constant(new int[] {1, 2, 2, 1}), tf.constant(new int[] {1, 2, 2, 1}), "VALID");
                    side /= 2;
                }
                in = out;
            }
            int features = side * side * in;
            Operand<TFloat32> flat = tf.reshape(x, tf.constant(new long[] {batch, features}));
            Variable<TFloat32> w = variable(tf, random, Math.sqrt(1.0 / features), parameters, features, CLASSES);
            Variable<TFloat32> b = variable(tf, random, 0, parameters, CLASSES);
            Operand<TFloat32> logits = tf.math.add(tf.linalg.matMul(flat, w), b);
            Operand<TFloat32> loss = tf.math.mean(tf.nn.softmaxCrossEntropyWithLogits(logits, labels).loss(),
                    tf.constant(0));
            long count = parameters.stream().mapToLong(Long::longValue).sum();
            if (count != expectedParameters) {
                throw new IllegalStateException("the TensorFlow network has " + count
                        + " parameters, the DL4J one " + expectedParameters + ": not the same network");
            }
            Optimizer optimizer = rmsProp ? new RMSProp(graph, 1e-4f, 0.9f, 0f, 1e-8f, false)
                    : new GradientDescent(graph, 1e-4f);
            Op train = optimizer.minimize(loss);
            float[] pixels = new float[batch * SIDE * SIDE * 3];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (float) random.nextDouble();
            }
            float[] oneHot = new float[batch * CLASSES];
            for (int i = 0; i < batch; i++) {
                oneHot[i * CLASSES + i % CLASSES] = 1f;
            }
            try (Session session = new Session(graph)) {
                session.initialize();
                step(session, train, images, labels, pixels, oneHot, batch);
                long t = System.nanoTime();
                for (int i = 0; i < steps; i++) {
                    step(session, train, images, labels, pixels, oneHot, batch);
                }
                return steps * batch / ((System.nanoTime() - t) / 1e9);
            }
        }
    }

    /** One step on a batch copied in from Java arrays (as a data pipeline feeds it), freed after. */
    private static void step(Session session, Op train, Placeholder<TFloat32> images, Placeholder<TFloat32> labels,
                             float[] pixels, float[] oneHot, int batch) {
        try (TFloat32 x = TFloat32.tensorOf(Shape.of(batch, SIDE, SIDE, 3), DataBuffers.of(pixels, true, false));
             TFloat32 y = TFloat32.tensorOf(Shape.of(batch, CLASSES), DataBuffers.of(oneHot, true, false))) {
            session.runner().feed(images, x).feed(labels, y).addTarget(train).run();
        }
    }

    /** A variable initialised with N(0, stdDev^2) draws (zeros for stdDev 0); its size is added to the count. */
    private static Variable<TFloat32> variable(Ops tf, SplittableRandom random, double stdDev, List<Long> parameters,
                                               long... shape) {
        Shape s = Shape.of(shape);
        float[] values = new float[Math.toIntExact(s.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (stdDev * nextGaussian(random));
        }
        parameters.add(s.size());
        return tf.variable(tf.constant(s, DataBuffers.of(values, true, false)));
    }

    private static double nextGaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
