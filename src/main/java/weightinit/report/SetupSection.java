package weightinit.report;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import weightinit.numerics.ConfidenceBound;
import weightinit.numerics.Estimate;
import weightinit.simulation.InputStructure;
import weightinit.simulation.LayerSimulation;
import weightinit.simulation.NetworkSetup;
import weightinit.simulation.PreActivationSampler;
import weightinit.theory.ReluMoments;
import weightinit.theory.SignalPropagation;

/**
 * The evidence for Kumar (2017), Section 2: Proposition 1 and eq. (3)-(6) through simulated
 * layers with differently correlated inputs, and Proposition 2 by a Kolmogorov-Smirnov test.
 */
public final class SetupSection {

    /** Level of each goodness-of-fit test: a normal sample is rejected with probability 0.001. */
    public static final double NORMALITY_LEVEL = 0.001;

    private final RunSettings settings;

    public SetupSection(RunSettings settings) {
        this.settings = settings;
    }

    /** One simulated layer of width N, weights N(0, 1/N), fed the given inputs. */
    public record Layer(InputStructure inputs, int width, double weightVariance, LayerSimulation.Terms terms) {
    }

    /** Simulates the layer over the scale's replicates. */
    public Layer layer(InputStructure inputs, int width) {
        double weightVariance = 1.0 / width;
        LayerSimulation.Terms terms = new LayerSimulation().run(inputs, width, weightVariance,
                settings.scale().networkBatch(), settings.scale().networkReplicates(),
                settings.seedFor("layer " + inputs + " N=" + width));
        return new Layer(inputs, width, weightVariance, terms);
    }

    /** Eq. (3), (5) and (6) for the layer: r = 0, cross terms 0, u^2 = N v^2 (s^2 + mu^2). */
    public List<ClaimRow> moments(Layer layer) {
        ConfidenceBound bound = Evidence.family(3);
        int replicates = settings.scale().networkReplicates();
        String at = "[" + layer.inputs().name().toLowerCase(Locale.ROOT) + ",N=" + layer.width() + "]";
        double predicted = SignalPropagation.preActivationVariance(layer.width(), layer.weightVariance(),
                layer.inputs().variance(layer.width()), layer.inputs().mean(layer.width()));
        Estimate exact = new Estimate(predicted, 1e-12 * predicted);
        Estimate zero = new Estimate(SignalPropagation.preActivationMean(), 0);
        return List.of(
                Claim.of("eq-3" + at, "Kumar 2017, eq. (3), Proposition 1",
                                "r_m = E(y_m) = 0 for inputs " + layer.inputs().description(), settings)
                        .paperFormula(0).exact(zero).measured(layer.terms().preActivationMean())
                        .check(Check.monteCarlo(Evidence.MONTE_CARLO_VS_EXACT, layer.terms().preActivationMean(), zero,
                                bound, replicates)).row(),
                Claim.of("eq-5" + at, "Kumar 2017, eq. (4)-(5), Proposition 1",
                                "the cross terms E(W_ij x_j W_ik x_k) of eq. (4) vanish for inputs "
                                        + layer.inputs().description(), settings)
                        .paperFormula(0).exact(zero).measured(layer.terms().crossTerms())
                        .check(Check.monteCarlo(Evidence.MONTE_CARLO_VS_EXACT, layer.terms().crossTerms(), zero, bound,
                                replicates)).row(),
                Claim.of("eq-6" + at, "Kumar 2017, eq. (6)",
                                "u_m^2 = N v^2 (s_m^2 + mu_m^2) for inputs " + layer.inputs().description(), settings)
                        .paperFormula(predicted).exact(exact).measured(layer.terms().preActivationSecond())
                        .check(Check.monteCarlo(Evidence.MONTE_CARLO_VS_EXACT, layer.terms().preActivationSecond(),
                                exact, bound, replicates)).row());
    }

    /**
     * Proposition 2: y is approximately normal for large N. A Kolmogorov-Smirnov test of independent
     * pre-activations (fresh weights and ReLU-layer inputs for each) against N(0, u^2) with the exact
     * u^2 = N v^2 E[x^2] = 1/2 (v^2 = 1/N), at level {@value #NORMALITY_LEVEL}.
     *
     * @param statistic the Kolmogorov-Smirnov distance D
     * @param pValue    its p-value
     */
    public record NormalityTest(NetworkSetup.Weights weights, int fanIn, int samples, double statistic,
                                double pValue) {
    }

    /** Draws the pre-activations and tests them. */
    public NormalityTest normalityTest(NetworkSetup.Weights weights, int fanIn) {
        int samples = settings.scale().normalitySamples();
        double[] y = new PreActivationSampler().sample(weights, fanIn, 1.0 / fanIn, samples,
                settings.seedFor("normality " + weights + " N=" + fanIn));
        double u2 = fanIn * (1.0 / fanIn) * ReluMoments.outputSecondMoment(1.0);   // eq. (6) with E[x^2] = 1/2
        NormalDistribution normal = new NormalDistribution(null, 0, Math.sqrt(u2));
        KolmogorovSmirnovTest test = new KolmogorovSmirnovTest();
        double statistic = test.kolmogorovSmirnovStatistic(normal, y);
        double pValue = test.kolmogorovSmirnovTest(normal, y, false);
        return new NormalityTest(weights, fanIn, samples, statistic, pValue);
    }

    /**
     * The test's outcome against the scenario's statement.
     *
     * @param rejected whether the scenario states that normality is rejected (small N)
     */
    public ClaimRow normality(NormalityTest result, boolean rejected) {
        NetworkSetup.Weights weights = result.weights();
        int fanIn = result.fanIn();
        int samples = result.samples();
        double statistic = result.statistic();
        double pValue = result.pValue();
        boolean rejects = pValue < NORMALITY_LEVEL;
        String id = String.format(Locale.ROOT, "prop-2[%s,N=%d]", weights.name().toLowerCase(Locale.ROOT), fanIn);
        return Claim.of(id, "Kumar 2017, Proposition 2",
                        String.format(Locale.ROOT, "y with %s weights and N = %d is %s (KS D = %.4f, p = %.3g, n = %d)",
                                weights.name().toLowerCase(Locale.ROOT), fanIn,
                                rejected ? "not normal (rejected)" : "approximately normal (not rejected)", statistic,
                                pValue, samples), settings)
                .measured(new Estimate(statistic, 0))
                .check(new Check("Kolmogorov-Smirnov p-value vs level", pValue, NORMALITY_LEVEL, NORMALITY_LEVEL,
                        "test of n = " + samples + " independent draws against N(0, 1/2) at level "
                                + NORMALITY_LEVEL + "; the scenario states " + (rejected ? "rejection" : "no rejection"),
                        true, rejects == rejected))
                .row();
    }
}
