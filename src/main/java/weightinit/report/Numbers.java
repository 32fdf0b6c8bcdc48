package weightinit.report;

import java.util.Locale;

/** How the ledger and the report print numbers: 6 significant digits, plain or scientific. */
public final class Numbers {

    private Numbers() {
    }

    /** e.g. 0.340845, 2.93388, 1.62000e-07; "-" for null. */
    public static String format(Double x) {
        if (x == null) {
            return "-";
        }
        double a = Math.abs(x);
        if (x == 0 || (a >= 1e-3 && a < 1e6)) {
            return String.format(Locale.ROOT, "%.6g", x);
        }
        return String.format(Locale.ROOT, "%.5e", x);
    }
}
