package weightinit.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The sigmoid through tanh is DL4J's sigmoid up to float32 rounding, forward and backward. */
class SigmoidThroughTanhTest {

    /** float32's unit in the last place at 1. */
    private static final double ULP_AT_ONE = Math.ulp(1f);

    @Test
    void theSameFunctionAndDerivativeToAFewUnitsInTheLastPlace() {
        Nd4j.getRandom().setSeed(3);
        INDArray x = Nd4j.randn(DataType.FLOAT, 8, 32, 16, 16).muli(4);   // saturated and linear ranges
        INDArray epsilon = Nd4j.randn(DataType.FLOAT, 8, 32, 16, 16);
        INDArray sigmoid = new ActivationSigmoid().getActivation(x.dup(), true);
        INDArray throughTanh = new SigmoidThroughTanh().getActivation(x.dup(), true);
        // outputs in (0, 1): tanh's rounding (oneDNN: within 2 ulp) halved, plus one rounded addition
        assertThat(sigmoid.sub(throughTanh).amaxNumber().doubleValue()).isLessThanOrEqualTo(2 * ULP_AT_ONE);
        INDArray gradient = new ActivationSigmoid().backprop(x.dup(), epsilon.dup()).getFirst();
        INDArray gradientThroughTanh = new SigmoidThroughTanh().backprop(x.dup(), epsilon.dup()).getFirst();
        // |dL/dx| <= |eps| / 4; a few roundings of numbers of that size
        double scale = epsilon.amaxNumber().doubleValue() / 4;
        assertThat(gradient.sub(gradientThroughTanh).amaxNumber().doubleValue()).isLessThanOrEqualTo(4 * ULP_AT_ONE * scale);
        // and not trivially: the derivative is not zero
        assertThat(gradient.amaxNumber().doubleValue()).isGreaterThan(0.1 * scale);
    }

    @Test
    void theOneDnnEngineUsesItInACopyOfTheConfiguration() {
        var configuration = PaperNetwork.configuration(new ScaledNormalInit(ScaledNormalInit.Rule.XAVIER, false, 1));
        MultiLayerNetwork oneDnn = PaperNetwork.create(configuration, PaperNetwork.Engine.ONEDNN);
        MultiLayerNetwork builtIn = PaperNetwork.create(configuration, PaperNetwork.Engine.BUILT_IN);
        assertThat(activationOfFirstConvolution(oneDnn)).isInstanceOf(SigmoidThroughTanh.class);
        assertThat(activationOfFirstConvolution(builtIn)).isInstanceOf(ActivationSigmoid.class);
        assertThat(((BaseLayer) configuration.getConf(0).getLayer()).getActivationFn()).isInstanceOf(ActivationSigmoid.class);
    }

    private static Object activationOfFirstConvolution(MultiLayerNetwork network) {
        return ((ConvolutionLayer) network.getLayerWiseConfigurations().getConf(0).getLayer()).getActivationFn();
    }
}
