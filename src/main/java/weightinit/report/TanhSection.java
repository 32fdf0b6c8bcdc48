package weightinit.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import weightinit.numerics.ActivationMoments;
import weightinit.numerics.ConfidenceBound;
import weightinit.numerics.Estimate;
import weightinit.numerics.GaussianExpectation;
import weightinit.numerics.RandomStreams;
import weightinit.simulation.ActivationSampler;
import weightinit.simulation.DeepNetworkSimulation;
import weightinit.simulation.LayerStatistic;
import weightinit.simulation.NetworkMoments;
import weightinit.simulation.NetworkSetup;
import weightinit.theory.Activation;
import weightinit.theory.PrintedValue;
import weightinit.theory.TanhSaturation;

/**
 * The evidence for Kumar (2017), Section 3.1 (sequential saturation with tanh): Glorot and
 * Bengio's uniform weights (variance 1/(3N)), eq. (15), the density (16)-(17) and Figure 1, and
 * the saturation of a deep tanh network falling with depth.
 */
public final class TanhSection {

    /** Level of the goodness-of-fit test of eq. (16) against simulated activations. */
    public static final double FIT_LEVEL = 0.001;
    private static final Activation TANH = Activation.TANH;

    private final RunSettings settings;
    private final GaussianExpectation quadrature = new GaussianExpectation();

    public TanhSection(RunSettings settings) {
        this.settings = settings;
    }

    /**
     * Before eq. (15): U[-1/sqrt(N), 1/sqrt(N)] has variance 1/(3N); checked as N v^2 = 1/{@code printed}
     * by quadrature of w^2 / (2a) over [-a, a] and by Monte Carlo.
     *
     * @param exact      1 / (N v^2) by quadrature
     * @param measured   1 / (N v^2) by Monte Carlo
     * @param closedForm 3, from a^2 / 3
     */
    public record UniformWeights(Estimate exact, Estimate measured, double closedForm) {
    }

    /** Computes 1 / (N v^2) for U[-1/sqrt(N), 1/sqrt(N)] by quadrature, in closed form and by Monte Carlo. */
    public UniformWeights uniformWeights() {
        double a = 1.0;   // N = 1: the variance is a^2 / 3 for a = 1/sqrt(N), i.e. N v^2 = 1/3 at any N
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(8, 1e-14, 1e-15);
        double integral = integrator.integrate(1000, w -> w * w / (2 * a), -a, a);
        Estimate exact = new Estimate(1 / integral, 1e-12);
        RandomGenerator random = RandomStreams.generator(settings.seedFor("uniform weights"));
        int n = (int) Math.min(settings.scale().singleLayerSamples(), Integer.MAX_VALUE);
        double sum = 0;
        double sumFourth = 0;
        for (int i = 0; i < n; i++) {
            double w = a * (2 * random.nextDouble() - 1);
            sum += w * w;
            sumFourth += w * w * w * w;
        }
        double variance = sum / n;
        double se = Math.sqrt((sumFourth / n - variance * variance) / n);
        Estimate measured = new Estimate(variance, se).reciprocal();
        return new UniformWeights(exact, measured, 1 / TanhSaturation.uniformVariance(a));
    }

    /** The printed 1/(3N) against the three routes. */
    public ClaimRow uniformVariance(UniformWeights weights, PrintedValue printed) {
        Estimate exact = weights.exact();
        Estimate measured = weights.measured();
        return Claim.of("sec-3.1-uniform", "Kumar 2017, Section 3.1, before eq. (15)",
                        "U[-1/sqrt(N), 1/sqrt(N)] has variance 1/(" + printed + "N)", settings)
                .paper(printed).exact(exact).measured(measured)
                .check(Check.printedDigits(printed, exact.value()))
                .check(Check.numerical(Evidence.CLOSED_FORM_VS_EXACT, weights.closedForm(), exact))
                .check(Check.monteCarlo(Evidence.MONTE_CARLO_VS_EXACT, measured, exact, Evidence.family(1)))
                .row();
    }

    /**
     * The exact recursion with N v^2 = 1/3 from unit inputs (u_1^2 = 1/3): per hidden layer m the
     * pre-activation variance u_m^2 and the output variance s_{m+1}^2 = Var[tanh(u_m Z)].
     */
    public record Recursion(double[] preActivationVariance, Estimate[] outputVariance) {
    }

    /** Runs the exact recursion for {@code depth} layers. */
    public Recursion recursion(int depth) {
        double[] q = new double[depth];
        Estimate[] s2 = new Estimate[depth];
        double u2 = 1.0 / 3.0;
        for (int m = 0; m < depth; m++) {
            ActivationMoments moments = ActivationMoments.exact(TANH, Math.sqrt(u2), quadrature);
            q[m] = u2;
            s2[m] = moments.variance();
            u2 = moments.secondMoment().value() / 3.0;   // eq. (6) with N v^2 = 1/3
        }
        return new Recursion(q, s2);
    }

    /**
     * Eq. (15): s_{m+1}^2 = (1/3) s_m^2. Exactly the ratio of successive output variances stays
     * below 1/3 (tanh contracts) and tends to it as the variance shrinks; at layer M it must agree
     * with {@code fraction} to 4 significant digits (the first-order error there is about u_M^2).
     */
    public ClaimRow varianceRatio(Recursion recursion, Fraction fraction) {
        int depth = recursion.outputVariance().length;
        Claim claim = Claim.of("eq-15", "Kumar 2017, eq. (15)",
                "s_{m+1}^2 = (" + fraction + ") s_m^2 with weights U[-1/sqrt(N), 1/sqrt(N)] (values: layer " + depth
                        + ")", settings).paperFormula(fraction.value());
        for (int m = 1; m < depth; m++) {
            double ratio = recursion.outputVariance()[m].value() / recursion.outputVariance()[m - 1].value();
            claim.check(new Check("exact ratio s^2 at layer " + (m + 1) + " / layer " + m + " <= " + fraction, ratio,
                    fraction.value(), 1e-12, "tanh contracts: Var[tanh(y)] < Var[y]", true,
                    ratio <= fraction.value() + 1e-12));
            if (m == depth - 1) {
                claim.exact(new Estimate(ratio, 1e-12));
                claim.check(new Check("exact ratio at the last layer vs " + fraction, ratio, fraction.value(),
                        fraction.tolerance(), "4 significant digits; first-order error about u_M^2 = "
                        + Numbers.format(recursion.preActivationVariance()[m]), true,
                        Math.abs(ratio - fraction.value()) <= fraction.tolerance()));
            }
        }
        return claim.row();
    }

    /** A simulated Glorot-and-Bengio tanh network: uniform weights of variance 1/(3N), unit inputs. */
    public record Network(NetworkMoments moments, String label, Map<String, byte[]> charts) {
    }

    /** Simulates the network's first forward pass. */
    public Network network(int width, int depth, Consumer<String> progress) {
        NetworkSetup setup = new NetworkSetup(TANH, width, depth, 1.0 / (3.0 * width), 1.0,
                NetworkSetup.Weights.UNIFORM);
        String label = String.format(Locale.ROOT, "[N=%d,M=%d,uniform]", width, depth);
        NetworkMoments moments = new DeepNetworkSimulation(setup).run(settings.scale().networkBatch(),
                settings.scale().networkReplicates(), settings.seedFor("tanh network " + label), progress);
        Recursion recursion = recursion(depth);
        Estimate[] exactU2 = new Estimate[depth];
        Estimate[] exactShare = new Estimate[depth];
        double threshold = TanhSaturation.inverse(DeepNetworkSimulation.SATURATION);
        for (int m = 0; m < depth; m++) {
            exactU2[m] = new Estimate(recursion.preActivationVariance()[m], 0);
            // P(|tanh(u Z)| > 0.9) = 2 Phi(-atanh(0.9) / u)
            exactShare[m] = new Estimate(2 * new NormalDistribution(null, 0, 1)
                    .cumulativeProbability(-threshold / Math.sqrt(recursion.preActivationVariance()[m])), 0);
        }
        Map<String, byte[]> charts = new LinkedHashMap<>();
        charts.put("Pre-activation variance " + label, new LayerChart("tanh, U[-1/sqrt(N), 1/sqrt(N)] " + label
                + ": u_m^2 per layer", "u_m^2 (log scale)")
                .series("simulated", Evidence.series(moments, LayerStatistic.PRE_ACTIVATION_VARIANCE))
                .series("exact recursion", exactU2).logarithmic().png(900, 500));
        charts.put("Saturation " + label, new LayerChart("tanh " + label + ": share of |x_{m+1}| > 0.9",
                "share").series("simulated", Evidence.series(moments, LayerStatistic.SATURATED_SHARE))
                .series("exact, 2 Phi(-atanh(0.9)/u_m)", exactShare).png(900, 500));
        return new Network(moments, label, charts);
    }

    /**
     * "u_m^2 is a decreasing function of m", measured through the network: at every layer the
     * decrease u_m^2 - u_{m+1}^2 is positive beyond t standard errors of the replicates' differences.
     */
    public ClaimRow decreasingVariance(Network network) {
        return decreasing(network, LayerStatistic.PRE_ACTIVATION_VARIANCE, "sec-3.1-decreasing" + network.label(),
                "u_m^2 is a decreasing function of m (Kumar 2017, after eq. (15))", false);
    }

    /**
     * The saturation claim: the share of activations near +-1 falls with depth: significantly from
     * layer 1 to 2, and never significantly rises.
     */
    public ClaimRow fallingSaturation(Network network) {
        return decreasing(network, LayerStatistic.SATURATED_SHARE, "sec-3.1-saturation" + network.label(),
                "the share of tanh outputs with |x| > 0.9 falls with depth (Kumar 2017, Section 3.1)", true);
    }

    private ClaimRow decreasing(Network network, LayerStatistic statistic, String id, String statement,
                                boolean onlyFirstStrict) {
        NetworkMoments moments = network.moments();
        int depth = moments.depth();
        ConfidenceBound bound = Evidence.family(depth - 1);
        double t = bound.studentQuantile(moments.replicates() - 1);
        Claim claim = Claim.of(id, "Kumar 2017, Section 3.1", statement + " (values: layer 1)", settings)
                .measured(moments.at(statistic, 1));
        for (int m = 1; m < depth; m++) {
            Estimate decrease = moments.decrease(statistic, m);
            boolean strict = !onlyFirstStrict || m == 1;
            double limit = strict ? t * decrease.error() : -t * decrease.error();
            claim.check(new Check((strict ? "decrease from layer " : "no significant rise from layer ") + m + " to "
                    + (m + 1), decrease.value(), limit, t * decrease.error(), String.format(Locale.ROOT,
                    "t(%d) = %.3f standard errors of the replicates' differences, %s family-wise over %d layers",
                    moments.replicates() - 1, t, "99.9%", depth - 1), true,
                    strict ? decrease.value() > limit : decrease.value() >= limit));
        }
        return claim.row();
    }

    /**
     * Eq. (16)-(17) for y ~ N(0, u^2): the density integrates to 1 (adaptive Gauss-Legendre over
     * (-1, 1), the neglected tails bounded exactly), its distribution function matches
     * Phi(atanh(x)/u), and simulated tanh activations fit it (Kolmogorov-Smirnov at level 0.001).
     *
     * @param integral  the integral of eq. (16) over (-1, 1), with its error bound
     * @param lowerHalf the integral up to x = -0.5
     * @param statistic the Kolmogorov-Smirnov distance of the simulated activations
     */
    public record Density(double preActivationStdDev, Estimate integral, Estimate lowerHalf, double lowerHalfClosedForm,
                          double statistic, double pValue, int samples) {
    }

    /** Integrates eq. (16) and tests simulated activations against it. */
    public Density density(double preActivationStdDev) {
        double cut = 1e-12;
        // relative accuracy 1e-8 per piece: near x = 1 - 1e-7 (the mode for u = 2), double precision holds
        // 1 - x to about 1e-9 relative, which is as far as any rule in x can go
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(16, 1e-8, 1e-14);
        // pieces shrinking geometrically towards +-1, where the density peaks for large u (at tanh(2 u^2))
        double[] pieces = new double[2 * 12 + 3];
        for (int k = 0; k < 12; k++) {
            pieces[k] = -1 + Math.pow(10, -12 + k);
            pieces[pieces.length - 1 - k] = 1 - Math.pow(10, -12 + k);
        }
        pieces[12] = -0.5;
        pieces[13] = 0;
        pieces[14] = 0.5;
        NormalDistribution normal = new NormalDistribution(null, 0, preActivationStdDev);
        double tails = 2 * normal.cumulativeProbability(-TanhSaturation.inverse(1 - cut));
        double integral = 0;   // the tails stay in the error bound
        double halfIntegral = tails / 2;   // up to pieces[12] = -0.5
        for (int i = 0; i + 1 < pieces.length; i++) {
            double piece = integrator.integrate(10_000_000, x -> TanhSaturation.density(x, preActivationStdDev),
                    pieces[i], pieces[i + 1]);
            integral += piece;
            if (i < 12) {
                halfIntegral += piece;
            }
        }
        double error = 1e-8 * (pieces.length - 1) + tails;
        double[] sample = new ActivationSampler().draw(TANH, preActivationStdDev, settings.scale().normalitySamples(),
                settings.seedFor("tanh density u=" + preActivationStdDev));
        AbstractRealDistribution law = new AbstractRealDistribution(null) {
            @Override
            public double density(double x) {
                return x <= -1 || x >= 1 ? 0 : TanhSaturation.density(x, preActivationStdDev);
            }

            @Override
            public double cumulativeProbability(double x) {
                return x <= -1 ? 0 : x >= 1 ? 1 : normal.cumulativeProbability(TanhSaturation.inverse(x));
            }

            @Override
            public double getNumericalMean() {
                return 0;
            }

            @Override
            public double getNumericalVariance() {
                return Double.NaN;
            }

            @Override
            public double getSupportLowerBound() {
                return -1;
            }

            @Override
            public double getSupportUpperBound() {
                return 1;
            }

            @Override
            public boolean isSupportLowerBoundInclusive() {
                return false;
            }

            @Override
            public boolean isSupportUpperBoundInclusive() {
                return false;
            }

            @Override
            public boolean isSupportConnected() {
                return true;
            }
        };
        KolmogorovSmirnovTest test = new KolmogorovSmirnovTest();
        double pValue = test.kolmogorovSmirnovTest(law, sample, false);
        double statistic = test.kolmogorovSmirnovStatistic(law, sample);
        return new Density(preActivationStdDev, new Estimate(integral, error), new Estimate(halfIntegral, error),
                normal.cumulativeProbability(TanhSaturation.inverse(-0.5)), statistic, pValue, sample.length);
    }

    /** The density's claims: a density, the right distribution function, fits the simulation. */
    public ClaimRow densityClaim(Density density) {
        double statistic = density.statistic();
        double pValue = density.pValue();
        String label = Numbers.format(density.preActivationStdDev()).replaceAll("\\.?0+$", "");
        return Claim.of("eq-16-17[u=" + label + "]", "Kumar 2017, eq. (16)-(17)",
                        String.format(Locale.ROOT, "the density of tanh(y), y ~ N(0, %s^2), integrates to 1 and fits "
                                + "simulated activations (KS D = %.4f, p = %.3g)", label, statistic, pValue), settings)
                .paperFormula(1.0).exact(density.integral()).measured(new Estimate(statistic, 0))
                .check(Check.numerical("integral of eq. (16) over (-1, 1) vs 1", 1.0, density.integral()))
                .check(Check.numerical("integral of eq. (16) up to -0.5 vs Phi(atanh(-0.5)/u)",
                        density.lowerHalfClosedForm(), density.lowerHalf()))
                .check(new Check("Kolmogorov-Smirnov p-value of simulated tanh activations vs eq. (16)", pValue,
                        FIT_LEVEL, FIT_LEVEL, "n = " + density.samples() + " draws through ND4J's tanh, level " + FIT_LEVEL,
                        true, pValue >= FIT_LEVEL))
                .row();
    }

    /** Figure 1 regenerated: eq. (16) for several u_m, with a histogram of simulated activations. */
    public byte[] figure1(List<Double> scales) {
        CurveChart chart = new CurveChart("Figure 1: density of tanh(y), y ~ N(0, u_m^2), eq. (16)", "x = tanh(y)",
                "f(x)");
        for (double u : scales) {
            chart.curve("u_m = " + Numbers.format(u).replaceAll("\\.?0+$", ""), x -> TanhSaturation.density(x, u),
                    -1, 1, 400);
        }
        double last = scales.get(scales.size() - 1);
        chart.histogram("simulated, u_m = " + Numbers.format(last).replaceAll("\\.?0+$", ""),
                new ActivationSampler().draw(TANH, last, settings.scale().normalitySamples(),
                        settings.seedFor("figure 1")), -1, 1, 80);
        return chart.png(900, 560);
    }

    /**
     * Figure 1's shapes: for each u_m, f has its mode at 0 exactly when u_m^2 &lt; 1/2 (f'(x) = 0 at
     * x = 0 has f''(0) &lt; 0 iff 2 - 1/u^2 &lt; 0), and otherwise its modes near +-1; the smallest u_m is
     * near normal (f falls away from 0), the largest bimodal (f rises towards 1).
     */
    public ClaimRow figure1Shapes(List<Double> scales) {
        Claim claim = Claim.of("fig-1", "Kumar 2017, Figure 1 and Section 3.1",
                "tanh activations are near normal for small u_m and bimodal near +-1 for large u_m", settings);
        for (double u : scales) {
            double centre = TanhSaturation.density(0, u);
            double beside = TanhSaturation.density(0.1, u);
            boolean modeAtZero = centre > beside;
            claim.check(new Check(String.format(Locale.ROOT, "u_m = %s: f(0) %s f(0.1)", u, u * u < 0.5 ? ">" : "<"),
                    centre, beside, 0, "mode at 0 exactly when u_m^2 < 1/2", true, modeAtZero == (u * u < 0.5)));
        }
        double small = scales.get(0);
        double large = scales.get(scales.size() - 1);
        claim.check(new Check("u_m = " + small + ": f(0) > f(0.5) > f(0.9)", TanhSaturation.density(0.5, small),
                TanhSaturation.density(0, small), 0, "unimodal at 0", true, TanhSaturation.density(0, small)
                > TanhSaturation.density(0.5, small) && TanhSaturation.density(0.5, small)
                > TanhSaturation.density(0.9, small)));
        claim.check(new Check("u_m = " + large + ": f(0) < f(0.9) < f(0.99)", TanhSaturation.density(0.9, large),
                TanhSaturation.density(0, large), 0, "mass piles up near +-1", true, TanhSaturation.density(0, large)
                < TanhSaturation.density(0.9, large) && TanhSaturation.density(0.9, large)
                < TanhSaturation.density(0.99, large)));
        return claim.row();
    }

    /** A fraction printed as p/q, compared to 4 significant digits. */
    public record Fraction(String text, double value, double tolerance) {

        /** Parses "1/3". */
        public static Fraction parse(String text) {
            String[] parts = text.trim().split("/");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                double value = Double.parseDouble(parts[0]) / Double.parseDouble(parts[1]);
                if (!Double.isFinite(value)) {
                    throw new NumberFormatException();
                }
                return new Fraction(text.trim(), value, 5e-5 * Math.abs(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fraction '" + text + "' is not of the form p/q");
            }
        }

        @Override
        public String toString() {
            return text;
        }
    }

}
