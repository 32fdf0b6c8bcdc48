package weightinit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import weightinit.numerics.ConfidenceBound;
import weightinit.theory.Activation;

class ExactVarianceInitTest {

    @Test
    void reluGetsHesGainAndTanhXaviersCriticalOne() {
        assertThat(ExactVarianceInit.gainOf(Activation.RELU, ExactVarianceInit.Criterion.VARIANCE_PRESERVING))
                .isCloseTo(2.0, within(1e-9));
        assertThat(ExactVarianceInit.gainOf(Activation.TANH, ExactVarianceInit.Criterion.CRITICAL))
                .isCloseTo(1.0, within(1e-3));
        assertThatThrownBy(() -> new ExactVarianceInit(Activation.TANH,
                ExactVarianceInit.Criterion.VARIANCE_PRESERVING, 1)).hasMessageContaining("tanh");
    }

    @Test
    void aDl4jNetworkDrawsItsWeightsWithTheExactVariance() {
        int fanIn = 400;
        ExactVarianceInit init = new ExactVarianceInit(Activation.RELU,
                ExactVarianceInit.Criterion.VARIANCE_PRESERVING, 7);
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().weightInit(init).list()
                .layer(new DenseLayer.Builder().nIn(fanIn).nOut(fanIn)
                        .activation(org.nd4j.linalg.activations.Activation.RELU).build())
                .layer(new DenseLayer.Builder().nIn(fanIn).nOut(fanIn)
                        .activation(org.nd4j.linalg.activations.Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(fanIn).nOut(1)
                        .activation(org.nd4j.linalg.activations.Activation.IDENTITY).build())
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        INDArray first = network.getLayer(0).getParam("W");
        INDArray second = network.getLayer(1).getParam("W");
        // sample variance of n = 160,000 N(0, v^2) draws: SE = v^2 sqrt(2/n); 99.9% over 2 layers (Bonferroni)
        double expected = 2.0 / fanIn;
        double tolerance = new ConfidenceBound(0.999, 2).normalQuantile() * expected * Math.sqrt(2.0 / first.length());
        assertThat(first.varNumber().doubleValue()).isCloseTo(expected, within(tolerance));
        assertThat(second.varNumber().doubleValue()).isCloseTo(expected, within(tolerance));
        assertThat(first).isNotEqualTo(second);
        assertThat(MultiLayerConfiguration.fromJson(conf.toJson())).isEqualTo(conf);
    }
}
