package weightinit.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import weightinit.numerics.ActivationMoments;
import weightinit.numerics.ConfidenceBound;
import weightinit.numerics.Estimate;
import weightinit.numerics.GaussianExpectation;
import weightinit.numerics.RootFinder;
import weightinit.simulation.ActivationSampler;
import weightinit.simulation.DeepNetworkSimulation;
import weightinit.simulation.LayerStatistic;
import weightinit.simulation.NetworkMoments;
import weightinit.simulation.NetworkSetup;
import weightinit.simulation.SampleMoments;
import weightinit.theory.Activation;
import weightinit.theory.PrintedValue;
import weightinit.theory.ReluMoments;
import weightinit.theory.Require;

/**
 * The evidence for Kumar (2017), Section 4.1 (ReLU, eq. (20)-(25)), each claim by three routes:
 * the paper's closed form ({@link ReluMoments}), the exact value by quadrature and root finding
 * ({@link ActivationMoments}, {@link RootFinder}), and Monte Carlo with ND4J
 * ({@link ActivationSampler}, {@link DeepNetworkSimulation}).
 */
public final class ReluSection {

    private static final Activation RELU = Activation.RELU;
    private static final String CLOSED_FORM_VS_EXACT = Evidence.CLOSED_FORM_VS_EXACT;
    private static final String MONTE_CARLO_VS_EXACT = Evidence.MONTE_CARLO_VS_EXACT;

    private final RunSettings settings;
    private final GaussianExpectation quadrature = new GaussianExpectation();
    private final ActivationSampler sampler = new ActivationSampler();

    public ReluSection(RunSettings settings) {
        this.settings = settings;
    }

    /**
     * The moments of x = max(0, y), y ~ N(0, u^2), exactly and by Monte Carlo.
     *
     * @param preActivationStdDev u
     * @param exact               by quadrature
     * @param measured            by Monte Carlo
     */
    public record SingleLayer(double preActivationStdDev, ActivationMoments exact, SampleMoments measured) {

        double varianceScale() {
            return preActivationStdDev * preActivationStdDev;
        }
    }

    /** Computes the exact and Monte Carlo moments of max(0, y), y ~ N(0, u^2). */
    public SingleLayer singleLayer(double preActivationStdDev) {
        Require.positive("pre-activation standard deviation u", preActivationStdDev);
        ActivationMoments exact = ActivationMoments.exact(RELU, preActivationStdDev, quadrature);
        SampleMoments measured = sampler.sample(RELU, preActivationStdDev, settings.scale().singleLayerSamples(),
                settings.seedFor("relu single layer u=" + preActivationStdDev));
        return new SingleLayer(preActivationStdDev, exact, measured);
    }

    /** Eq. (20): mu_{m+1} = u_m / sqrt(2 pi). */
    public ClaimRow mean(SingleLayer layer) {
        double closedForm = ReluMoments.outputMean(layer.preActivationStdDev());
        return formulaClaim("eq-20" + at(layer), "Kumar 2017, eq. (20)",
                "mu_{m+1} = E[max(0, y)] = u_m / sqrt(2 pi) for y ~ N(0, u_m^2)",
                closedForm, layer.exact().mean(), layer.measured().mean());
    }

    /** Eq. (21): E(x_{m+1}^2) = u_m^2 / 2. */
    public ClaimRow secondMoment(SingleLayer layer) {
        double closedForm = ReluMoments.outputSecondMoment(layer.preActivationStdDev());
        return formulaClaim("eq-21" + at(layer), "Kumar 2017, eq. (21)",
                "E[x_{m+1}^2] = u_m^2 / 2", closedForm, layer.exact().secondMoment(), layer.measured().secondMoment());
    }

    /**
     * Eq. (22): s_{m+1}^2 = u_m^2 / 2 - u_m^2 / (2 pi), approximately {@code printed} u_m^2 (the
     * checked quantity is the coefficient s^2 / u^2).
     */
    public ClaimRow variance(SingleLayer layer, PrintedValue printed) {
        double scale = layer.varianceScale();
        Estimate exact = layer.exact().variance().dividedBy(scale);
        Estimate measured = layer.measured().variance().dividedBy(scale);
        return Claim.of("eq-22" + at(layer), "Kumar 2017, eq. (22)",
                        "s_{m+1}^2 / u_m^2 = 1/2 - 1/(2 pi), printed " + printed, settings)
                .paper(printed).exact(exact).measured(measured)
                .check(Check.printedDigits(printed, exact.value()))
                .check(Check.numerical(CLOSED_FORM_VS_EXACT, ReluMoments.VARIANCE_COEFFICIENT, exact))
                .check(Check.monteCarlo(MONTE_CARLO_VS_EXACT, measured, exact, Evidence.family(1)))
                .row();
    }

    /**
     * The fixed point of eq. (22)-(23): u^2 with s^2 = 1, by root finding on the exact variance,
     * and by Monte Carlo as 1 / (s^2 / u^2) from the single-layer draws at u = 1.
     */
    public record FixedPoint(Estimate preActivationVariance, Estimate mean, SingleLayer unitScale,
                             SingleLayer atFixedPoint) {
    }

    /** Solves Var[max(0, y)] = 1 for u^2 and computes the mean there, exactly and by Monte Carlo. */
    public FixedPoint fixedPoint() {
        RootFinder roots = new RootFinder();
        Function<Double, ActivationMoments> moments = q -> ActivationMoments.exact(RELU, Math.sqrt(q), quadrature);
        Estimate q = roots.root(x -> moments.apply(x).variance().value() - 1.0,
                x -> moments.apply(x).variance().error(), 0.5, 20.0);
        ActivationMoments there = moments.apply(q.value());
        // d mu / d q = mu / (2 q) for the positively homogeneous ReLU: the root's error carried into mu
        double meanError = there.mean().error() + there.mean().value() / (2 * q.value()) * q.error();
        Estimate mean = new Estimate(there.mean().value(), meanError);
        return new FixedPoint(q, mean, singleLayer(1.0), singleLayer(Math.sqrt(q.value())));
    }

    /** Eq. (23): u_m^2 approximately {@code printed} (3) gives s_{m+1}^2 = 1. */
    public ClaimRow fixedPointVariance(FixedPoint point, PrintedValue printed) {
        Estimate measured = point.unitScale().measured().variance().reciprocal();
        return Claim.of("eq-23", "Kumar 2017, eq. (23)",
                        "s_{m+1}^2 = 1 requires u_m^2 = 2 pi / (pi - 1), printed " + printed, settings)
                .paper(printed).exact(point.preActivationVariance()).measured(measured)
                .check(Check.printedDigits(printed, point.preActivationVariance().value()))
                .check(Check.numerical(CLOSED_FORM_VS_EXACT, ReluMoments.fixedPointPreActivationVariance(),
                        point.preActivationVariance()))
                .check(Check.monteCarlo(MONTE_CARLO_VS_EXACT, measured, point.preActivationVariance(), Evidence.family(1)))
                .row();
    }

    /** After eq. (23): mu_{m+1} approximately {@code printed} (0.7) at the fixed point. */
    public ClaimRow fixedPointMean(FixedPoint point, PrintedValue printed) {
        Estimate measured = point.atFixedPoint().measured().mean();
        return Claim.of("eq-23-mu", "Kumar 2017, after eq. (23)",
                        "at the fixed point mu_{m+1} = u_m / sqrt(2 pi) = 1 / sqrt(pi - 1), printed " + printed,
                        settings)
                .paper(printed).exact(point.mean()).measured(measured)
                .check(Check.printedDigits(printed, point.mean().value()))
                .check(Check.numerical(CLOSED_FORM_VS_EXACT, ReluMoments.fixedPointMean(), point.mean()))
                .check(Check.monteCarlo(MONTE_CARLO_VS_EXACT, measured, point.mean(), Evidence.family(1)))
                .row();
    }

    /**
     * Eq. (24): the paper's mu^2 = {@code printed} (0.49 = 0.7^2, the square of a rounded number)
     * against the exact 1 / (pi - 1): an erratum, the row says so only if they really disagree.
     */
    public ClaimRow fixedPointSquaredMean(FixedPoint point, PrintedValue printed) {
        Estimate exact = point.mean().squared();
        Estimate measured = point.atFixedPoint().measured().mean().squared();
        double closedForm = ReluMoments.fixedPointMean() * ReluMoments.fixedPointMean();
        return Claim.of("eq-24-mu2", "Kumar 2017, eq. (24)",
                        "mu^2 in 3 = N v^2 (1 + mu^2) is 1 / (pi - 1) = 0.467, printed " + printed, settings)
                .paper(printed).exact(exact).measured(measured).stating(Verdict.ERRATUM)
                .check(Check.printedDigitsDisagree(printed, exact.value()))
                .check(Check.numerical(CLOSED_FORM_VS_EXACT, closedForm, exact))
                .check(Check.monteCarlo(MONTE_CARLO_VS_EXACT, measured, exact, Evidence.family(1)))
                .row();
    }

    /**
     * Eq. (24)-(25): N v^2 = u^2 / (s^2 + mu^2) at the fixed point is approximately
     * {@code printed} (2); exactly 2. Monte Carlo: 1 / (E[x^2] / u^2) from the draws at u = 1 (by
     * the homogeneity of ReLU the factor that holds E[x^2] also holds the fixed point).
     */
    public ClaimRow varianceFactor(FixedPoint point, PrintedValue printed) {
        Estimate q = point.preActivationVariance();
        Estimate secondMoment = point.mean().squared();
        double factor = q.value() / (1 + secondMoment.value());
        double error = q.error() / (1 + secondMoment.value()) + factor / (1 + secondMoment.value())
                * secondMoment.error();
        Estimate exact = new Estimate(factor, error);
        Estimate measured = point.unitScale().measured().secondMoment().reciprocal();
        return Claim.of("eq-25", "Kumar 2017, eq. (24)-(25)",
                        "v^2 = 2/N (He): N v^2 = u^2 / (1 + mu^2) at the fixed point, printed " + printed, settings)
                .paper(printed).exact(exact).measured(measured)
                .check(Check.printedDigits(printed, exact.value()))
                .check(Check.numerical(CLOSED_FORM_VS_EXACT, ReluMoments.fixedPointVarianceFactor(), exact))
                .check(Check.monteCarlo(MONTE_CARLO_VS_EXACT, measured, exact, Evidence.family(1)))
                .row();
    }

    /**
     * A deep ReLU network of the given width and depth, weights N(0, varianceFactor / N), fed inputs
     * whose second moment puts u_1^2 at the exact fixed point.
     *
     * @param moments               the simulation
     * @param label                 e.g. {@code [N=500,M=30,Nv2=2]}, part of the claim ids
     * @param preActivationVariance the claim that u_m^2 stays at the fixed point at every layer
     * @param conditionalMoments    the claims that eq. (20)-(22) hold at every layer
     * @param measuredFactor        the N v^2 that preserves E[x^2], measured through the network
     * @param exactFactor           its exact value
     * @param bound                 the scenario's family of Monte Carlo comparisons
     * @param charts                name to PNG
     */
    public record Network(NetworkMoments moments, String label, ClaimRow preActivationVariance,
                          List<ClaimRow> conditionalMoments, Estimate measuredFactor, Estimate exactFactor,
                          ConfidenceBound bound, Map<String, byte[]> charts) {
    }

    /** Simulates the first forward pass of the network and checks it layer by layer. */
    public Network network(int width, int depth, PrintedValue varianceFactor, Consumer<String> progress) {
        FixedPoint point = fixedPoint();
        double q = point.preActivationVariance().value();
        NetworkSetup setup = new NetworkSetup(RELU, width, depth, varianceFactor.value() / width,
                q / varianceFactor.value());
        String label = String.format(Locale.ROOT, "[N=%d,M=%d,Nv2=%s]", width, depth, varianceFactor);
        NetworkMoments moments = new DeepNetworkSimulation(setup).run(settings.scale().networkBatch(),
                settings.scale().networkReplicates(), settings.seedFor("relu network " + label), progress);
        ConfidenceBound bound = Evidence.family(4 * depth + 1);
        int replicates = moments.replicates();

        ActivationMoments unit = point.unitScale().exact();
        ClaimRow preActivationVariance = Evidence.perLayer(settings, "eq-25-network" + label + "/u2",
                "Kumar 2017, eq. (6) and (23)-(25)",
                "with v^2 = " + varianceFactor + "/N every layer's u_m^2 stays at the fixed point 2 pi / (pi - 1)",
                moments, LayerStatistic.PRE_ACTIVATION_VARIANCE, m -> ReluMoments.fixedPointPreActivationVariance(),
                m -> point.preActivationVariance(), bound);
        List<ClaimRow> conditional = new ArrayList<>();
        conditional.add(Evidence.perLayer(settings, "eq-20-network" + label, "Kumar 2017, eq. (20), Proposition 1-2",
                "at every layer mu_{m+1} / u_m = 1 / sqrt(2 pi), u_m^2 = v^2 |x_m|^2 given the layer's inputs",
                moments, LayerStatistic.MEAN_COEFFICIENT, m -> ReluMoments.outputMean(1), m -> unit.mean(), bound));
        conditional.add(Evidence.perLayer(settings, "eq-21-network" + label, "Kumar 2017, eq. (21), Proposition 1-2",
                "at every layer E[x_{m+1}^2] / u_m^2 = 1/2 given the layer's inputs",
                moments, LayerStatistic.SECOND_MOMENT_COEFFICIENT, m -> ReluMoments.outputSecondMoment(1),
                m -> unit.secondMoment(), bound));
        conditional.add(Evidence.perLayer(settings, "eq-22-network" + label, "Kumar 2017, eq. (22), Proposition 1-2",
                "at every layer s_{m+1}^2 / u_m^2 = 1/2 - 1/(2 pi) given the layer's inputs",
                moments, LayerStatistic.VARIANCE_COEFFICIENT, m -> ReluMoments.outputVariance(1),
                m -> unit.variance(), bound));

        // the factor N v^2 that would hold E[x^2] exactly: the one used, divided by the measured gain
        Estimate gain = moments.overAllLayers(LayerStatistic.SECOND_MOMENT_RATIO);
        Estimate measuredFactor = new Estimate(varianceFactor.value() / gain.value(),
                varianceFactor.value() * gain.error() / (gain.value() * gain.value()));
        Estimate exactFactor = unit.secondMoment().reciprocal();

        Map<String, byte[]> charts = new LinkedHashMap<>();
        charts.put("Layer moments " + label, new LayerChart(
                "ReLU network " + label + ": layer moments (+-2 SE over replicates)", "value")
                .series("u_m^2 measured", Evidence.series(moments, LayerStatistic.PRE_ACTIVATION_VARIANCE))
                .reference("u^2 fixed point 2 pi/(pi-1)", q, depth)
                .series("s_{m+1}^2 measured", Evidence.series(moments, LayerStatistic.OUTPUT_VARIANCE))
                .series("mu_{m+1} measured", Evidence.series(moments, LayerStatistic.OUTPUT_MEAN))
                .reference("s^2 = 1 and mu = 1/sqrt(pi-1)", 1.0, depth)
                .reference("mu fixed point", point.mean().value(), depth)
                .png(900, 500));
        charts.put("Conditional coefficients " + label, new LayerChart(
                "ReLU network " + label + ": eq. (20)-(22) given each layer's inputs", "coefficient")
                .series("mu_{m+1}/u_m", Evidence.series(moments, LayerStatistic.MEAN_COEFFICIENT))
                .reference("1/sqrt(2 pi)", unit.mean().value(), depth)
                .series("E[x^2]/u_m^2", Evidence.series(moments, LayerStatistic.SECOND_MOMENT_COEFFICIENT))
                .reference("1/2", unit.secondMoment().value(), depth)
                .series("s^2/u_m^2", Evidence.series(moments, LayerStatistic.VARIANCE_COEFFICIENT))
                .reference("1/2 - 1/(2 pi)", unit.variance().value(), depth)
                .png(900, 500));
        return new Network(moments, label, preActivationVariance, List.copyOf(conditional), measuredFactor,
                exactFactor, bound, charts);
    }

    /**
     * Eq. (25) through the network: the N v^2 that preserves the second moment, measured as the
     * factor used divided by the measured per-layer gain E[x_{m+1}^2] / E[x_m^2] (all layers, all
     * replicates), is {@code printed} (2).
     */
    public ClaimRow measuredVarianceFactor(Network network, PrintedValue printed) {
        return Claim.of("eq-25-network" + network.label() + "/factor", "Kumar 2017, eq. (25)",
                        "the N v^2 that preserves the second moment through the network is " + printed, settings)
                .paper(printed).exact(network.exactFactor()).measured(network.measuredFactor())
                .check(Check.printedDigits(printed, network.exactFactor().value()))
                .check(Check.monteCarlo(MONTE_CARLO_VS_EXACT + ", all layers", network.measuredFactor(),
                        network.exactFactor(), network.bound(), network.moments().replicates()))
                .row();
    }

    private ClaimRow formulaClaim(String id, String source, String statement, double closedForm, Estimate exact,
                                  Estimate measured) {
        return Claim.of(id, source, statement, settings)
                .paperFormula(closedForm).exact(exact).measured(measured)
                .check(Check.numerical(CLOSED_FORM_VS_EXACT, closedForm, exact))
                .check(Check.monteCarlo(MONTE_CARLO_VS_EXACT, measured, exact, Evidence.family(1)))
                .row();
    }

    private static String at(SingleLayer layer) {
        return "[u=" + Numbers.format(layer.preActivationStdDev()).replaceAll("\\.?0+$", "") + "]";
    }
}
