package weightinit.simulation;

import java.util.EnumMap;
import java.util.Map;
import weightinit.numerics.Estimate;

/**
 * Per-layer statistics of a {@link DeepNetworkSimulation}: for each statistic, one value per
 * independent replicate (fresh weights and inputs) and per layer. Standard errors come from the
 * spread across replicates, which accounts for every correlation within one network.
 *
 * @param setup      the network
 * @param batch      inputs propagated per replicate
 * @param replicates independent networks
 * @param seed       seed of the generator that drew all of them
 */
public record NetworkMoments(NetworkSetup setup, int batch, int replicates, long seed,
                             Map<LayerStatistic, double[][]> values) {

    public NetworkMoments {
        if (replicates < 2) {
            throw new IllegalArgumentException("at least 2 replicates are needed for a standard error, got "
                    + replicates);
        }
        EnumMap<LayerStatistic, double[][]> copy = new EnumMap<>(LayerStatistic.class);
        values.forEach((k, v) -> {
            double[][] rows = new double[v.length][];
            for (int r = 0; r < v.length; r++) {
                rows[r] = v[r].clone();
            }
            copy.put(k, rows);
        });
        values = copy;
    }

    /** Layers M. */
    public int depth() {
        return setup.depth();
    }

    /**
     * The statistic at layer m (1-based), averaged over replicates, with SE = sd / sqrt(R).
     */
    public Estimate at(LayerStatistic statistic, int layer) {
        if (layer < 1 || layer > depth()) {
            throw new IllegalArgumentException("layer must be in 1.." + depth() + ", got " + layer);
        }
        double[][] v = values.get(statistic);
        double[] sample = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            sample[r] = v[r][layer - 1];
        }
        return Replicates.mean(sample);
    }

    /**
     * The statistic at layer m minus that at layer m + 1, averaged over replicates, with the SE of
     * the replicates' differences (which accounts for the correlation of successive layers).
     */
    public Estimate decrease(LayerStatistic statistic, int layer) {
        if (layer < 1 || layer >= depth()) {
            throw new IllegalArgumentException("layer must be in 1.." + (depth() - 1) + ", got " + layer);
        }
        double[][] v = values.get(statistic);
        double[] sample = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            sample[r] = v[r][layer - 1] - v[r][layer];
        }
        return Replicates.mean(sample);
    }

    /**
     * The statistic averaged over all layers and replicates; SE from the spread of the replicates'
     * layer averages (replicates are independent).
     */
    public Estimate overAllLayers(LayerStatistic statistic) {
        double[][] v = values.get(statistic);
        double[] sample = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            double sum = 0;
            for (double x : v[r]) {
                sum += x;
            }
            sample[r] = sum / v[r].length;
        }
        return Replicates.mean(sample);
    }
}
