package weightinit.spec;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import weightinit.report.XavierReluSection;
import weightinit.theory.PrintedValue;

/** Steps of {@code features/4.2-xavier-relu.feature}: parse, delegate to {@link XavierReluSection}, record. */
public class XavierReluSteps {

    private final ScenarioReport report;
    private final XavierReluSection section;
    private XavierReluSection.Recursion recursion;
    private XavierReluSection.Figure4 figure;
    private int width;
    private int depth;
    private int inputs;

    public XavierReluSteps(ScenarioReport report) {
        this.report = report;
        this.section = new XavierReluSection(report.settings());
    }

    @Given("ReLU layers initialized with v^2 = 1\\/N, fed inputs of mean 0 and variance 1")
    public void reluLayersWithXavier() {
        // the set-up is the recursion's starting point, u_1^2 = 1
    }

    @When("the recursion of eq. \\(26)-\\(28) is run exactly for {depth} layers")
    public void theRecursionIsRun(int layers) {
        recursion = section.recursion(layers);
    }

    @Then("mu_\\{m+1}^2 is {printed} \\(s_m^2 + mu_m^2), as eq. \\(27) states")
    public void theSquaredMeanCoefficient(PrintedValue printed) {
        report.record(section.squaredMeanCoefficient(recursion, printed));
    }

    @Then("s_\\{m+1}^2 is {printed} \\(s_m^2 + mu_m^2), as eq. \\(28) states")
    public void theVarianceCoefficient(PrintedValue printed) {
        report.record(section.varianceCoefficient(recursion, printed));
    }

    @Then("the decay per layer is not the paper's {printed} but 1\\/2, an erratum in eq. \\(29)-\\(30)")
    public void theDecayPerLayer(PrintedValue printed) {
        report.record(section.decayPerLayer(recursion, printed));
    }

    @Then("s_m^2 at layer {depth} is not the paper's {printed} but the exact recursion's, an erratum")
    public void thePrintedVariance(int layer, PrintedValue printed) {
        report.record(section.printedVariance(recursion, layer, printed));
    }

    @Then("s_30^2 \\/ s_22^2 is not the paper's {printed} but \\(1\\/2)^8, an erratum")
    public void theRatio(PrintedValue printed) {
        report.record(section.varianceRatio(recursion, printed));
    }

    @Then("s_30^2 is smaller than s_22^2, so the sentence naming the 30-layer network as the one that converges is "
            + "refuted")
    public void theDeeperIsWorse() {
        report.record(section.deeperIsWorse(recursion));
    }

    @Given("a relu network of width {width} and depth {depth} with weights N\\(0, 1\\/N), fed {width} unit-Gaussian "
            + "inputs")
    public void theLectureNetwork(int width, int depth, int inputs) {
        this.width = width;
        this.depth = depth;
        this.inputs = inputs;
    }

    @When("the first forward pass of Figure 4 is simulated")
    public void theFigure4PassIsSimulated() {
        figure = section.figure4(width, depth, inputs, report::progress);
        figure.charts().forEach(report::chart);
    }

    @Then("every layer's E[x_m^2], and eq. \\(27)-\\(28) given its inputs, match the exact recursion")
    public void everyLayerMatches() {
        report.record(figure.rows());
    }
}
