package weightinit.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.factory.Nd4j;
import weightinit.numerics.RandomStreams;
import weightinit.simulation.DeepNetworkSimulation;

/** What the report records about the machine and the run (Allure's Environment panel). */
public final class RunEnvironment {

    private RunEnvironment() {
    }

    /** Name-value pairs: JVM, ND4J backend and BLAS, cores, generator, seed, scale. */
    public static Map<String, String> describe(RunSettings settings) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("seed", Long.toString(settings.seed()));
        env.put("scale", settings.scale().label());
        env.put("random.generator", RandomStreams.ALGORITHM + " (java.util.random), seeded per scenario from the run seed;"
                + " the Monte Carlo's arrays " + DeepNetworkSimulation.draws());
        env.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        env.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        env.put("max.heap", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        env.put("monte.carlo.statistics", DeepNetworkSimulation.statisticsKernel());
        try {
            env.put("nd4j.backend", Nd4j.getBackend().getClass().getSimpleName());
            env.put("nd4j.blas", String.valueOf(Nd4j.factory().blas().getBlasVendor()));
            env.put("nd4j.threads", Integer.toString(Nd4j.getEnvironment().maxMasterThreads()));
        } catch (RuntimeException | LinkageError e) {
            env.put("nd4j.backend", "unavailable: " + e.getMessage());
        }
        return env;
    }
}
