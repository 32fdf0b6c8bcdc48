package weightinit.spec;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import weightinit.report.TanhSection;
import weightinit.theory.PrintedValue;

/** Steps of {@code features/3.1-tanh-saturation.feature}: parse, delegate to {@link TanhSection}, record. */
public class TanhSteps {

    private static final List<Double> FIGURE_1_SCALES = List.of(0.25, 0.5, 1.0, 2.0);

    private final ScenarioReport report;
    private final TanhSection section;
    private TanhSection.Recursion recursion;
    private TanhSection.Network network;
    private int width;
    private int depth;
    private final PreActivationScale scale;
    private TanhSection.UniformWeights uniformWeights;
    private TanhSection.Density density;

    public TanhSteps(ScenarioReport report, PreActivationScale scale) {
        this.report = report;
        this.scale = scale;
        this.section = new TanhSection(report.settings());
    }

    /** A fraction as the paper prints it, e.g. 1/3. */
    @ParameterType("[^\\s|,;()]+/[^\\s|,;()]+")
    public TanhSection.Fraction fraction(String text) {
        return TanhSection.Fraction.parse(text);
    }

    @Given("weights drawn from U[-1\\/sqrt\\(N), 1\\/sqrt\\(N)]")
    public void uniformWeights() {
        // the distribution is the claim's subject; nothing to set up
    }

    @When("their variance is computed by quadrature and by Monte Carlo")
    public void theirVarianceIsComputed() {
        uniformWeights = section.uniformWeights();
    }

    @Then("N v^2 is 1\\/{printed}, as the paper states before eq. \\(15)")
    public void theUniformVariance(PrintedValue denominator) {
        report.record(section.uniformVariance(uniformWeights, denominator));
    }

    @Given("a tanh network with weights U[-1\\/sqrt\\(N), 1\\/sqrt\\(N)], fed inputs of variance 1")
    public void aTanhNetwork() {
        // the recursion starts from u_1^2 = N v^2 = 1/3
    }

    @When("the exact variance map is iterated for {depth} layers")
    public void theMapIsIterated(int layers) {
        recursion = section.recursion(layers);
    }

    @Then("s_\\{m+1}^2 \\/ s_m^2 is at most {fraction} at every layer and tends to it, as eq. \\(15) states")
    public void theRatio(TanhSection.Fraction fraction) {
        report.record(section.varianceRatio(recursion, fraction));
    }

    @Given("a tanh network of width {width} and depth {depth} with weights U[-1\\/sqrt\\(N), 1\\/sqrt\\(N)], fed "
            + "unit-Gaussian inputs")
    public void aGlorotNetwork(int width, int depth) {
        this.width = width;
        this.depth = depth;
    }

    @When("its first forward pass is simulated")
    public void itsForwardPassIsSimulated() {
        network = section.network(width, depth, report::progress);
        network.charts().forEach(report::chart);
    }

    @Then("u_m^2 decreases with m, as the paper concludes from eq. \\(15)")
    public void decreasing() {
        report.record(section.decreasingVariance(network));
    }

    @Then("the share of saturated activations falls with depth")
    public void saturationFalls() {
        report.record(section.fallingSaturation(network));
    }

    @When("x = tanh\\(y) is drawn through ND4J and eq. \\(16) is integrated")
    public void drawnAndIntegrated() {
        density = section.density(scale.standardDeviation());
    }

    @Then("eq. \\(16) is a density that fits the simulated activations")
    public void theDensityFits() {
        report.record(section.densityClaim(density));
    }

    @Given("the density of eq. \\(16)")
    public void theDensity() {
        // eq. (16) is TanhSaturation.density
    }

    @When("it is plotted for u_m = 0.25, 0.5, 1 and 2")
    public void itIsPlotted() {
        report.chart("Figure 1", section.figure1(FIGURE_1_SCALES));
    }

    @Then("the chart shows one mode at 0 for u_m = 0.25 and two modes near +-1 for u_m = 2")
    public void theShapes() {
        report.record(section.figure1Shapes(FIGURE_1_SCALES));
    }
}
