package weightinit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import weightinit.numerics.ActivationMoments;
import weightinit.numerics.Differentiation;
import weightinit.numerics.Estimate;
import weightinit.numerics.GaussianExpectation;
import weightinit.numerics.VarianceMap;
import weightinit.simulation.ActivationSampler;
import weightinit.simulation.SampleMoments;
import weightinit.theory.Activation;
import weightinit.theory.DifferentiableActivations;
import weightinit.theory.PrintedValue;

/**
 * The evidence for Kumar (2017), Section 3 (eq. (8)-(12), (14), (19)) and for the exact variance
 * map beyond it: the paper's first-order formula against the exact variance-preserving and
 * critical initializations, and PyTorch's gains.
 */
public final class DifferentiableSection {

    /** Eq. (12) "preserves the variance" if its N v^2 is the exact one to two significant digits. */
    static final double AGREEMENT = 0.05;
    private static final double[] SHRINKING_SCALES = {1, 0.3, 0.1, 0.03, 0.01};
    /** At u = 0.01 a first-order expansion must be within 5% (it errs by O(u) at worst). */
    private static final double FIRST_ORDER_LIMIT = 0.05;

    private final RunSettings settings;
    private final GaussianExpectation quadrature = new GaussianExpectation();

    public DifferentiableSection(RunSettings settings) {
        this.settings = settings;
    }

    /**
     * Everything about one activation: numerical g(0) and g'(0), eq. (12)'s N v^2, the exact
     * variance-preserving N v^2 (if any), where eq. (12)'s N v^2 leads the variance map, the critical
     * N v^2 (chi = 1), and one Monte Carlo layer at eq. (12)'s N v^2 fed unit-variance inputs.
     */
    public record Analysis(Activation activation, Estimate valueAtZero, Estimate slopeAtZero, double formulaFactor,
                           Optional<Estimate> exactFactor, VarianceMap.FixedPoint formulaFixedPoint,
                           double formulaFixedPointVariance, Optional<Double> criticalFactor,
                           ActivationMoments firstLayerExact, SampleMoments firstLayerMeasured) {
    }

    /**
     * The expansion point of eq. (8): g(0), and g'(0) by numerical differentiation.
     *
     * @throws IllegalStateException naming the activation when it is not differentiable at 0
     */
    public record Expansion(Activation activation, Estimate valueAtZero, Estimate slopeAtZero) {
    }

    /** Computes g(0) and g'(0) for an activation differentiable at 0. */
    public Expansion expand(Activation activation) {
        activation.slopeAtZero();   // fails, naming the activation, when g is not differentiable at 0
        return new Expansion(activation, new Estimate(activation.applyAsDouble(0), Math.ulp(1.0)),
                Differentiation.slope(activation, 0));
    }

    /** Analyses an activation differentiable at 0. */
    public Analysis analyse(Activation activation) {
        Expansion expansion = expand(activation);
        Estimate value = expansion.valueAtZero();
        Estimate slope = expansion.slopeAtZero();
        double factor = DifferentiableActivations.varianceFactor(activation);
        VarianceMap map = new VarianceMap(activation, quadrature);
        VarianceMap.FixedPoint point = map.fixedPoint(factor, factor);
        double pointVariance = point.outcome() == VarianceMap.FixedPoint.Outcome.CONVERGED
                || point.outcome() == VarianceMap.FixedPoint.Outcome.NEUTRAL
                ? map.moments(point.preActivationVariance()).variance().value() : 0.0;
        ActivationMoments first = map.moments(factor);   // unit-variance inputs: u_1^2 = N v^2
        SampleMoments measured = new ActivationSampler().sample(activation, Math.sqrt(factor),
                settings.scale().singleLayerSamples(), settings.seedFor("eq-12 first layer " + activation));
        return new Analysis(activation, value, slope, factor, map.variancePreservingFactor(), point, pointVariance,
                map.criticalFactor(), first, measured);
    }

    /** Eq. (8): g(0) and g'(0) as the table states them, against g itself (numerical derivative). */
    public ClaimRow expansionPoint(Expansion analysis, PrintedValue valueAtZero, PrintedValue slopeAtZero) {
        return Claim.of("eq-8[" + analysis.activation() + "]", "Kumar 2017, eq. (8)",
                        "g(0) = " + valueAtZero + " and g'(0) = " + slopeAtZero + " for " + analysis.activation(),
                        settings)
                .paper(slopeAtZero).exact(analysis.slopeAtZero())
                .check(Check.printedDigits(slopeAtZero, analysis.slopeAtZero().value()))
                .check(Check.printedDigits(valueAtZero, analysis.valueAtZero().value()))
                .check(Check.numerical("closed-form g'(0) vs numerical derivative",
                        analysis.activation().slopeAtZero(), analysis.slopeAtZero()))
                .row();
    }

    /** One-sided difference quotients of g at 0, with step 1e-6. */
    public record OneSidedSlopes(Activation activation, double left, double right) {
    }

    /** Computes g's one-sided slopes at 0. */
    public OneSidedSlopes slopes(Activation activation) {
        double h = 1e-6;
        return new OneSidedSlopes(activation, (activation.applyAsDouble(0) - activation.applyAsDouble(-h)) / h,
                (activation.applyAsDouble(h) - activation.applyAsDouble(0)) / h);
    }

    /**
     * Section 3's condition: g is differentiable at 0. For ReLU, leaky ReLU and SELU the one-sided
     * slopes at 0 (numerical, one-sided Richardson differences) differ, so eq. (8)-(12) do not apply.
     */
    public ClaimRow notDifferentiable(OneSidedSlopes slopes) {
        Activation activation = slopes.activation();
        double left = slopes.left();
        double right = slopes.right();
        double tolerance = 1e-3;   // one-sided differences err by O(h) g'' ~ 1e-6 here
        return Claim.of("sec-3-condition[" + activation + "]", "Kumar 2017, Section 3 and 4",
                        String.format(Locale.ROOT, "%s is not differentiable at 0: slope %.4f on the left, %.4f on the "
                                + "right, so eq. (8)-(12) do not apply", activation, left, right), settings)
                .measured(new Estimate(right - left, 0))
                .check(new Check("right slope - left slope at 0", right - left, 0, tolerance,
                        "one-sided differences with h = 1e-6 err by about h |g''|, far below 1e-3", false,
                        Math.abs(right - left) > tolerance))
                .check(new Check("the library marks it not differentiable at 0", activation.differentiableAtZero() ? 1 : 0,
                        0, 0, "Activation.differentiableAtZero()", true, !activation.differentiableAtZero()))
                .row();
    }

    /**
     * Eq. (9)-(11): mu_{m+1} = g(0) and s_{m+1}^2 = g'(0)^2 u_m^2 to first order; the exact moments
     * approach them as u shrinks (relative error of the variance decreasing, below 5% at u = 0.01).
     */
    public ClaimRow firstOrder(Activation activation) {
        Claim claim = Claim.of("eq-9-11[" + activation + "]", "Kumar 2017, eq. (9)-(11)",
                "first order: mu = g(0), s^2 = g'(0)^2 u^2; exact moments converge to it as u -> 0", settings);
        double previous = Double.POSITIVE_INFINITY;
        double last = Double.NaN;
        for (double u : SHRINKING_SCALES) {
            ActivationMoments exact = ActivationMoments.exact(activation, u, quadrature);
            double approximate = DifferentiableActivations.outputVariance(activation, u * u);
            double relative = Math.abs(exact.variance().value() - approximate) / approximate;
            double meanError = Math.abs(exact.mean().value() - DifferentiableActivations.outputMean(activation));
            claim.check(new Check(String.format(Locale.ROOT, "relative error of eq. (11) at u = %s no larger than "
                    + "at the previous u", u), relative, previous, 0, "monotone convergence", true,
                    relative <= previous * (1 + 1e-9) + 1e-12));
            claim.check(new Check(String.format(Locale.ROOT, "error of eq. (9) at u = %s below u", u), meanError, u,
                    0, "the mean's first-order error is O(u^2)", true, meanError < u));
            previous = relative;
            last = relative;
            if (u == SHRINKING_SCALES[SHRINKING_SCALES.length - 1]) {
                claim.exact(exact.variance()).paperFormula(approximate);
            }
        }
        claim.check(new Check("relative error of eq. (11) at u = 0.01", last, 0, FIRST_ORDER_LIMIT,
                "below 5%: a first-order expansion errs by O(u) at worst", true, last <= FIRST_ORDER_LIMIT));
        return claim.row();
    }

    /**
     * Eq. (12): N v^2 = 1 / (g'(0)^2 (1 + g(0)^2)), printed in the table as {@code printed}, and
     * whether it preserves the variance: it does if the exact variance-preserving N v^2 exists and
     * agrees to two significant digits ({@code stated} confirmed), it does not otherwise (refuted).
     */
    public ClaimRow formula(Analysis analysis, PrintedValue printed, Verdict stated) {
        Activation g = analysis.activation();
        double formula = analysis.formulaFactor();
        Claim claim = Claim.of("eq-12[" + g + "]", "Kumar 2017, eq. (12)", statement(analysis), settings)
                .paper(printed).stating(stated)
                .measured(analysis.firstLayerMeasured().variance())
                .check(Check.printedDigits(printed, formula));
        if (analysis.exactFactor().isPresent()) {
            Estimate exact = analysis.exactFactor().get();
            claim.exact(exact);
            double ratio = formula / exact.value();
            boolean agrees = Math.abs(ratio - 1) <= AGREEMENT;
            claim.check(new Check("eq. (12) N v^2 / exact variance-preserving N v^2", ratio, 1.0, AGREEMENT,
                    "two significant digits (5%); " + (stated == Verdict.CONFIRMED ? "must agree" : "must differ"),
                    stated == Verdict.CONFIRMED, stated == Verdict.CONFIRMED ? agrees : !agrees));
        } else {
            claim.check(new Check("no N v^2 gives s^2 = 1 (sup of Var[g(u Z)] below 1)", 0, 1, 0,
                    "Var[g(u Z)] < 1 for all u in [1e-4, 100]", false, stated == Verdict.REFUTED));
        }
        claim.check(Check.monteCarlo("Monte Carlo vs exact: s^2 of one layer at eq. (12)'s N v^2, unit inputs",
                analysis.firstLayerMeasured().variance(), analysis.firstLayerExact().variance(), Evidence.family(1)));
        return claim.row();
    }

    /** Eq. (14): for tanh v = 1/sqrt(N) (printed {@code printed} times 1/sqrt(N)). */
    public ClaimRow tanh(Analysis analysis, PrintedValue printed) {
        return standardDeviation("eq-14", "Kumar 2017, eq. (14)", analysis, printed);
    }

    /** Eq. (19): for sigmoid v = 3.6/sqrt(N). */
    public ClaimRow sigmoid(Analysis analysis, PrintedValue printed) {
        return standardDeviation("eq-19", "Kumar 2017, eq. (19)", analysis, printed);
    }

    private ClaimRow standardDeviation(String id, String source, Analysis analysis, PrintedValue printed) {
        double formula = Math.sqrt(analysis.formulaFactor());
        Estimate numerical = new Estimate(formula, 1e-12);
        return Claim.of(id, source, "eq. (12) for " + analysis.activation() + ": v sqrt(N) = " + printed + "; "
                        + statement(analysis), settings)
                .paper(printed).exact(numerical)
                .check(Check.printedDigits(printed, formula))
                .check(Check.numerical("eq. (12) from the numerical g(0), g'(0) vs closed form", Math.sqrt(1.0
                        / (analysis.slopeAtZero().value() * analysis.slopeAtZero().value()
                        * (1 + analysis.valueAtZero().value() * analysis.valueAtZero().value()))),
                        new Estimate(formula, 4 * analysis.slopeAtZero().error() / analysis.slopeAtZero().value()
                                * formula + 1e-12)))
                .row();
    }

    /**
     * The exact initializations of an activation.
     *
     * @param variancePreserving the N v^2 that keeps s^2 = 1, if one does
     * @param critical           the N v^2 with chi = 1 at its fixed point, if one has it
     */
    public record Initialization(Activation activation, Optional<Estimate> variancePreserving,
                                 Optional<Double> critical) {
    }

    /** Solves the exact variance map of {@code activation} for both. */
    public Initialization solve(Activation activation) {
        VarianceMap map = new VarianceMap(activation, quadrature);
        return new Initialization(activation, map.variancePreservingFactor(), map.criticalFactor());
    }

    /**
     * Beyond the paper: the exact variance-preserving N v^2, the critical N v^2 (chi = 1) and
     * PyTorch's gain^2 for any activation, checked against closed forms where they are known
     * ({@code known} null where none is).
     */
    public ClaimRow exactInitialization(Initialization solved, PrintedValue knownPreserving,
                                        PrintedValue knownCritical) {
        Activation activation = solved.activation();
        Optional<Estimate> preserving = solved.variancePreserving();
        Optional<Double> critical = solved.critical();
        String gain = activation.pytorchGain().isPresent()
                ? Numbers.format(activation.pytorchGain().getAsDouble() * activation.pytorchGain().getAsDouble())
                : "none";
        Claim claim = Claim.of("exact-init[" + activation + "]", "beyond the paper: exact variance map",
                String.format(Locale.ROOT, "%s: variance-preserving N v^2 = %s, critical N v^2 = %s, PyTorch gain^2 = %s",
                        activation, preserving.map(e -> Numbers.format(e.value())).orElse("none"),
                        critical.map(Numbers::format).orElse("none"), gain), settings);
        preserving.ifPresent(claim::exact);
        List<Check> checks = new ArrayList<>();
        if (knownPreserving != null) {
            claim.paper(knownPreserving);
            checks.add(preserving.map(e -> Check.printedDigits(knownPreserving, e.value()))
                    .orElse(new Check("variance-preserving N v^2 exists", 0, knownPreserving.value(), 0,
                            "known closed form " + knownPreserving, true, false)));
        }
        if (knownCritical != null) {
            checks.add(critical.map(c -> Check.printedDigits(knownCritical, c))
                    .orElse(new Check("critical N v^2 exists", 0, knownCritical.value(), 0,
                            "known closed form " + knownCritical, true, false)));
        }
        if (checks.isEmpty()) {
            checks.add(new Check("computed (no closed form to compare with)", preserving.map(Estimate::value)
                    .orElse(0.0), 0, 0, "reported only", true, true));
        }
        checks.forEach(claim::check);
        return claim.row();
    }

    private static String statement(Analysis a) {
        String exact = a.exactFactor().map(e -> "the exact variance-preserving N v^2 is " + Numbers.format(e.value())
                + " (ratio " + Numbers.format(a.formulaFactor() / e.value()) + ")")
                .orElse("no N v^2 keeps s^2 = 1 (Var[" + a.activation() + "] stays below 1)");
        String leads = switch (a.formulaFixedPoint().outcome()) {
            case CONVERGED -> "eq. (12)'s N v^2 leads to u^2 -> " + Numbers.format(a.formulaFixedPoint()
                    .preActivationVariance()) + ", s^2 -> " + Numbers.format(a.formulaFixedPointVariance());
            case NEUTRAL -> "eq. (12)'s N v^2 keeps every variance";
            case VANISHED -> "eq. (12)'s N v^2 makes the variance vanish with depth";
            case EXPLODED -> "eq. (12)'s N v^2 makes the variance explode with depth";
        };
        return "N v^2 = 1 / (g'(0)^2 (1 + g(0)^2)) = " + Numbers.format(a.formulaFactor()) + "; " + exact + "; "
                + leads + "; critical N v^2 (chi = 1) " + a.criticalFactor().map(Numbers::format).orElse("none");
    }
}
