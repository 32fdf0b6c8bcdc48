package weightinit.report;

import java.util.Locale;
import java.util.function.Consumer;
import weightinit.numerics.ConfidenceBound;
import weightinit.numerics.Estimate;
import weightinit.numerics.GaussianExpectation;
import weightinit.numerics.VarianceMap;
import weightinit.simulation.BackwardSimulation;
import weightinit.simulation.NetworkSetup;
import weightinit.theory.Activation;
import weightinit.theory.PrintedValue;

/**
 * Kumar (2017), footnote 1: "I believe that [a backward-pass condition] is not required, since
 * the requirement that the variance of the inputs at each layer be the same ensures that the
 * gradient flows through in the backward pass." Measured through simulated networks, forward and
 * backward, under each initialization the paper studies, against the exact mean-field gains.
 */
public final class FootnoteSection {

    /** Layers left out at the start, while the variance map settles on its fixed point. */
    public static final int BURN_IN = 5;
    /**
     * The exact gains are mean-field (infinite-width) values; at width N the measured per-layer
     * gains differ by O(1/N) (fluctuating u_m^2 through a curved variance map; ratios of pooled
     * moments). Allowance 2/N: the second-order delta-method estimate of that shift for tanh at
     * these variances is 1.6/N; at N = 500, 0.004 per layer. Seen at scale paper (64 replicates):
     * sigmoid's forward gain 1.0022 against the mean-field 1.0000, tanh's 0.9115 against 0.9124.
     */
    public static final double FINITE_WIDTH_ALLOWANCE = 2.0;

    private final RunSettings settings;
    private final GaussianExpectation quadrature = new GaussianExpectation();

    public FootnoteSection(RunSettings settings) {
        this.settings = settings;
    }

    /**
     * One network's forward and backward gains, measured and exact.
     *
     * @param forward       measured mean E[x_{m+1}^2] / E[x_m^2] over layers BURN_IN+1..M
     * @param backward      measured mean gradient gain over the same layers
     * @param exactForward  the exact variance map's mean forward gain over them
     * @param exactBackward the exact mean chi_m = N v^2 E[g'(u_m Z)^2] over them
     */
    public record Network(String label, Activation activation, double varianceFactor, int width, int depth,
                          Estimate forward,
                          Estimate backward, Estimate exactForward, Estimate exactBackward, int replicates) {
    }

    /** Simulates the network of the given activation, N v^2 and size, fed unit-Gaussian inputs. */
    public Network network(Activation activation, PrintedValue varianceFactor, int width, int depth,
                           Consumer<String> progress) {
        if (depth <= BURN_IN + 1) {
            throw new IllegalArgumentException("depth must exceed the burn-in of " + BURN_IN + " layers by 2, got "
                    + depth);
        }
        double factor = varianceFactor.value();
        NetworkSetup setup = new NetworkSetup(activation, width, depth, factor / width, 1.0);
        String label = String.format(Locale.ROOT, "[%s,Nv2=%s,N=%d,M=%d]", activation, varianceFactor, width, depth);
        BackwardSimulation.Run run = new BackwardSimulation(setup).run(settings.scale().networkBatch(),
                settings.scale().networkReplicates(), settings.seedFor("backward " + label), progress);
        VarianceMap map = new VarianceMap(activation, quadrature);
        double q = factor;   // u_1^2 = N v^2 for unit inputs
        double forwardSum = 0;
        double backwardSum = 0;
        double previousSecond = 1.0;
        for (int m = 1; m <= depth; m++) {
            double second = map.secondMoment(q).value();
            if (m > BURN_IN) {
                forwardSum += second / previousSecond;
                backwardSum += map.backwardGain(factor, q);
            }
            previousSecond = second;
            q = factor * second;
        }
        int layers = depth - BURN_IN;
        return new Network(label, activation, factor, width, depth, run.forwardGain(BURN_IN + 1, depth),
                run.backwardGain(BURN_IN + 1, depth), new Estimate(forwardSum / layers, 1e-10),
                new Estimate(backwardSum / layers, 1e-10), settings.scale().networkReplicates());
    }

    /**
     * The footnote for one initialization: the measured gains agree with the exact mean-field gains,
     * and the footnote holds (stated confirmed) when the gradient gain is 1 wherever the forward one
     * is, or is refuted (stated refuted) when the forward variance is held but the gradient shrinks.
     */
    public ClaimRow footnote(Network network, Verdict stated) {
        ConfidenceBound bound = Evidence.family(4);
        double t = bound.studentQuantile(network.replicates() - 1);
        Estimate forward = network.forward();
        Estimate backward = network.backward();
        boolean forwardHeld = Math.abs(forward.value() - 1) <= t * forward.error() + allowance(network);
        boolean backwardHeld = Math.abs(backward.value() - 1) <= t * backward.error() + allowance(network);
        Claim claim = Claim.of("footnote-1" + network.label(), "Kumar 2017, footnote 1",
                        String.format(Locale.ROOT, "%s with N v^2 = %s: forward gain %.4f, gradient gain %.4f per layer "
                                        + "(layers %d-%d); holding the forward variance %s the gradient flow",
                                network.activation(), Numbers.format(network.varianceFactor()), forward.value(),
                                backward.value(), BURN_IN + 1, network.depth(),
                                stated == Verdict.CONFIRMED ? "ensures" : "does not ensure"), settings)
                .paperFormula(1.0).exact(network.exactBackward()).measured(backward).stating(stated)
                .check(meanField("measured forward gain vs exact variance map", forward, network.exactForward(), t,
                        network))
                .check(meanField("measured gradient gain vs exact chi = N v^2 E[g'^2]", backward,
                        network.exactBackward(), t, network));
        String basis = basis(t, network, 4);
        claim.check(new Check("forward variance held: forward gain = 1", forward.value(), 1,
                t * forward.error() + allowance(network), basis, true, forwardHeld));
        claim.check(new Check(stated == Verdict.CONFIRMED ? "gradient variance held: gradient gain = 1"
                : "gradient variance not held: gradient gain != 1", backward.value(), 1,
                t * backward.error() + allowance(network), basis, stated == Verdict.CONFIRMED,
                stated == Verdict.CONFIRMED ? backwardHeld : !backwardHeld));
        return claim.row();
    }

    /** A network whose forward variance is not held (the footnote's premise fails): gains reported and checked. */
    public ClaimRow premiseFails(Network network) {
        ConfidenceBound bound = Evidence.family(3);
        double t = bound.studentQuantile(network.replicates() - 1);
        Estimate forward = network.forward();
        return Claim.of("footnote-1" + network.label(), "Kumar 2017, footnote 1 (premise not met)",
                        String.format(Locale.ROOT, "%s with N v^2 = %s: forward gain %.4f, gradient gain %.4f per layer: "
                                        + "the forward variance is not held, so the footnote says nothing here",
                                network.activation(), Numbers.format(network.varianceFactor()), forward.value(),
                                network.backward().value()), settings)
                .exact(network.exactBackward()).measured(network.backward())
                .check(meanField("measured forward gain vs exact variance map", forward, network.exactForward(), t,
                        network))
                .check(meanField("measured gradient gain vs exact chi = N v^2 E[g'^2]", network.backward(),
                        network.exactBackward(), t, network))
                .check(new Check("forward variance not held: forward gain != 1", forward.value(), 1,
                        t * forward.error() + allowance(network), basis(t, network, 3), false,
                        Math.abs(forward.value() - 1) > t * forward.error() + allowance(network)))
                .row();
    }

    private static double allowance(Network network) {
        return FINITE_WIDTH_ALLOWANCE / network.width();
    }

    private static String basis(double t, Network network, int comparisons) {
        return String.format(Locale.ROOT, "t(%d) = %.3f SE (99.9%% family-wise over %d comparisons) + finite-width "
                + "allowance 2/N = %s", network.replicates() - 1, t, comparisons, Numbers.format(allowance(network)));
    }

    private static Check meanField(String route, Estimate measured, Estimate exact, double t, Network network) {
        double tolerance = t * measured.error() + exact.error() + allowance(network);
        return new Check(route, measured.value(), exact.value(), tolerance, "mean-field value; " + basis(t, network,
                4), true, Math.abs(measured.value() - exact.value()) <= tolerance);
    }

}
