package weightinit.report;

import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import weightinit.numerics.ConfidenceBound;
import weightinit.numerics.Estimate;
import weightinit.simulation.LayerStatistic;
import weightinit.simulation.NetworkMoments;

/** What the sections' evidence classes share: confidence, route names, per-layer claims. */
final class Evidence {

    /**
     * Family-wise confidence of each scenario's Monte Carlo checks (Bonferroni within the scenario):
     * a correct suite of up to 20 such scenarios goes red by chance with probability below 2%.
     */
    static final double CONFIDENCE = 0.999;
    static final String CLOSED_FORM_VS_EXACT = "paper's closed form vs exact";
    static final String MONTE_CARLO_VS_EXACT = "Monte Carlo vs exact";

    private Evidence() {
    }

    /** The bound for a scenario that makes {@code comparisons} Monte Carlo comparisons. */
    static ConfidenceBound family(int comparisons) {
        return new ConfidenceBound(CONFIDENCE, comparisons);
    }

    /**
     * A claim checked at every layer of a simulated network: the statistic's replicate mean at
     * layer m against {@code exact.apply(m)}, Student's t with R - 1 degrees of freedom.
     */
    static ClaimRow perLayer(RunSettings settings, String id, String source, String statement,
                             NetworkMoments moments, LayerStatistic statistic, IntToDoubleFunction closedForm,
                             IntFunction<Estimate> exact, ConfidenceBound bound) {
        int last = moments.depth();
        Claim claim = Claim.of(id, source, statement + " (values: layer " + last + ")", settings)
                .paperFormula(closedForm.applyAsDouble(last)).exact(exact.apply(last))
                .measured(moments.at(statistic, last));
        for (int m = 1; m <= last; m++) {
            claim.check(Check.monteCarlo(MONTE_CARLO_VS_EXACT + ", layer " + m, moments.at(statistic, m),
                    exact.apply(m), bound, moments.replicates()));
        }
        return claim.row();
    }

    /** The statistic per layer, layer 1 first. */
    static Estimate[] series(NetworkMoments moments, LayerStatistic statistic) {
        Estimate[] values = new Estimate[moments.depth()];
        for (int m = 1; m <= moments.depth(); m++) {
            values[m - 1] = moments.at(statistic, m);
        }
        return values;
    }
}
