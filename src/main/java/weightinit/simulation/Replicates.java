package weightinit.simulation;

import weightinit.numerics.Estimate;

/** The mean of independent replicate values, with its standard error sd / sqrt(R). */
final class Replicates {

    private Replicates() {
    }

    static Estimate mean(double[] sample) {
        double mean = 0;
        for (double x : sample) {
            mean += x;
        }
        mean /= sample.length;
        double squares = 0;
        for (double x : sample) {
            squares += (x - mean) * (x - mean);
        }
        return new Estimate(mean, Math.sqrt(squares / (sample.length - 1)) / Math.sqrt(sample.length));
    }
}
