package weightinit.simulation;

import weightinit.numerics.Estimate;

/**
 * Monte Carlo moments of i.i.d. samples, each with its standard error.
 *
 * @param sampleSize   n
 * @param mean         sample mean, SE sqrt(m2c / n)
 * @param secondMoment mean of x^2, SE sqrt((m4 - m2^2) / n)
 * @param variance     sample variance, SE sqrt((mu4 - mu2^2) / n) (delta method)
 */
public record SampleMoments(long sampleSize, Estimate mean, Estimate secondMoment, Estimate variance) {

    /** Moments from raw power sums S_k = sum x^k, k = 1..4, over n i.i.d. samples. */
    static SampleMoments fromPowerSums(long n, double s1, double s2, double s3, double s4) {
        double m1 = s1 / n;
        double m2 = s2 / n;
        double m3 = s3 / n;
        double m4 = s4 / n;
        double mu2 = m2 - m1 * m1;
        double mu4 = m4 - 4 * m1 * m3 + 6 * m1 * m1 * m2 - 3 * m1 * m1 * m1 * m1;
        double variance = mu2 * n / (n - 1.0);
        return new SampleMoments(n,
                new Estimate(m1, Math.sqrt(Math.max(mu2, 0) / n)),
                new Estimate(m2, Math.sqrt(Math.max(m4 - m2 * m2, 0) / n)),
                new Estimate(variance, Math.sqrt(Math.max(mu4 - mu2 * mu2, 0) / n)));
    }
}
