package weightinit.training;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.schedule.InverseSchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/**
 * The network and optimizer of Kumar (2017), Figure 2-3, as the author's script builds them
 * ({@code ../shared/paper/reference-script-facts.md}): nine sigmoid 3x3 convolutions, stride 1,
 * same padding, with bias (32-32-32, max pool 2x2, 64-64-64, pool, 128-128-128, pool), a dense
 * softmax output of 10; categorical cross-entropy; RMSprop in the Keras 2 form
 * p -= lr g / (sqrt(a) + eps), a = rho a + (1 - rho) g^2, with rho 0.9 (DL4J's default is 0.95),
 * eps 1e-8, lr 1e-4 decayed as lr / (1 + 1e-6 iteration).
 */
public final class PaperNetwork {

    public static final double LEARNING_RATE = 1e-4;
    public static final double LEARNING_RATE_DECAY = 1e-6;
    public static final double RHO = 0.9;
    public static final double EPSILON = 1e-8;
    public static final int[] CHANNELS = {32, 32, 32, 64, 64, 64, 128, 128, 128};

    private PaperNetwork() {
    }

    /**
     * Floating-point operations of one training step per image, counted: each 3x3 convolution with
     * same padding costs 2 x 9 x C_in x C_out x H x W multiply-adds forward (H x W = 32 x 32, then
     * 16 x 16 and 8 x 8 after each pool), the dense output 2 x 2048 x 10; backward costs twice the
     * forward (input gradient and weight gradient). Activations, pooling and the optimizer (below
     * 1% here) are not counted. About 0.40 GFLOP.
     */
    public static double trainingFlopsPerImage() {
        double forward = 0;
        int in = 3;
        int side = 32;
        for (int i = 0; i < CHANNELS.length; i++) {
            forward += 2.0 * 9 * in * CHANNELS[i] * side * side;
            in = CHANNELS[i];
            if (i % 3 == 2) {
                side /= 2;
            }
        }
        forward += 2.0 * in * side * side * 10;
        return 3 * forward;
    }

    /** The script's RMSprop: Keras 2 form, rho 0.9, eps 1e-8, lr 1e-4 / (1 + 1e-6 t). */
    public static RmsProp optimizer() {
        return RmsProp.builder()
                .learningRateSchedule(new InverseSchedule(ScheduleType.ITERATION, LEARNING_RATE, LEARNING_RATE_DECAY, 1))
                .rmsDecay(RHO).epsilon(EPSILON).build();
    }

    /** The configuration, every weight drawn by {@code init} (biases 0, as in Keras). */
    public static MultiLayerConfiguration configuration(IWeightInit init) {
        return configuration(init, optimizer());
    }

    /** The same network with another optimizer (benchmarks compare like with like: libtorch via DJL has no RMSprop). */
    public static MultiLayerConfiguration configuration(IWeightInit init, IUpdater updater) {
        // CacheMode.DEVICE: each convolution keeps its pre-activations from the forward pass for the
        // backward pass instead of computing the convolution again (same numbers, about 15% faster)
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .dataType(DataType.FLOAT).updater(updater).weightInit(init).biasInit(0.0)
                .cacheMode(CacheMode.DEVICE).list();
        int layer = 0;
        for (int i = 0; i < CHANNELS.length; i++) {
            list.layer(layer++, new ConvolutionLayer.Builder(3, 3).stride(1, 1).nOut(CHANNELS[i])
                    .convolutionMode(ConvolutionMode.Same).activation(Activation.SIGMOID).build());
            if (i % 3 == 2) {
                list.layer(layer++, new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .kernelSize(2, 2).stride(2, 2).build());
            }
        }
        list.layer(layer, new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(10)
                .activation(Activation.SOFTMAX).build());
        return list.setInputType(InputType.convolutional(32, 32, 3)).build();
    }

    /**
     * Which implementation of the same layers DL4J runs. The maths is the same; the order of
     * float32 reductions differs (a test shows the metrics agree to that noise).
     */
    public enum Engine {
        /**
         * ND4J's oneDNN convolution and pooling, and the sigmoid through oneDNN's tanh
         * ({@link SigmoidThroughTanh}); needs the oneDNN native build (docs/speed.md).
         */
        ONEDNN,
        /** DL4J 1.0.0-M2.1's defaults: its own im2col + GEMM convolution (helpers off). */
        BUILT_IN
    }

    /** DL4J's switch for its layer helpers, read when each layer is built ("true" unless set). */
    static final String HELPERS_DISABLED_PROPERTY = "org.eclipse.deeplearning4j.helpers.disable";

    /** A new, initialized network on the oneDNN engine where the native build has it. */
    public static MultiLayerNetwork create(IWeightInit init) {
        return create(init, Engine.ONEDNN);
    }

    /**
     * A new, initialized network whose layers run on {@code engine}. DL4J decides per layer, when
     * the layer is built, from a system property; it is set for this call and restored after.
     */
    public static MultiLayerNetwork create(IWeightInit init, Engine engine) {
        return create(configuration(init), engine);
    }

    /**
     * A new, initialized network of {@code configuration} whose layers run on {@code engine}. On the
     * oneDNN engine the convolutions' sigmoid is computed as the same function through oneDNN's tanh
     * ({@link SigmoidThroughTanh}), in a copy of the configuration.
     */
    public static MultiLayerNetwork create(MultiLayerConfiguration configuration, Engine engine) {
        MultiLayerConfiguration used = configuration;
        if (engine == Engine.ONEDNN) {
            used = configuration.clone();
            for (NeuralNetConfiguration layer : used.getConfs()) {
                if (layer.getLayer() instanceof ConvolutionLayer convolution
                        && convolution.getActivationFn() instanceof ActivationSigmoid) {
                    convolution.setActivationFn(new SigmoidThroughTanh());
                }
            }
        }
        MultiLayerNetwork network = new MultiLayerNetwork(used);
        synchronized (PaperNetwork.class) {
            String before = System.getProperty(HELPERS_DISABLED_PROPERTY);
            System.setProperty(HELPERS_DISABLED_PROPERTY, Boolean.toString(engine == Engine.BUILT_IN));
            try {
                network.init();
            } finally {
                if (before == null) {
                    System.clearProperty(HELPERS_DISABLED_PROPERTY);
                } else {
                    System.setProperty(HELPERS_DISABLED_PROPERTY, before);
                }
            }
        }
        return network;
    }

    /** The engine the network's convolutions actually run on (oneDNN only if every one has it). */
    public static Engine engineOf(MultiLayerNetwork network) {
        boolean all = true;
        for (Layer layer : network.getLayers()) {
            if (layer instanceof org.deeplearning4j.nn.layers.convolution.ConvolutionLayer && layer.getHelper() == null) {
                all = false;
            }
        }
        return all ? Engine.ONEDNN : Engine.BUILT_IN;
    }
}
