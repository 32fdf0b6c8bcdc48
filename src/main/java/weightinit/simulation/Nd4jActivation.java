package weightinit.simulation;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.api.ops.impl.transforms.strict.ATan;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Erf;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.SoftSign;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import weightinit.theory.Activation;

/** The ND4J transforms that compute each {@link Activation} on an array (a new array; input untouched). */
final class Nd4jActivation {

    private static final double LEAKY_SLOPE = 0.01;
    private static final double SELU_LAMBDA = 1.0507009873554804934193349852946;
    private static final double SELU_ALPHA = 1.6732632423543772848170429916717;

    private Nd4jActivation() {
    }

    static INDArray apply(Activation activation, INDArray y) {
        return switch (activation) {
            case LINEAR -> y.dup();
            case RELU -> Transforms.relu(y, true);
            case LEAKY_RELU -> Transforms.leakyRelu(y, LEAKY_SLOPE, true);
            case TANH -> Transforms.tanh(y, true);
            case SIGMOID -> Transforms.sigmoid(y, true);
            case SOFTSIGN -> Transforms.softsign(y, true);
            case ARCTAN -> Transforms.atan(y, true);
            case ERF -> erf(y);
            case SILU -> y.mul(Transforms.sigmoid(y, true));
            case GELU -> y.mul(erf(y.div(Math.sqrt(2))).addi(1).muli(0.5));
            case ELU -> Transforms.elu(y, true);
            case SELU -> {
                INDArray positive = Transforms.relu(y, true);
                INDArray negative = Transforms.elu(y, true).subi(positive);   // e^y - 1 where y < 0, else 0
                yield positive.addi(negative.muli(SELU_ALPHA)).muli(SELU_LAMBDA);
            }
        };
    }

    /**
     * g(y) written into {@code out} (same shape and type as y; y untouched): the same numbers as
     * {@link #apply}, without a fresh array for the activations computed in place.
     */
    static INDArray applyInto(Activation activation, INDArray y, INDArray out) {
        switch (activation) {
            case LINEAR -> out.assign(y);
            // one pass from y into out: the transforms' own ops, given both arrays
            case RELU -> Nd4j.exec(new RectifiedLinear(y, out, 0.0));
            case LEAKY_RELU -> Nd4j.exec(new LeakyReLU(y, out, LEAKY_SLOPE));
            case TANH -> Nd4j.exec(new Tanh(y, out));
            case SIGMOID -> Nd4j.exec(new Sigmoid(y, out));
            case SOFTSIGN -> Nd4j.exec(new SoftSign(y, out));
            case ARCTAN -> Nd4j.exec(new ATan(y, out));
            case ELU -> Transforms.elu(out.assign(y), false);
            case ERF, SILU, GELU, SELU -> {
                INDArray fresh = apply(activation, y);
                out.assign(fresh);
                fresh.close();
            }
        }
        return out;
    }

    /**
     * g'(y) written into {@code out} (no temporaries), given y and x = g(y), for the activations
     * whose backward pass is simulated.
     *
     * @throws IllegalArgumentException naming an activation without one here
     */
    static INDArray derivativeInto(Activation activation, INDArray y, INDArray x, INDArray out) {
        switch (activation) {
            case LINEAR -> out.assign(1.0);
            case RELU -> Nd4j.exec(new Step(y, out, 0.0));   // 1 where y > 0, else 0
            case TANH -> out.assign(x).muli(x).rsubi(1.0);
            case SIGMOID -> out.assign(x).rsubi(1.0).muli(x);
            default -> throw new IllegalArgumentException("no backward pass for " + activation
                    + "; simulated: linear, relu, tanh, sigmoid");
        }
        return out;
    }

    private static INDArray erf(INDArray y) {
        INDArray out = y.ulike();
        Nd4j.getExecutioner().exec(new Erf(y, out));
        return out;
    }
}
