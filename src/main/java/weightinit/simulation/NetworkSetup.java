package weightinit.simulation;

import weightinit.theory.Activation;
import weightinit.theory.Require;

/**
 * A deep fully connected network as in Kumar (2017), Section 2: M layers of N nodes, no biases,
 * weights i.i.d. N(0, v^2), inputs to the first layer i.i.d. N(0, inputVariance).
 *
 * @param activation     g
 * @param width          N, nodes per layer (at least 1)
 * @param depth          M, number of layers (at least 1)
 * @param weightVariance v^2 (positive)
 * @param inputVariance  variance of the first layer's inputs (positive)
 */
public record NetworkSetup(Activation activation, int width, int depth, double weightVariance,
                           double inputVariance, Weights weights) {

    /** How the weights are drawn, both with variance v^2. */
    public enum Weights {
        /** N(0, v^2), as the paper assumes. */
        NORMAL,
        /** U[-sqrt(3) v, sqrt(3) v], as Glorot and Bengio draw them. */
        UNIFORM
    }

    /** A network with normal weights, as the paper assumes. */
    public NetworkSetup(Activation activation, int width, int depth, double weightVariance, double inputVariance) {
        this(activation, width, depth, weightVariance, inputVariance, Weights.NORMAL);
    }

    public NetworkSetup {
        if (weights == null) {
            throw new IllegalArgumentException("weight distribution is missing");
        }
        if (activation == null) {
            throw new IllegalArgumentException("activation is missing");
        }
        Require.positive("width N", width);
        Require.positive("depth M", depth);
        Require.positive("weight variance v^2", weightVariance);
        Require.positive("input variance", inputVariance);
    }

    /** N v^2, the factor by which eq. (6) multiplies the second moment of a layer's inputs. */
    public double varianceFactor() {
        return width * weightVariance;
    }
}
