package weightinit.numerics;

import java.util.Arrays;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import weightinit.theory.Require;

/**
 * E[f(u Z)] for Z ~ N(0, 1), by composite Gauss-Legendre quadrature (Commons Math) of
 * f(u z) phi(z) over |z| &lt;= {@value #Z_MAX}, with panels split at the points where f is not
 * smooth (so a kink such as ReLU's at 0 costs no accuracy).
 *
 * <p>The error estimate is the difference between the rule of order {@value #ORDER} and that of
 * order {@value #COARSE_ORDER} on the same panels, plus the Gaussian mass beyond the cut-off
 * (below 1e-57, for integrands that grow at most polynomially).
 */
public final class GaussianExpectation {

    /** Half-width of the integration range in standard deviations. */
    public static final double Z_MAX = 16.0;
    static final int ORDER = 24;
    static final int COARSE_ORDER = 12;
    private static final double PANEL_WIDTH = 1.0;
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);

    private final GaussIntegratorFactory factory = new GaussIntegratorFactory();

    /**
     * E[f(u Z)], Z ~ N(0, 1).
     *
     * @param f                  the integrand, a function of the pre-activation y = u z
     * @param standardDeviation  u (positive)
     * @param nonSmoothPoints    values of y where f or its derivatives jump
     */
    public Estimate of(DoubleUnaryOperator f, double standardDeviation, double... nonSmoothPoints) {
        Require.positive("standard deviation u", standardDeviation);
        TreeSet<Double> cuts = new TreeSet<>();
        cuts.add(-Z_MAX);
        cuts.add(Z_MAX);
        Arrays.stream(nonSmoothPoints).map(y -> y / standardDeviation)
                .filter(z -> Math.abs(z) < Z_MAX).forEach(cuts::add);
        double fine = 0;
        double coarse = 0;
        Double previous = null;
        for (double cut : cuts) {
            if (previous != null) {
                int panels = (int) Math.ceil((cut - previous) / PANEL_WIDTH);
                double width = (cut - previous) / panels;
                for (int p = 0; p < panels; p++) {
                    double a = previous + p * width;
                    double b = p == panels - 1 ? cut : a + width;
                    fine += integrate(ORDER, a, b, f, standardDeviation);
                    coarse += integrate(COARSE_ORDER, a, b, f, standardDeviation);
                }
            }
            previous = cut;
        }
        double ulpFloor = 64 * Math.ulp(Math.abs(fine));
        return new Estimate(fine, Math.abs(fine - coarse) + ulpFloor);
    }

    private double integrate(int order, double a, double b, DoubleUnaryOperator f, double u) {
        GaussIntegrator rule = factory.legendre(order, a, b);
        return rule.integrate(z -> f.applyAsDouble(u * z) * INV_SQRT_2PI * Math.exp(-0.5 * z * z));
    }
}
