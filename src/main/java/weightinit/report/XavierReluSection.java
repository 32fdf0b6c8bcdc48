package weightinit.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import weightinit.numerics.ActivationMoments;
import weightinit.numerics.ConfidenceBound;
import weightinit.numerics.Estimate;
import weightinit.numerics.GaussianExpectation;
import weightinit.simulation.ActivationSampler;
import weightinit.simulation.DeepNetworkSimulation;
import weightinit.simulation.LayerStatistic;
import weightinit.simulation.NetworkMoments;
import weightinit.simulation.NetworkSetup;
import weightinit.simulation.SampleMoments;
import weightinit.theory.Activation;
import weightinit.theory.PrintedValue;
import weightinit.theory.Require;
import weightinit.theory.XavierReluDecay;

/**
 * The evidence for Kumar (2017), Section 4.2 (Xavier's v^2 = 1/N with ReLU, eq. (26)-(30), the
 * printed s_22^2 and s_30^2, the 22- versus 30-layer discussion, Figure 4), by three routes: the
 * paper's recursions and closed forms ({@link XavierReluDecay}), the exact recursion by
 * quadrature, and Monte Carlo of single layers and of the lecture's 10-layer network.
 */
public final class XavierReluSection {

    private static final Activation RELU = Activation.RELU;

    private final RunSettings settings;
    private final GaussianExpectation quadrature = new GaussianExpectation();

    public XavierReluSection(RunSettings settings) {
        this.settings = settings;
    }

    /**
     * The exact recursion (26)-(28) by quadrature, from inputs of mean 0 and variance 1: for each
     * hidden layer m = 1..M the squared mean mu_m^2, the variance s_m^2 and E[x_m^2], each with its
     * numerical error carried through the layers; and Monte Carlo of one layer at u = 1.
     */
    public record Recursion(Estimate[] squaredMean, Estimate[] variance, Estimate[] secondMoment,
                            SampleMoments unitLayer) {

        /** s_m^2 of hidden layer m (1-based). */
        public Estimate varianceAt(int layer) {
            return variance[layer - 1];
        }
    }

    /** Runs the exact recursion for {@code depth} hidden layers and samples one layer at u = 1. */
    public Recursion recursion(int depth) {
        Require.positive("depth M", depth);
        Estimate[] squaredMean = new Estimate[depth];
        Estimate[] variance = new Estimate[depth];
        Estimate[] secondMoment = new Estimate[depth];
        double u2 = 1.0;       // eq. (26) at the input: s^2 + mu^2 = 1 + 0
        double u2Error = 0.0;
        for (int m = 1; m <= depth; m++) {
            ActivationMoments layer = ActivationMoments.exact(RELU, Math.sqrt(u2), quadrature);
            // moments scale with u^2 for ReLU: an error e in u^2 moves them by (moment / u^2) e
            Estimate mu2 = layer.mean().squared();
            squaredMean[m - 1] = new Estimate(mu2.value(), mu2.error() + mu2.value() / u2 * u2Error);
            variance[m - 1] = new Estimate(layer.variance().value(),
                    layer.variance().error() + layer.variance().value() / u2 * u2Error);
            double next = squaredMean[m - 1].value() + variance[m - 1].value();   // eq. (26), next layer
            u2Error = squaredMean[m - 1].error() + variance[m - 1].error();
            secondMoment[m - 1] = new Estimate(next, u2Error);
            u2 = next;
        }
        SampleMoments unit = new ActivationSampler().sample(RELU, 1.0, settings.scale().singleLayerSamples(),
                settings.seedFor("xavier relu single layer"));
        return new Recursion(squaredMean, variance, secondMoment, unit);
    }

    /** Eq. (27): mu_{m+1}^2 = (s_m^2 + mu_m^2) / (2 pi), approximately {@code printed} (0.16) times it. */
    public ClaimRow squaredMeanCoefficient(Recursion recursion, PrintedValue printed) {
        return coefficient("eq-27", "Kumar 2017, eq. (27)",
                "mu_{m+1}^2 = (s_m^2 + mu_m^2) / (2 pi) with v^2 = 1/N, printed " + printed, printed,
                recursion.squaredMean()[0], XavierReluDecay.nextSquaredMean(1, 0),
                recursion.unitLayer().mean().squared());
    }

    /** Eq. (28): s_{m+1}^2 = approximately {@code printed} (0.34) (s_m^2 + mu_m^2). */
    public ClaimRow varianceCoefficient(Recursion recursion, PrintedValue printed) {
        return coefficient("eq-28", "Kumar 2017, eq. (28)",
                "s_{m+1}^2 = (1/2 - 1/(2 pi)) (s_m^2 + mu_m^2) with v^2 = 1/N, printed " + printed, printed,
                recursion.variance()[0], XavierReluDecay.nextVariance(1, 0), recursion.unitLayer().variance());
    }

    /** A coefficient of the recursion at u_1^2 = 1: printed, closed form, exact and measured. */
    private ClaimRow coefficient(String id, String source, String statement, PrintedValue printed, Estimate exact,
                                 double closedForm, Estimate measured) {
        return Claim.of(id, source, statement, settings)
                .paper(printed).exact(exact).measured(measured)
                .check(Check.printedDigits(printed, exact.value()))
                .check(Check.numerical(Evidence.CLOSED_FORM_VS_EXACT, closedForm, exact))
                .check(Check.monteCarlo(Evidence.MONTE_CARLO_VS_EXACT, measured, exact, Evidence.family(1)))
                .row();
    }

    /**
     * Eq. (29)-(30): the decay per layer is printed {@code printed} (0.51); exactly it is
     * 1/(2 pi) + 1/2 - 1/(2 pi) = 1/2, since E[x_{m+1}^2] = u_m^2 / 2. An erratum if they differ.
     */
    public ClaimRow decayPerLayer(Recursion recursion, PrintedValue printed) {
        Estimate exact = new Estimate(recursion.secondMoment()[1].value() / recursion.secondMoment()[0].value(),
                2 * (recursion.secondMoment()[0].error() + recursion.secondMoment()[1].error()));
        Estimate measured = recursion.unitLayer().secondMoment();   // E[x^2] / u^2 at u = 1
        return Claim.of("eq-29-30-decay", "Kumar 2017, eq. (29)-(30)",
                        "mu_m^2 and s_m^2 shrink by 1/2 per layer (E[x_{m+1}^2] = u_m^2 / 2), printed " + printed,
                        settings)
                .paper(printed).exact(exact).measured(measured).stating(Verdict.ERRATUM)
                .check(Check.printedDigitsDisagree(printed, exact.value()))
                .check(Check.numerical(Evidence.CLOSED_FORM_VS_EXACT, XavierReluDecay.DECAY_PER_LAYER, exact))
                .check(Check.monteCarlo(Evidence.MONTE_CARLO_VS_EXACT, measured, exact, Evidence.family(1)))
                .row();
    }

    /**
     * The printed s_m^2 (1.62e-7 at m = 22, 6.33e-10 at m = 30) against the exact recursion: the
     * paper evaluates 0.34 x 0.5^(m-1), with the rounded 0.34 (and 0.5, not its own 0.51).
     */
    public ClaimRow printedVariance(Recursion recursion, int layer, PrintedValue printed) {
        Estimate exact = recursion.varianceAt(layer);
        double asPrinted = XavierReluDecay.printedVariance(layer);
        return Claim.of("eq-30-s2-" + layer, "Kumar 2017, after eq. (30)",
                        String.format(Locale.ROOT, "s_%d^2 printed %s; eq. (30) as printed gives %.3g, "
                                + "0.34 x 0.5^%d gives %.3g", layer, printed, asPrinted, layer - 1,
                                0.34 * Math.pow(0.5, layer - 1)), settings)
                .paper(printed).exact(exact).stating(Verdict.ERRATUM)
                .check(Check.printedDigitsDisagree(printed, exact.value()))
                .check(Check.numerical(Evidence.CLOSED_FORM_VS_EXACT, XavierReluDecay.variance(layer), exact))
                .row();
    }

    /**
     * "The variance in the input to the 30th layer will be (0.51)^8 = 3 x 10^-3 times smaller":
     * exactly s_30^2 / s_22^2 = 2^-8 = 3.9e-3, and (0.51)^8 is 4.6e-2.
     */
    public ClaimRow varianceRatio(Recursion recursion, PrintedValue printed) {
        Estimate s22 = recursion.varianceAt(22);
        Estimate s30 = recursion.varianceAt(30);
        double ratio = s30.value() / s22.value();
        Estimate exact = new Estimate(ratio, ratio * (s30.error() / s30.value() + s22.error() / s22.value()));
        double expression = Math.pow(0.51, 8);
        return Claim.of("eq-30-ratio", "Kumar 2017, after eq. (30)",
                        "s_30^2 / s_22^2 printed as (0.51)^8 = " + printed + "; exactly (1/2)^8", settings)
                .paper(printed).exact(exact).stating(Verdict.ERRATUM)
                .check(Check.printedDigitsDisagree(printed, exact.value()))
                .check(Check.outside("paper's own expression (0.51)^8 vs its printed value", expression,
                        printed.value(), printed.halfUnit(), "half a unit in the last printed digit of " + printed))
                .check(Check.numerical(Evidence.CLOSED_FORM_VS_EXACT, Math.pow(XavierReluDecay.DECAY_PER_LAYER, 8),
                        exact))
                .row();
    }

    /**
     * The paper concludes that the shrinking variance "explains ... why the 30 layer neural network
     * ... converges, but the 22 layer neural network does not". Eq. (30) predicts the reverse
     * ranking (s_30^2 &lt; s_22^2: the deeper network is the worse off), which is what He et al.
     * report (22 layers converge, 30 do not): the sentence is refuted by the paper's own equation.
     */
    public ClaimRow deeperIsWorse(Recursion recursion) {
        double ratio = recursion.varianceAt(30).value() / recursion.varianceAt(22).value();
        return Claim.of("sec-4.2-22-vs-30", "Kumar 2017, Section 4.2, last paragraph",
                        "paper: the 30-layer network converges and the 22-layer does not; observed: s_30^2 < s_22^2, "
                                + "the deeper one is worse off, as He et al. report (22 converges, 30 does not)",
                        settings)
                .exact(new Estimate(ratio, 0)).stating(Verdict.REFUTED)
                .check(Check.lessThan("s_30^2 / s_22^2 < 1", ratio, 1.0))
                .row();
    }

    /**
     * Figure 4: the lecture's network (ReLU, weights N(0, 1/N), unit-Gaussian inputs), simulated
     * over independent replicates and checked at every layer against the exact recursion.
     *
     * @param moments the simulation
     * @param label   part of the claim ids, e.g. {@code [N=500,M=10,inputs=1000]}
     * @param rows    E[x_m^2] at every layer; eq. (27) and (28) at every layer given its inputs
     * @param charts  Figure 4 regenerated (mean and standard deviation per layer) and E[x_m^2]
     */
    public record Figure4(NetworkMoments moments, String label, List<ClaimRow> rows, Map<String, byte[]> charts) {
    }

    /** Simulates the first forward pass of the Figure 4 network and checks it layer by layer. */
    public Figure4 figure4(int width, int depth, int inputs, Consumer<String> progress) {
        NetworkSetup setup = new NetworkSetup(RELU, width, depth, 1.0 / width, 1.0);
        String label = String.format(Locale.ROOT, "[N=%d,M=%d,inputs=%d]", width, depth, inputs);
        NetworkMoments moments = new DeepNetworkSimulation(setup).run(inputs, settings.scale().networkReplicates(),
                settings.seedFor("figure 4 " + label), progress);
        Recursion recursion = recursion(depth);
        ActivationMoments unit = ActivationMoments.exact(RELU, 1.0, quadrature);
        ConfidenceBound bound = Evidence.family(3 * depth);
        List<ClaimRow> rows = List.of(
                Evidence.perLayer(settings, "fig-4" + label + "/second-moment", "Kumar 2017, eq. (26)-(30), Figure 4",
                        "E[x_m^2] = s_m^2 + mu_m^2 = (1/2)^m at every hidden layer m", moments,
                        LayerStatistic.OUTPUT_SECOND_MOMENT, XavierReluDecay::secondMoment,
                        m -> recursion.secondMoment()[m - 1], bound),
                Evidence.perLayer(settings, "fig-4" + label + "/eq-27", "Kumar 2017, eq. (27), Figure 4",
                        "mu_{m+1}^2 / u_m^2 = 1/(2 pi) at every layer, given its inputs (checked as mu/u)", moments,
                        LayerStatistic.MEAN_COEFFICIENT, m -> Math.sqrt(XavierReluDecay.SQUARED_MEAN_COEFFICIENT),
                        m -> unit.mean(), bound),
                Evidence.perLayer(settings, "fig-4" + label + "/eq-28", "Kumar 2017, eq. (28), Figure 4",
                        "s_{m+1}^2 / u_m^2 = 1/2 - 1/(2 pi) at every layer, given its inputs", moments,
                        LayerStatistic.VARIANCE_COEFFICIENT, m -> XavierReluDecay.VARIANCE_COEFFICIENT,
                        m -> unit.variance(), bound));

        Estimate[] exactMean = new Estimate[depth];
        Estimate[] exactStd = new Estimate[depth];
        Estimate[] paperMean = new Estimate[depth];
        Estimate[] paperStd = new Estimate[depth];
        Estimate[] simulatedStd = new Estimate[depth];
        Estimate[] simulatedVariance = Evidence.series(moments, LayerStatistic.OUTPUT_VARIANCE);
        for (int m = 1; m <= depth; m++) {
            exactMean[m - 1] = new Estimate(Math.sqrt(recursion.squaredMean()[m - 1].value()), 0);
            exactStd[m - 1] = new Estimate(Math.sqrt(recursion.varianceAt(m).value()), 0);
            paperMean[m - 1] = new Estimate(Math.sqrt(XavierReluDecay.printedSquaredMean(m)), 0);
            paperStd[m - 1] = new Estimate(Math.sqrt(XavierReluDecay.printedVariance(m)), 0);
            Estimate v = simulatedVariance[m - 1];
            double sd = Math.sqrt(Math.max(v.value(), 0));
            simulatedStd[m - 1] = new Estimate(sd, sd > 0 ? v.error() / (2 * sd) : 0);
        }
        Map<String, byte[]> charts = new LinkedHashMap<>();
        charts.put("Figure 4 " + label, new LayerChart(
                "Figure 4: ReLU, v^2 = 1/N " + label + ", mean and standard deviation per layer", "value (log scale)")
                .series("mean, simulated", Evidence.series(moments, LayerStatistic.OUTPUT_MEAN))
                .series("mean, exact recursion", exactMean)
                .series("mean, eq. (29) as printed (0.16 x 0.51^(m-1))", paperMean)
                .series("std, simulated", simulatedStd)
                .series("std, exact recursion", exactStd)
                .series("std, eq. (30) as printed (0.34 x 0.51^(m-1))", paperStd)
                .logarithmic().png(900, 560));
        return new Figure4(moments, label, rows, charts);
    }
}
