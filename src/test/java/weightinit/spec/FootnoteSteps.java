package weightinit.spec;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import weightinit.report.FootnoteSection;
import weightinit.report.Verdict;
import weightinit.theory.Activation;
import weightinit.theory.PrintedValue;

/** Steps of {@code features/footnote-1-backward-pass.feature}: parse, delegate to {@link FootnoteSection}, record. */
public class FootnoteSteps {

    private final ScenarioReport report;
    private final FootnoteSection section;
    private Activation activation;
    private PrintedValue factor;
    private int width;
    private int depth;
    private FootnoteSection.Network network;

    public FootnoteSteps(ScenarioReport report) {
        this.report = report;
        this.section = new FootnoteSection(report.settings());
    }

    @Given("a {activation} network of width {width} and depth {depth} with weights N\\(0, {factor}\\/N), fed "
            + "unit-Gaussian inputs")
    public void aNetwork(Activation activation, int width, int depth, PrintedValue factor) {
        this.activation = activation;
        this.width = width;
        this.depth = depth;
        this.factor = factor;
    }

    @When("its forward and backward passes are simulated")
    public void forwardAndBackward() {
        network = section.network(activation, factor, width, depth, report::progress);
    }

    @Then("the forward variance is held and the gradient variance per layer {verdict}")
    public void theFootnote(Verdict verdict) {
        report.record(section.footnote(network, verdict));
    }

    @Then("the forward variance is not held, and both gains match the exact ones")
    public void thePremiseFails() {
        report.record(section.premiseFails(network));
    }
}
