package weightinit.spec;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import weightinit.report.ReluSection;
import weightinit.theory.Activation;
import weightinit.theory.PrintedValue;

/** Steps of {@code features/4.1-relu.feature}: parse, delegate to {@link ReluSection}, record. */
public class ReluSteps {

    private final ScenarioReport report;
    private final ReluSection section;
    private final PreActivationScale scale;
    private ReluSection.SingleLayer layer;
    private ReluSection.FixedPoint fixedPoint;
    private ReluSection.Network network;
    private int width;
    private int depth;
    private PrintedValue varianceFactor;

    public ReluSteps(ScenarioReport report, PreActivationScale scale) {
        this.report = report;
        this.scale = scale;
        this.section = new ReluSection(report.settings());
    }

    @Given("a pre-activation y ~ N\\(0, u^2) with u = {deviation}")
    public void aPreActivation(double u) {
        scale.set(u);
    }

    @When("the moments of x = max\\(0, y) are computed in closed form, by quadrature and by Monte Carlo")
    public void theMomentsAreComputed() {
        layer = section.singleLayer(scale.standardDeviation());
    }

    @Then("the mean of x is u\\/sqrt\\(2 pi), as eq. \\(20) states")
    public void theMeanIs() {
        report.record(section.mean(layer));
    }

    @Then("the second moment of x is u^2\\/2, as eq. \\(21) states")
    public void theSecondMomentIs() {
        report.record(section.secondMoment(layer));
    }

    @Then("the variance of x is {printed} u^2, as eq. \\(22) states")
    public void theVarianceIs(PrintedValue coefficient) {
        report.record(section.variance(layer, coefficient));
    }

    @Given("the ReLU variance map s^2\\(u^2) = Var[max\\(0, y)] for y ~ N\\(0, u^2)")
    public void theVarianceMap() {
        // the map itself is ReluSection's quadrature; nothing to set up
    }

    @When("s^2\\(u^2) = 1 is solved for u^2")
    public void theFixedPointIsSolved() {
        fixedPoint = section.fixedPoint();
    }

    @Then("u^2 is {printed}, as eq. \\(23) states")
    public void theFixedPointVarianceIs(PrintedValue printed) {
        report.record(section.fixedPointVariance(fixedPoint, printed));
    }

    @Then("the mean of x there is {printed}, as the paper states after eq. \\(23)")
    public void theFixedPointMeanIs(PrintedValue printed) {
        report.record(section.fixedPointMean(fixedPoint, printed));
    }

    @Then("the squared mean there is not the paper's {printed} but 1\\/\\(pi - 1), an erratum in eq. \\(24)")
    public void theSquaredMeanIsAnErratum(PrintedValue printed) {
        report.record(section.fixedPointSquaredMean(fixedPoint, printed));
    }

    @Then("N v^2 = u^2 \\/ \\(1 + mu^2) there is {printed}, as eq. \\(25) states")
    public void theVarianceFactorIs(PrintedValue printed) {
        report.record(section.varianceFactor(fixedPoint, printed));
    }

    @Given("a {activation} network of width {width} and depth {depth} with weights N\\(0, {factor}\\/N), fed inputs "
            + "at the fixed point")
    public void aNetwork(Activation activation, int width, int depth, PrintedValue factor) {
        if (activation != Activation.RELU) {
            throw new IllegalArgumentException("Section 4.1 is about relu networks, got activation '" + activation + "'");
        }
        this.width = width;
        this.depth = depth;
        this.varianceFactor = factor;
    }

    @When("the first forward pass is simulated")
    public void theForwardPassIsSimulated() {
        network = section.network(width, depth, varianceFactor, report::progress);
        network.charts().forEach(report::chart);
    }

    @Then("every layer's u_m^2 stays at the fixed point")
    public void everyLayerStaysAtTheFixedPoint() {
        report.record(network.preActivationVariance());
    }

    @Then("every layer's outputs follow eq. \\(20)-\\(22) given that layer's inputs")
    public void everyLayerFollowsTheMoments() {
        report.record(network.conditionalMoments());
    }

    @Then("the N v^2 that preserves the second moment, measured through the network, is {printed}")
    public void theMeasuredFactorIs(PrintedValue printed) {
        report.record(section.measuredVarianceFactor(network, printed));
    }
}
