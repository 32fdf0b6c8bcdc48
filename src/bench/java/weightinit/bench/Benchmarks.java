package weightinit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.blas.params.MMulTranspose;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.Mmul;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import weightinit.data.Cifar10;
import weightinit.simulation.DeepNetworkSimulation;
import weightinit.simulation.NetworkSetup;
import weightinit.theory.Activation;
import weightinit.training.Figure3Training;
import weightinit.training.PaperNetwork;
import weightinit.training.ScaledNormalInit;

/**
 * The speed benchmarks (README, "Speed"), in one JVM so that every ratio compares figures of the
 * same run on the same machine: the GEMM ceiling, the Monte Carlo propagation as the
 * specification runs it, DL4J training of the paper's network (oneDNN engine and DL4J's defaults)
 * and the same network in libtorch through DJL and in TensorFlow through TensorFlow Java (in a
 * JVM of its own, see {@link TensorflowPeer}). Each figure is the median of several timed
 * repetitions after warm-up, with min and max. Writes {@code reports/benchmarks.json} and
 * {@code reports/benchmarks.md}.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:exec} (optionally {@code -Dbench.repetitions=5}).
 */
public final class Benchmarks {

    /** One measured figure. */
    record Figure(String benchmark, double value, String unit, double min, double max, String baseline,
                  Double ratio, String machine) {
    }

    private final int repetitions = Integer.getInteger("bench.repetitions", 5);
    private final String machine = machine();
    private final String settings = "idle threads' spinning: OPENBLAS_THREAD_TIMEOUT=" + System.getenv("OPENBLAS_THREAD_TIMEOUT")
            + ", GOMP_SPINCOUNT=" + System.getenv("GOMP_SPINCOUNT") + " (null: the library's default; pom.xml sets both)";
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Figure> byName = new LinkedHashMap<>();

    public static void main(String[] args) throws IOException {
        Benchmarks b = new Benchmarks();
        b.run();
        Path reports = Path.of(System.getProperty("reports.directory", "reports"));
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("benchmarks.json"), b.json(), StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("benchmarks.md"), b.markdown(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(b.markdown());
        System.out.println("written: " + reports.resolve("benchmarks.json") + ", " + reports.resolve("benchmarks.md"));
    }

    private void run() {
        System.out.println("machine: " + machine + "; " + repetitions + " timed repetitions per figure");
        System.out.println(settings);
        String gemm32 = "ND4J GEMM float32 2000^3";
        String gemm64 = "ND4J GEMM float64 2000^3";
        add(gemm32, "GFLOP/s", null, rates(() -> gemm(DataType.FLOAT, 2000)));
        add(gemm64, "GFLOP/s", null, rates(() -> gemm(DataType.DOUBLE, 2000)));

        String gemmShape = "ND4J GEMM float64 1000x1000x1000 (one Monte Carlo layer's product)";
        add(gemmShape, "GFLOP/s", gemm64, rates(() -> gemm(DataType.DOUBLE, 1000)));
        // the pitfall the Monte Carlo avoids: INDArray.mmuli into a row-major result
        add("ND4J GEMM float64 1000x1000x1000 by INDArray.mmuli into a row-major array", "GFLOP/s", gemmShape,
                rates(() -> mmuliIntoRowMajor(1000)));

        // Monte Carlo as the specification runs it (float64): GEMM FLOPs 2 B N^2 per layer over all the time
        // spent (weights drawn, product, activation, every statistic of DeepNetworkSimulation)
        String mc = "Monte Carlo propagation float64, 30 layers x width 1000 x batch 1000 (scale paper's batch)";
        add(mc, "GFLOP/s", gemm64, rates(() -> monteCarlo(1000)));
        ratio("Monte Carlo, batch 1000, over the GEMM of its own shape", mc, gemmShape);
        // shown for the ceiling; float64 FMAs run at half the float32 rate, so at most 0.5
        ratio("Monte Carlo, batch 1000, over the float32 ceiling (float64 work: 0.5 at most)", mc, gemm32);
        String mcCi = "Monte Carlo propagation float64, 30 layers x width 1000 x batch 256 (scale ci's batch)";
        add(mcCi, "GFLOP/s", gemm64, rates(() -> monteCarlo(256)));

        double flops = PaperNetwork.trainingFlopsPerImage();
        String builtIn32 = "DL4J training, DL4J 1.0.0-M2.1 defaults (built-in conv, no cache), RMSprop, batch 32";
        add(builtIn32, "images/s", null, rates(() -> dl4j(PaperNetwork.Engine.BUILT_IN, 32, true, 4)));
        String fast32 = "DL4J training, oneDNN engine (this project), RMSprop, batch 32";
        add(fast32, "images/s", builtIn32, rates(() -> dl4j(PaperNetwork.Engine.ONEDNN, 32, true, 30)));
        String fast128 = "DL4J training, oneDNN engine (this project), RMSprop, batch 128";
        add(fast128, "images/s", builtIn32, rates(() -> dl4j(PaperNetwork.Engine.ONEDNN, 128, true, 8)));
        add("DL4J training FLOP rate, oneDNN engine, batch 32 (0.40 GFLOP per image)", "GFLOP/s", gemm32,
                scaled(byName.get(fast32), flops / 1e9));
        add("DL4J training FLOP rate, oneDNN engine, batch 128 (0.40 GFLOP per image)", "GFLOP/s", gemm32,
                scaled(byName.get(fast128), flops / 1e9));
        trainerOnRealData(builtIn32);

        String sgd32 = "DL4J training, oneDNN engine, SGD, batch 32";
        String sgd128 = "DL4J training, oneDNN engine, SGD, batch 128";
        add(sgd32, "images/s", null, rates(() -> dl4j(PaperNetwork.Engine.ONEDNN, 32, false, 30)));
        add(sgd128, "images/s", null, rates(() -> dl4j(PaperNetwork.Engine.ONEDNN, 128, false, 8)));
        peer(sgd32, sgd128, flops, gemm32);
        tensorflowPeer(sgd32, sgd128, fast32, fast128, flops, gemm32);
    }

    /**
     * TensorFlow through TensorFlow Java, in a JVM of its own ({@link TensorflowPeer}: it cannot share
     * ND4J's class path), started now, when nothing else runs; its jars are the ones the bench
     * profile copied to {@code target/tensorflow-peer}.
     */
    private void tensorflowPeer(String sgd32, String sgd128, String rms32, String rms128, double flops, String gemm32) {
        Path jars = Path.of(System.getProperty("tensorflow.peer.dir", "target/tensorflow-peer"));
        if (!Files.isDirectory(jars)) {
            System.out.println("(no " + jars + ": the TensorFlow peer is left out; mvn -Pbench test-compile copies it)");
            return;
        }
        long parameters = PaperNetwork.create(new ScaledNormalInit(ScaledNormalInit.Rule.XAVIER, false, 1)).numParams();
        Map<String, double[]> measured;
        String[] version = {"?"};
        try {
            measured = runTensorflowPeer(jars, parameters, version);
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.out.println("(the TensorFlow peer failed: " + e + "; left out)");
            return;
        }
        String name = "TensorFlow " + version[0] + " via TensorFlow Java 1.1.0 (own JVM), same network (NHWC), ";
        String tfSgd32 = name + "SGD, batch 32";
        String tfSgd128 = name + "SGD, batch 128";
        String tfRms32 = name + "RMSprop, batch 32";
        String tfRms128 = name + "RMSprop, batch 128";
        add(tfSgd32, "images/s", null, summary(measured.get("sgd 32")));
        add(tfSgd128, "images/s", null, summary(measured.get("sgd 128")));
        add(tfRms32, "images/s", null, summary(measured.get("rmsprop 32")));
        add(tfRms128, "images/s", null, summary(measured.get("rmsprop 128")));
        ratio("DL4J oneDNN engine over TensorFlow, SGD, batch 32", sgd32, tfSgd32);
        ratio("DL4J oneDNN engine over TensorFlow, SGD, batch 128", sgd128, tfSgd128);
        ratio("DL4J oneDNN engine over TensorFlow, RMSprop, batch 32", rms32, tfRms32);
        ratio("DL4J oneDNN engine over TensorFlow, RMSprop, batch 128", rms128, tfRms128);
        add("TensorFlow training FLOP rate, RMSprop, batch 128", "GFLOP/s", gemm32,
                scaled(byName.get(tfRms128), flops / 1e9));
    }

    /** Runs {@link TensorflowPeer#main} in a child JVM; returns its timed values per "optimizer batch". */
    private Map<String, double[]> runTensorflowPeer(Path jars, long parameters, String[] version)
            throws IOException, InterruptedException {
        StringBuilder classPath = new StringBuilder(Path.of(System.getProperty("bench.classes", "target/test-classes"))
                .toAbsolutePath().toString());
        try (var files = Files.list(jars)) {
            files.filter(f -> f.toString().endsWith(".jar")).sorted()
                    .forEach(f -> classPath.append(java.io.File.pathSeparator).append(f.toAbsolutePath()));
        }
        String channels = Arrays.stream(PaperNetwork.CHANNELS).mapToObj(Integer::toString)
                .collect(java.util.stream.Collectors.joining(","));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", classPath.toString(),
                TensorflowPeer.class.getName(), Integer.toString(repetitions), Long.toString(parameters), channels)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, double[]> measured = new LinkedHashMap<>();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] words = line.trim().split(" ");
                if (words.length == 2 && words[0].equals("version")) {
                    version[0] = words[1];
                }
                if (words.length > 3 && words[0].equals("figure")) {
                    measured.put(words[1] + " " + words[2],
                            Arrays.stream(words, 3, words.length).mapToDouble(Double::parseDouble).toArray());
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || measured.size() != 4) {
            throw new IllegalStateException("TensorflowPeer exited with " + exit + " after " + measured.size()
                    + " of 4 figures");
        }
        return measured;
    }

    private void trainerOnRealData(String baseline) {
        Optional<Cifar10> data = Cifar10.locate(System.getProperties());
        if (data.isEmpty()) {
            System.out.println("(no CIFAR-10 folder: the trainer-on-real-data figure is left out)");
            return;
        }
        Cifar10.Images train = data.get().read(Cifar10.Split.TRAIN, 1_600);
        Cifar10.Images validation = data.get().read(Cifar10.Split.TEST, 100);
        Figure3Training trainer = new Figure3Training(32);
        add("Figure3Training on CIFAR-10 (batch assembly, listener, shuffling incl.), batch 32", "images/s",
                baseline, rates(() -> trainer.train(new ScaledNormalInit(ScaledNormalInit.Rule.EQUATION_19, false, 1),
                        train, validation, 1, 1, line -> { }).last().imagesPerSecond()));
    }

    /** libtorch (PyTorch's C++ core) through DJL, if the bench profile put it on the class path. */
    private void peer(String sgd32, String sgd128, double flops, String gemm32) {
        try {
            Class.forName("ai.djl.pytorch.engine.PtEngine");
        } catch (ClassNotFoundException e) {
            System.out.println("(DJL's PyTorch engine is not on the class path: the peer is left out)");
            return;
        }
        String peer32 = "libtorch 2.7.1 via DJL 0.36.0, same network, SGD, batch 32";
        String peer128 = "libtorch 2.7.1 via DJL 0.36.0, same network, SGD, batch 128";
        long parameters = PaperNetwork.create(new ScaledNormalInit(ScaledNormalInit.Rule.XAVIER, false, 1)).numParams();
        add(peer32, "images/s", null, rates(() -> LibtorchPeer.imagesPerSecond(32, 30, parameters)));
        add(peer128, "images/s", null, rates(() -> LibtorchPeer.imagesPerSecond(128, 8, parameters)));
        ratio("DL4J oneDNN engine over libtorch, SGD, batch 32", sgd32, peer32);
        ratio("DL4J oneDNN engine over libtorch, SGD, batch 128", sgd128, peer128);
        add("libtorch training FLOP rate, batch 128", "GFLOP/s", gemm32, scaled(byName.get(peer128), flops / 1e9));
    }

    /** One way of computing c = a b. */
    @FunctionalInterface
    private interface Product {
        void into(INDArray a, INDArray b, INDArray c);
    }

    /** ND4J's matmul op into a row-major result, as the Monte Carlo calls it: the fastest route found. */
    private static double gemm(DataType type, int n) {
        return gemm(type, n, (a, b, c) -> Nd4j.exec(new Mmul(a, b, c, MMulTranspose.allFalse())));
    }

    /** INDArray.mmuli into a row-major result: a column-major temporary per call, left to the GC. */
    private static double mmuliIntoRowMajor(int n) {
        return gemm(DataType.DOUBLE, n, (a, b, c) -> a.mmuli(b, c));
    }

    /** GFLOP/s of n x n products into a row-major array, timed over about 16 GFLOP (one 2000^3, 8 of 1000^3). */
    private static double gemm(DataType type, int n, Product product) {
        INDArray a = Nd4j.rand(type, n, n);
        INDArray b = Nd4j.rand(type, n, n);
        INDArray c = Nd4j.create(type, n, n);
        int products = (int) Math.max(1, Math.round(16e9 / (2.0 * n * n * n)));
        long t = System.nanoTime();
        for (int i = 0; i < products; i++) {
            product.into(a, b, c);
        }
        double rate = 2.0 * products * n * n * n / ((System.nanoTime() - t) / 1e9) / 1e9;
        a.close();   // native memory back at once: left to the GC, it slows what runs next
        b.close();
        c.close();
        return rate;
    }

    private static double monteCarlo(int batch) {
        int width = 1000;
        int depth = 30;
        NetworkSetup setup = new NetworkSetup(Activation.RELU, width, depth, 2.0 / width, 1.0);
        int replicates = 2;   // the fewest that give a standard error
        long t = System.nanoTime();
        new DeepNetworkSimulation(setup).run(batch, replicates, 42, line -> { });
        return 2.0 * replicates * depth * batch * (double) width * width / ((System.nanoTime() - t) / 1e9) / 1e9;
    }

    private static double dl4j(PaperNetwork.Engine engine, int batch, boolean rmsProp, int steps) {
        ScaledNormalInit init = new ScaledNormalInit(ScaledNormalInit.Rule.EQUATION_19, false, 1);
        MultiLayerConfiguration configuration = rmsProp ? PaperNetwork.configuration(init)
                : PaperNetwork.configuration(init, new Sgd(1e-4));
        if (engine == PaperNetwork.Engine.BUILT_IN) {
            // DL4J's defaults in full: no helpers and no cached pre-activations
            configuration.setCacheMode(CacheMode.NONE);
            configuration.getConfs().forEach(layer -> layer.setCacheMode(CacheMode.NONE));
        }
        MultiLayerNetwork network = PaperNetwork.create(configuration, engine);
        if (PaperNetwork.engineOf(network) != engine) {
            throw new IllegalStateException("asked for the " + engine + " engine, got " + PaperNetwork.engineOf(network)
                    + " (is the oneDNN native classifier on the class path?)");
        }
        DataSet data = randomBatch(batch);
        network.fit(data);   // first step: allocation, workspaces
        long t = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            network.fit(data);
        }
        return steps * batch / ((System.nanoTime() - t) / 1e9);
    }

    static DataSet randomBatch(int batch) {
        INDArray x = Nd4j.rand(DataType.FLOAT, batch, 3, 32, 32);
        INDArray y = Nd4j.zeros(DataType.FLOAT, batch, 10);
        for (int i = 0; i < batch; i++) {
            y.putScalar(i, i % 10, 1f);
        }
        return new DataSet(x, y);
    }

    /** One warm-up, then {@link #repetitions} timed values: median, min, max. */
    private double[] rates(DoubleSupplier measure) {
        measure.getAsDouble();
        double[] values = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            values[i] = measure.getAsDouble();
        }
        return summary(values);
    }

    /** Median, min and max of timed values. */
    private static double[] summary(double[] timed) {
        double[] values = timed.clone();
        Arrays.sort(values);
        int n = values.length;
        double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        return new double[] {median, values[0], values[n - 1]};
    }

    private static double[] scaled(Figure f, double factor) {
        return new double[] {f.value() * factor, f.min() * factor, f.max() * factor};
    }

    private void add(String name, String unit, String baseline, double[] medianMinMax) {
        Double ratio = baseline == null ? null : medianMinMax[0] / byName.get(baseline).value();
        Figure f = new Figure(name, medianMinMax[0], unit, medianMinMax[1], medianMinMax[2], baseline, ratio, machine);
        figures.add(f);
        byName.put(name, f);
        System.out.printf(Locale.ROOT, "%-100s %10.1f %s (min %.1f, max %.1f)%s%n", name, f.value(), unit, f.min(),
                f.max(), ratio == null ? "" : String.format(Locale.ROOT, ", x%.2f of %s", ratio, baseline));
    }

    /** value / baseline, with the extreme ratios of their min and max as the range. */
    private void ratio(String name, String value, String baseline) {
        Figure v = byName.get(value);
        Figure b = byName.get(baseline);
        double r = v.value() / b.value();
        Figure f = new Figure(name, r, "ratio", v.min() / b.max(), v.max() / b.min(), baseline, r, machine);
        figures.add(f);
        byName.put(name, f);
        System.out.printf(Locale.ROOT, "%-100s %10.2f x of %s%n", name, r, baseline);
    }

    private String json() {
        StringBuilder out = new StringBuilder("[\n");
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            out.append(String.format(Locale.ROOT, "  {\"benchmark\": %s, \"value\": %.4f, \"unit\": %s, \"min\": %.4f, "
                            + "\"max\": %.4f, \"baseline\": %s, \"ratio\": %s, \"machine\": %s}%s%n",
                    quote(f.benchmark()), f.value(), quote(f.unit()), f.min(), f.max(),
                    f.baseline() == null ? "null" : quote(f.baseline()),
                    f.ratio() == null ? "null" : String.format(Locale.ROOT, "%.4f", f.ratio()), quote(f.machine()),
                    i + 1 < figures.size() ? "," : ""));
        }
        return out.append("]\n").toString();
    }

    private String markdown() {
        StringBuilder out = new StringBuilder("Benchmarks on " + machine + " (median of " + repetitions
                + " timed repetitions after warm-up; min-max); " + settings + "\n\n"
                + "| benchmark | value | unit | min-max | ratio to baseline |\n|---|---:|---|---|---|\n");
        for (Figure f : figures) {
            String number = "ratio".equals(f.unit()) ? "%.2f" : "%.1f";
            out.append(String.format(Locale.ROOT, "| %s | " + number + " | %s | " + number + "-" + number + " | %s |%n",
                    f.benchmark(), f.value(), f.unit(), f.min(), f.max(), f.ratio() == null ? ""
                            : String.format(Locale.ROOT, "%.2f x (%s)", f.ratio(), f.baseline())));
        }
        return out.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: the OS name below still says what ran
        }
        return String.format(Locale.ROOT, "%s, %d cores, %s %s, Java %s", cpu,
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"));
    }
}
