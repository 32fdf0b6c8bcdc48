package weightinit.report;

/** The outcome of one claim of the paper, as the claims ledger records it. */
public enum Verdict {
    /** The paper's statement holds: every route agrees within its tolerance. */
    CONFIRMED("confirmed"),
    /** The evidence contradicts the paper; the scenario checks what is observed instead. */
    REFUTED("refuted"),
    /** The paper's printed number disagrees with the exact one beyond its printed precision. */
    ERRATUM("erratum"),
    /** The claim could not be run (a missing data set, say); the reason is recorded. */
    NOT_RUN("not-run"),
    /** A check of the scenario did not hold: the scenario is red. */
    FAILED("failed");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The ledger's spelling, e.g. {@code not-run}. */
    public String label() {
        return label;
    }

    /** The verdict spelled {@code label}. */
    public static Verdict of(String label) {
        for (Verdict verdict : values()) {
            if (verdict.label.equals(label)) {
                return verdict;
            }
        }
        throw new IllegalArgumentException("unknown verdict '" + label + "'; known: confirmed, refuted, erratum, "
                + "not-run, failed");
    }

    @Override
    public String toString() {
        return label;
    }
}
