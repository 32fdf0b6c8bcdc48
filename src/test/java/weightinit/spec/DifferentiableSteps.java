package weightinit.spec;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import weightinit.report.DifferentiableSection;
import weightinit.report.Verdict;
import weightinit.theory.Activation;
import weightinit.theory.PrintedValue;

/** Steps of {@code features/3-differentiable.feature}: parse, delegate to {@link DifferentiableSection}, record. */
public class DifferentiableSteps {

    private final ScenarioReport report;
    private final DifferentiableSection section;
    private Activation activation;
    private DifferentiableSection.Expansion expansion;
    private DifferentiableSection.Analysis analysis;
    private DifferentiableSection.Initialization initialization;
    private DifferentiableSection.OneSidedSlopes slopes;

    public DifferentiableSteps(ScenarioReport report) {
        this.report = report;
        this.section = new DifferentiableSection(report.settings());
    }

    @Given("the activation {activation}")
    public void theActivation(Activation activation) {
        this.activation = activation;
    }

    @When("g is expanded to first order about 0")
    public void expandedToFirstOrder() {
        expansion = section.expand(activation);
    }

    @When("its one-sided slopes at 0 are computed")
    public void oneSidedSlopes() {
        slopes = section.slopes(activation);
    }

    @Then("they differ, so eq. \\(8)-\\(12) do not apply")
    public void theyDiffer() {
        report.record(section.notDifferentiable(slopes));
    }

    @When("eq. \\(12) and the exact variance map are computed for it")
    public void eq12AndTheExactMap() {
        analysis = section.analyse(activation);
    }

    @When("the exact variance map is solved for its variance-preserving and critical N v^2")
    public void theExactMapIsSolved() {
        initialization = section.solve(activation);
    }

    @Then("g\\(0) is {printed} and g'\\(0) is {printed}, as eq. \\(8) uses them")
    public void valueAndSlope(PrintedValue valueAtZero, PrintedValue slope) {
        report.record(section.expansionPoint(expansion, valueAtZero, slope));
    }

    @Then("the exact mean and variance approach g\\(0) and g'\\(0)^2 u^2 as u shrinks, as eq. \\(9)-\\(11) assume")
    public void firstOrder() {
        report.record(section.firstOrder(activation));
    }

    @Then("eq. \\(12) gives N v^2 = {printed}, and it {verdict} the exact variance-preserving N v^2")
    public void eq12(PrintedValue formula, Verdict verdict) {
        report.record(section.formula(analysis, formula, verdict));
    }

    @Then("v sqrt\\(N) is {printed}, as eq. \\(14) states")
    public void eq14(PrintedValue printed) {
        report.record(section.tanh(analysis, printed));
    }

    @Then("v sqrt\\(N) is {printed}, as eq. \\(19) states")
    public void eq19(PrintedValue printed) {
        report.record(section.sigmoid(analysis, printed));
    }

    @Then("they agree with the known closed forms {known} and {known}")
    public void exactInitialization(KnownValue preserving, KnownValue critical) {
        report.record(section.exactInitialization(initialization, preserving.value(), critical.value()));
    }
}
