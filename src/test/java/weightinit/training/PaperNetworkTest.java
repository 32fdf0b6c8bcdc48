package weightinit.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.RmsProp;

class PaperNetworkTest {

    @Test
    void theNetworkHasTheScriptsLayersAndParameters() {
        MultiLayerNetwork network = PaperNetwork.create(new ScaledNormalInit(ScaledNormalInit.Rule.XAVIER, false, 1));
        long expected = 0;
        int in = 3;
        for (int out : PaperNetwork.CHANNELS) {
            expected += (9L * in + 1) * out;   // 3x3 kernels and a bias per output channel
            in = out;
        }
        expected += 128L * 4 * 4 * 10 + 10;   // 32 -> 16 -> 8 -> 4 after three poolings
        assertThat(network.numParams()).isEqualTo(expected);
        assertThat(network.getLayers()).hasSize(9 + 3 + 1);
    }

    @Test
    void theConvolutionsRunOnOneDnnWhereTheNativeBuildHasItAndOnDl4jsOwnCodeOtherwise() {
        ScaledNormalInit init = new ScaledNormalInit(ScaledNormalInit.Rule.XAVIER, false, 1);
        assertThat(PaperNetwork.engineOf(PaperNetwork.create(init, PaperNetwork.Engine.BUILT_IN)))
                .isEqualTo(PaperNetwork.Engine.BUILT_IN);
        // the build's default native classifier on x86_64 is ND4J's oneDNN one (pom.xml)
        assumeTrue(System.getProperty("os.arch").matches("amd64|x86_64"), "ND4J has no oneDNN build here");
        assertThat(PaperNetwork.engineOf(PaperNetwork.create(init))).isEqualTo(PaperNetwork.Engine.ONEDNN);
        assertThat(System.getProperty(PaperNetwork.HELPERS_DISABLED_PROPERTY)).isNull();
    }

    @Test
    void aTrainingStepCostsAbout04GflopPerImage() {
        // forward: 1.77 + 2 x 18.87 (32x32) + 9.44 + 2 x 18.87 (16x16) + 9.44 + 2 x 18.87 (8x8) MFLOP + 0.04 dense
        double forward = (1.769472 + 3 * 2 * 18.874368 + 2 * 9.437184 + 0.04096) * 1e6;
        assertThat(PaperNetwork.trainingFlopsPerImage()).isCloseTo(3 * forward, within(1.0));
    }

    @Test
    void theOptimizerIsTheScriptsRmsProp() {
        RmsProp rmsProp = PaperNetwork.optimizer();
        assertThat(rmsProp.getRmsDecay()).isEqualTo(0.9);
        assertThat(rmsProp.getEpsilon()).isEqualTo(1e-8);
        assertThat(rmsProp.getLearningRate(0, 0)).isEqualTo(1e-4);
        assertThat(rmsProp.getLearningRate(1_000_000, 0)).isEqualTo(1e-4 / 2);
    }
}
