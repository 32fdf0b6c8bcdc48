package weightinit.simulation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import weightinit.theory.Activation;

/** The ND4J transform that computes each {@link Activation} on an array (a new array; input untouched). */
final class Nd4jActivation {

    private Nd4jActivation() {
    }

    static INDArray apply(Activation activation, INDArray preActivations) {
        return switch (activation) {
            case LINEAR -> preActivations.dup();
            case RELU -> Transforms.relu(preActivations, true);
            case TANH -> Transforms.tanh(preActivations, true);
            case SIGMOID -> Transforms.sigmoid(preActivations, true);
        };
    }
}
