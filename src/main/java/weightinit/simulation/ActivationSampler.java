package weightinit.simulation;

import java.util.random.RandomGenerator;
import org.nd4j.linalg.api.ndarray.INDArray;
import weightinit.theory.Activation;
import weightinit.theory.Require;

/**
 * Monte Carlo of one layer's output: draws y ~ N(0, u^2) ({@link Seeds}), applies g with ND4J, and
 * returns the moments of x = g(y) with their standard errors (float64 throughout).
 */
public final class ActivationSampler {

    private static final int CHUNK = 1 << 20;

    /**
     * @param activation          g
     * @param preActivationStdDev u (positive)
     * @param sampleSize          number of draws (at least 2)
     * @param seed                seed of ND4J's generator for these draws
     */
    public SampleMoments sample(Activation activation, double preActivationStdDev, long sampleSize, long seed) {
        Require.positive("pre-activation standard deviation u", preActivationStdDev);
        if (sampleSize < 2) {
            throw new IllegalArgumentException("sample size must be at least 2, got " + sampleSize);
        }
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        RandomGenerator random = Seeds.generator(seed);
        for (long done = 0; done < sampleSize; done += CHUNK) {
            int size = (int) Math.min(CHUNK, sampleSize - done);
            INDArray y = Seeds.gaussian(random, preActivationStdDev, size);
            INDArray x = Nd4jActivation.apply(activation, y);
            INDArray x2 = x.mul(x);
            s1 += x.sumNumber().doubleValue();
            s2 += x2.sumNumber().doubleValue();
            s3 += x2.mul(x).sumNumber().doubleValue();
            s4 += x2.mul(x2).sumNumber().doubleValue();
        }
        return SampleMoments.fromPowerSums(sampleSize, s1, s2, s3, s4);
    }

    /** The draws of x = g(y), y ~ N(0, u^2), themselves (for goodness-of-fit tests). */
    public double[] draw(Activation activation, double preActivationStdDev, int sampleSize, long seed) {
        Require.positive("pre-activation standard deviation u", preActivationStdDev);
        Require.positive("sample size", sampleSize);
        return Nd4jActivation.apply(activation, Seeds.gaussian(Seeds.generator(seed), preActivationStdDev, sampleSize))
                .toDoubleVector();
    }
}
