package weightinit.spec;

/** The u of "a pre-activation y ~ N(0, u^2)", shared by the sections' steps within one scenario. */
public class PreActivationScale {

    private double standardDeviation = Double.NaN;

    public double standardDeviation() {
        if (Double.isNaN(standardDeviation)) {
            throw new IllegalStateException("no pre-activation scale u was given in this scenario");
        }
        return standardDeviation;
    }

    void set(double u) {
        this.standardDeviation = u;
    }
}
