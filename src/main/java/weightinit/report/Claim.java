package weightinit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import weightinit.numerics.Estimate;
import weightinit.theory.PrintedValue;

/**
 * Collects the routes and checks behind one claim and turns them into a {@link ClaimRow}. The
 * verdict is the one the scenario states (confirmed, erratum, refuted) when every check comes
 * out as the claim states, and {@code failed} otherwise.
 */
public final class Claim {

    private final String id;
    private final String source;
    private final String statement;
    private final RunSettings settings;
    private final List<Check> checks = new ArrayList<>();
    private Double paper;
    private Estimate exact;
    private Estimate measured;
    private Verdict stated = Verdict.CONFIRMED;

    private Claim(String id, String source, String statement, RunSettings settings) {
        this.id = id;
        this.source = source;
        this.statement = statement;
        this.settings = settings;
    }

    /** A claim with a stable id such as {@code eq-22}, its source and one-line statement. */
    public static Claim of(String id, String source, String statement, RunSettings settings) {
        return new Claim(id, source, statement, settings);
    }

    /** The number the paper prints. */
    public Claim paper(PrintedValue value) {
        this.paper = value.value();
        return this;
    }

    /** The value of the paper's formula, where it prints a formula rather than a number. */
    public Claim paperFormula(double value) {
        this.paper = value;
        return this;
    }

    /** The exact value. */
    public Claim exact(Estimate value) {
        this.exact = value;
        return this;
    }

    /** The Monte Carlo estimate. */
    public Claim measured(Estimate value) {
        this.measured = value;
        return this;
    }

    /** The verdict the scenario states when all checks hold (default confirmed). */
    public Claim stating(Verdict verdict) {
        this.stated = verdict;
        return this;
    }

    /** Adds a comparison; the first one added is the one the claim is about. */
    public Claim check(Check check) {
        checks.add(check);
        return this;
    }

    /** The ledger row. */
    public ClaimRow row() {
        if (checks.isEmpty()) {
            throw new IllegalStateException("claim " + id + " has no check: nothing would be verified");
        }
        boolean holds = checks.stream().allMatch(Check::holds);
        String basis = checks.stream().map(c -> c.route() + ": " + c.basis()).collect(Collectors.joining("; "));
        return new ClaimRow(id, source, statement,
                paper,
                exact == null ? null : exact.value(),
                measured == null ? null : measured.value(),
                measured == null ? null : measured.error(),
                checks.get(0).tolerance(), basis,
                (holds ? stated : Verdict.FAILED).label(), settings.seed(), settings.scale().label(), checks);
    }
}
