package weightinit.report;

import weightinit.numerics.ConfidenceBound;
import weightinit.numerics.Estimate;
import weightinit.theory.PrintedValue;

/**
 * One comparison behind a claim: a value from one route (the paper's print, its closed form, a
 * Monte Carlo run) against a reference (usually the exact value), with the tolerance and how it
 * was derived. Tolerances come from the paper's printed digits, the numerics' own error, or a
 * Monte Carlo standard error, never from a run's outcome.
 *
 * @param route     what is compared, e.g. "paper vs exact"
 * @param value     the value under test
 * @param reference what it is compared with
 * @param tolerance the largest |value - reference| that counts as agreement
 * @param basis     how the tolerance was derived, in words
 * @param expected  whether agreement is what the claim states (false for an erratum's print)
 * @param holds     whether the check came out as the claim states
 */
public record Check(String route, double value, double reference, double tolerance, String basis,
                    boolean expected, boolean holds) {

    /** |value - reference|. */
    public double deviation() {
        return Math.abs(value - reference);
    }

    /** The paper's printed number agrees with the exact value to its printed digits. */
    public static Check printedDigits(PrintedValue printed, double exact) {
        return agreement("paper vs exact", printed.value(), exact, printed.halfUnit(),
                "half a unit in the last printed digit of " + printed.text());
    }

    /**
     * The paper's printed number disagrees with the exact value beyond its printed digits: an
     * erratum. Holds only if it really disagrees.
     */
    public static Check printedDigitsDisagree(PrintedValue printed, double exact) {
        double tolerance = printed.halfUnit();
        boolean agrees = Math.abs(printed.value() - exact) <= tolerance;
        return new Check("paper vs exact (erratum)", printed.value(), exact, tolerance,
                "half a unit in the last printed digit of " + printed.text() + "; an erratum must lie outside it",
                false, !agrees);
    }

    /**
     * A value the paper derives (not prints) that must lie outside the tolerance of the exact one,
     * for an erratum: holds only if it really does.
     */
    public static Check outside(String route, double value, double reference, double tolerance, String basis) {
        return new Check(route, value, reference, tolerance, basis, false, Math.abs(value - reference) > tolerance);
    }

    /** An inequality the evidence must show: value &lt; bound. */
    public static Check lessThan(String route, double value, double bound) {
        return new Check(route, value, bound, 0, "strict inequality " + route, true, value < bound);
    }

    /** A closed form, evaluated in double precision, against an exact value with a numerical error. */
    public static Check numerical(String route, double value, Estimate exact) {
        double tolerance = exact.error() + 16 * Math.ulp(Math.abs(value));
        return agreement(route, value, exact.value(), tolerance,
                "numerical error of the exact route (" + format(exact.error()) + ") + 16 ulp of the closed form");
    }

    /**
     * A Monte Carlo estimate against the exact value: |measured - exact| &lt;= q SE + exact error,
     * with q the normal quantile of the family-wise confidence level.
     */
    public static Check monteCarlo(String route, Estimate measured, Estimate exact, ConfidenceBound bound) {
        double quantile = bound.normalQuantile();
        return monteCarlo(route, measured, exact, quantile, String.format(
                "%s SE x z = %.3f (two-sided, %s family-wise over %d comparisons, Bonferroni)",
                format(measured.error()), quantile, percent(bound), bound.comparisons()));
    }

    /**
     * As {@link #monteCarlo(String, Estimate, Estimate, ConfidenceBound)} for a mean over R replicates
     * whose SE is itself estimated: Student's t with R - 1 degrees of freedom.
     */
    public static Check monteCarlo(String route, Estimate measured, Estimate exact, ConfidenceBound bound,
                                   int replicates) {
        double quantile = bound.studentQuantile(replicates - 1);
        return monteCarlo(route, measured, exact, quantile, String.format(
                "%s SE x t(%d) = %.3f (two-sided, %s family-wise over %d comparisons, Bonferroni; "
                        + "SE from %d independent replicates)",
                format(measured.error()), replicates - 1, quantile, percent(bound), bound.comparisons(), replicates));
    }

    private static Check monteCarlo(String route, Estimate measured, Estimate exact, double quantile,
                                    String basis) {
        double tolerance = quantile * measured.error() + exact.error();
        return agreement(route, measured.value(), exact.value(), tolerance, basis);
    }

    private static Check agreement(String route, double value, double reference, double tolerance, String basis) {
        return new Check(route, value, reference, tolerance, basis, true,
                Math.abs(value - reference) <= tolerance);
    }

    private static String percent(ConfidenceBound bound) {
        return new java.math.BigDecimal(100 * bound.confidence()).round(new java.math.MathContext(6))
                .stripTrailingZeros().toPlainString() + "%";
    }

    static String format(double x) {
        return Numbers.format(x);
    }
}
