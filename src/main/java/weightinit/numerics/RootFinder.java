package weightinit.numerics;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/** Roots of scalar equations by Brent's method (Commons Math), with the achieved accuracy. */
public final class RootFinder {

    private static final double ABSOLUTE_ACCURACY = 1e-13;
    private static final double RELATIVE_ACCURACY = 1e-15;
    private static final int MAX_EVALUATIONS = 500;

    /**
     * The root of f in [lower, upper], where f changes sign.
     *
     * @return the root, with the solver's absolute accuracy as its error
     * @throws IllegalArgumentException when f does not change sign on the bracket
     */
    public Estimate root(DoubleUnaryOperator f, double lower, double upper) {
        double fl = f.applyAsDouble(lower);
        double fu = f.applyAsDouble(upper);
        if (Math.signum(fl) == Math.signum(fu)) {
            throw new IllegalArgumentException("no sign change on [" + lower + ", " + upper + "]: f = " + fl
                    + " and " + fu);
        }
        BrentSolver solver = new BrentSolver(RELATIVE_ACCURACY, ABSOLUTE_ACCURACY);
        double root = solver.solve(MAX_EVALUATIONS, f::applyAsDouble, lower, upper);
        return new Estimate(root, ABSOLUTE_ACCURACY + RELATIVE_ACCURACY * Math.abs(root));
    }

    /**
     * The root of f in [lower, upper] where f itself is only known to within fError (a quadrature,
     * say): the error adds fError(root) / |f'(root)|, the shift of the root that f's error allows
     * (f' by a central difference).
     */
    public Estimate root(DoubleUnaryOperator f, DoubleUnaryOperator fError, double lower, double upper) {
        Estimate root = root(f, lower, upper);
        double x = root.value();
        double h = 1e-4 * Math.max(Math.abs(x), 1e-3);
        double slope = (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
        return new Estimate(x, root.error() + fError.applyAsDouble(x) / Math.abs(slope));
    }
}
