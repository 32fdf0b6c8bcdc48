package weightinit.training;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import weightinit.numerics.RandomStreams;

/**
 * The random streams of one weight initializer: each layer it initializes takes the next stream
 * derived from the seed, so equal-shaped layers get independent weights (Kumar 2017, Proposition 1),
 * and the same seed gives the same weights.
 */
final class LayerStreams implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long seed;
    private final long mixer;
    private final AtomicLong layers = new AtomicLong();

    /** @param mixer an odd constant that spreads the stream number over the seed's bits */
    LayerStreams(long seed, long mixer) {
        this.seed = seed;
        this.mixer = mixer;
    }

    /** The generator for the next layer. */
    RandomGenerator next() {
        return RandomStreams.generator(seed ^ (mixer * (layers.getAndIncrement() + 1)));
    }

    /** Writes {@code values} into DL4J's parameter view and returns it in the layer's shape. */
    static INDArray fill(INDArray paramView, double[] values, long[] shape, char order) {
        paramView.assign(Nd4j.create(values, paramView.shape(), paramView.dataType()));
        return paramView.reshape(order, shape);
    }
}
