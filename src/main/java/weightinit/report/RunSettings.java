package weightinit.report;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The options of one reproduction run, read from system properties (README, "Options").
 *
 * @param seed             seed of every random draw (property {@code seed})
 * @param scale            sample sizes (property {@code scale})
 * @param reportsDirectory where the claims ledger goes (property {@code reports.directory})
 */
public record RunSettings(long seed, Scale scale, Path reportsDirectory) {

    /** The seed used when none is given: the paper's date, 4 May 2017. */
    public static final long DEFAULT_SEED = 20170504L;

    public RunSettings {
        if (scale == null || reportsDirectory == null) {
            throw new IllegalArgumentException("scale and reports directory are required");
        }
    }

    /** The settings in {@code properties}, with defaults for the missing ones. */
    public static RunSettings from(Properties properties) {
        String seedText = properties.getProperty("seed", Long.toString(DEFAULT_SEED)).trim();
        long seed;
        try {
            seed = Long.parseLong(seedText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed '" + seedText + "' is not a whole number (e.g. -Dseed=42)");
        }
        Scale scale = Scale.named(properties.getProperty("scale", Scale.CI.label()));
        Path reports = Path.of(properties.getProperty("reports.directory", "reports"));
        return new RunSettings(seed, scale, reports);
    }

    /**
     * A seed for one named draw of this run, derived from the run's seed, so that scenarios do not
     * share random numbers and running one scenario alone gives the same numbers as the full run.
     */
    public long seedFor(String purpose) {
        long h = seed ^ 0x9E3779B97F4A7C15L;
        for (char c : purpose.toCharArray()) {
            h = (h ^ c) * 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
