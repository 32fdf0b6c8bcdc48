package weightinit.report;

import java.util.List;

/**
 * One row of the claims ledger: one checked quantity of the paper. The format every section of
 * the reproduction writes to {@code reports/claims.json} and {@code reports/claims.md}.
 *
 * @param claim          stable id, e.g. {@code eq-25}
 * @param source         e.g. "Kumar 2017, eq. (25)"
 * @param statement      the claim in one line
 * @param paperValue     the number the paper prints (null if it prints none)
 * @param exactValue     the exact value (quadrature, root finding), or null
 * @param measuredValue  the Monte Carlo estimate, or null where none applies
 * @param standardError  its standard error, or null
 * @param tolerance      the tolerance of the check the claim is about (the paper's printed digits
 *                       where it prints a number)
 * @param toleranceBasis how each tolerance was derived, in words
 * @param verdict        confirmed, refuted, erratum, not-run or failed
 * @param seed           seed of every random draw behind the row
 * @param scale          sample-size scale, {@code ci} or {@code paper}
 * @param checks         every comparison made, with its own tolerance
 */
public record ClaimRow(String claim, String source, String statement, Double paperValue, Double exactValue,
                       Double measuredValue, Double standardError, Double tolerance, String toleranceBasis,
                       String verdict, long seed, String scale, List<Check> checks) {

    public ClaimRow {
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("a claim row needs a claim id");
        }
        Verdict.of(verdict);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** Whether every check came out as the claim states. */
    public boolean holds() {
        return checks.stream().allMatch(Check::holds);
    }
}
