package weightinit.numerics;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import weightinit.theory.Require;

/**
 * Two-sided confidence bounds for comparing an estimate with a known value, corrected for
 * many comparisons by Bonferroni: each of k comparisons is made at level alpha / k, so the
 * chance that any of them fails by chance alone is at most alpha = 1 - confidence.
 *
 * @param confidence  family-wise confidence level, e.g. 0.99
 * @param comparisons number k of comparisons in the family (at least 1)
 */
public record ConfidenceBound(double confidence, int comparisons) {

    public ConfidenceBound {
        Require.probability("confidence level", confidence);
        Require.positive("number of comparisons", comparisons);
    }

    /** Per-comparison two-sided tail probability alpha / k. */
    public double perComparisonLevel() {
        return (1 - confidence) / comparisons;
    }

    /** Quantile z with P(|Z| &gt; z) = alpha / k for a standard normal Z. */
    public double normalQuantile() {
        return new NormalDistribution(0, 1).inverseCumulativeProbability(1 - perComparisonLevel() / 2);
    }

    /**
     * Quantile t with P(|T| &gt; t) = alpha / k for Student's T with the given degrees of freedom
     * (for a mean over few replicates whose standard deviation is itself estimated).
     */
    public double studentQuantile(int degreesOfFreedom) {
        Require.positive("degrees of freedom", degreesOfFreedom);
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(1 - perComparisonLevel() / 2);
    }
}
