package weightinit.numerics;

import java.util.function.DoubleUnaryOperator;

/** Numerical derivatives by Richardson-extrapolated central differences, with an error estimate. */
public final class Differentiation {

    private static final double STEP = 1e-3;

    private Differentiation() {
    }

    /**
     * f'(x) from central differences at steps h and h/2, Richardson-extrapolated. The error
     * estimate is |D(h) - D(h/2)| plus rounding (f's size times 1e-16 / h): it bounds the
     * extrapolated value's error whenever the differences converge at least linearly in h, which
     * covers activations whose second derivative jumps at x (softsign, ELU at 0), where the
     * extrapolation's own error is of order h rather than h^4.
     */
    public static Estimate slope(DoubleUnaryOperator f, double x) {
        double coarse = (f.applyAsDouble(x + STEP) - f.applyAsDouble(x - STEP)) / (2 * STEP);
        double h = STEP / 2;
        double fine = (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
        double extrapolated = (4 * fine - coarse) / 3;
        double rounding = 1e-16 * (Math.abs(f.applyAsDouble(x)) + 1) / h;
        return new Estimate(extrapolated, Math.abs(coarse - fine) + rounding);
    }
}
