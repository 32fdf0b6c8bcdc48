package weightinit.numerics;

import weightinit.theory.ActivationFunction;

/**
 * Exact moments of x = g(y), y ~ N(0, u^2), by {@link GaussianExpectation}: the numerical route,
 * independent of the paper's closed forms.
 *
 * @param preActivationStdDev u
 * @param mean                mu = E[g(y)]
 * @param secondMoment        E[g(y)^2]
 * @param variance            s^2 = E[g(y)^2] - mu^2, its error propagated from both terms
 */
public record ActivationMoments(double preActivationStdDev, Estimate mean, Estimate secondMoment,
                                Estimate variance) {

    /** The exact moments of g(y) for y ~ N(0, u^2). */
    public static ActivationMoments exact(ActivationFunction activation, double preActivationStdDev,
                                          GaussianExpectation expectation) {
        double[] kinks = activation.nonDifferentiablePoints();
        Estimate mean = expectation.of(activation, preActivationStdDev, kinks);
        Estimate second = expectation.of(y -> {
            double x = activation.applyAsDouble(y);
            return x * x;
        }, preActivationStdDev, kinks);
        double variance = second.value() - mean.value() * mean.value();
        double error = second.error() + 2 * Math.abs(mean.value()) * mean.error()
                + 4 * Math.ulp(Math.max(second.value(), 1e-300));
        return new ActivationMoments(preActivationStdDev, mean, second, new Estimate(variance, error));
    }
}
