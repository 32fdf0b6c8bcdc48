package weightinit.training;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.BaseActivationFunction;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The logistic sigmoid of Kumar (2017), computed through tanh, as the same function:
 * sigma(x) = (1 + tanh(x / 2)) / 2, sigma'(x) = (1 - tanh(x / 2)^2) / 4.
 *
 * <p>Why: ND4J 1.0.0-M2.1 computes {@code sigmoid} and {@code sigmoid_bp} element by element
 * without vectorisation (27% of a training step's op time, docs/speed.md), while its oneDNN build
 * routes the {@code tanh} and {@code tanh_bp} ops to oneDNN (3-4x faster on 2^20 floats). The
 * halvings and quarterings are exact in binary floating point, so the result differs from
 * DL4J's sigmoid only by the rounding of tanh and of one addition: at most a few units in the last
 * place of float32 ({@code SigmoidThroughTanhTest}). Used with {@link PaperNetwork.Engine#ONEDNN}.
 */
public final class SigmoidThroughTanh extends BaseActivationFunction {

    /** sigma(x), in place. */
    @Override
    public INDArray getActivation(INDArray in, boolean training) {
        in.muli(0.5);
        Nd4j.exec(DynamicCustomOp.builder("tanh").addInputs(in).addOutputs(in).build());
        return in.muli(0.5).addi(0.5);
    }

    /** dL/dx = dL/dsigma * (1 - tanh(x / 2)^2) / 4, in place in {@code in}; no parameters. */
    @Override
    public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
        assertShape(in, epsilon);
        in.muli(0.5);
        Nd4j.exec(DynamicCustomOp.builder("tanh_bp").addInputs(in, epsilon).addOutputs(in).build());
        return new Pair<>(in.muli(0.25), null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigmoidThroughTanh;
    }

    @Override
    public int hashCode() {
        return SigmoidThroughTanh.class.hashCode();
    }

    @Override
    public String toString() {
        return "sigmoid(x) = (1 + tanh(x/2))/2";
    }
}
