package weightinit.report;

import java.util.Locale;

/**
 * Sample sizes of the reproduction. {@code ci} fits the whole {@code mvn verify} into 20 minutes on
 * 2 cores; {@code paper} uses the paper's sizes where it gives them, and larger samples elsewhere.
 *
 * @see #named(String)
 */
public enum Scale {
    /** The default: sizes that fit 2 cores. */
    CI("ci", 1_000_000, 256, 32, 20_000, new Training(10_000, 4, 2_000)),
    /** The paper's sizes; Monte Carlo samples ten times larger. */
    PAPER("paper", 10_000_000, 1_000, 64, 20_000, new Training(50_000, 10, 10_000));

    /**
     * Sizes of the Figure 3 training runs (batch 32 at both scales: the optimizer steps per run
     * are ceil(images / 32) x epochs).
     *
     * @param images           training images (the first ones of the training batches)
     * @param epochs           passes over them
     * @param validationImages test images that every epoch is evaluated on (the first ones)
     */
    public record Training(int images, int epochs, int validationImages) {
        public Training {
            if (images < 1 || epochs < 1 || validationImages < 1) {
                throw new IllegalArgumentException("training sizes must be positive, got images " + images
                        + ", epochs " + epochs + ", validation images " + validationImages);
            }
        }
    }

    private final String label;
    private final long singleLayerSamples;
    private final int networkBatch;
    private final int networkReplicates;
    private final int normalitySamples;
    private final Training training;

    Scale(String label, long singleLayerSamples, int networkBatch, int networkReplicates, int normalitySamples,
          Training training) {
        this.label = label;
        this.singleLayerSamples = singleLayerSamples;
        this.networkBatch = networkBatch;
        this.networkReplicates = networkReplicates;
        this.normalitySamples = normalitySamples;
        this.training = training;
    }

    /** The sizes of each Figure 3 training run. */
    public Training training() {
        return training;
    }

    /**
     * Independent pre-activations per goodness-of-fit test (Proposition 2): the same at both scales,
     * since "approximately normal" is relative to the sample size that looks for a departure.
     */
    public int normalitySamples() {
        return normalitySamples;
    }

    public String label() {
        return label;
    }

    /** Draws of a single layer's pre-activation for one Monte Carlo estimate. */
    public long singleLayerSamples() {
        return singleLayerSamples;
    }

    /** Inputs propagated through each simulated deep network. */
    public int networkBatch() {
        return networkBatch;
    }

    /** Independent networks (fresh weights and inputs) per simulation. */
    public int networkReplicates() {
        return networkReplicates;
    }

    /** The scale called {@code name}: {@code ci} or {@code paper}. */
    public static Scale named(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Scale scale : values()) {
            if (scale.label.equals(wanted)) {
                return scale;
            }
        }
        throw new IllegalArgumentException("unknown scale '" + name + "'; use -Dscale=ci (default) or -Dscale=paper");
    }

    @Override
    public String toString() {
        return label;
    }
}
