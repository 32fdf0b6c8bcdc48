package weightinit.spec;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Locale;
import weightinit.report.SetupSection;
import weightinit.simulation.InputStructure;
import weightinit.simulation.NetworkSetup;

/** Steps of {@code features/2-setup.feature}: parse, delegate to {@link SetupSection}, record. */
public class SetupSteps {

    private final ScenarioReport report;
    private final SetupSection section;
    private InputStructure inputs;
    private int width;
    private SetupSection.Layer layer;
    private NetworkSetup.Weights weights;
    private SetupSection.NormalityTest test;

    public SetupSteps(ScenarioReport report) {
        this.report = report;
        this.section = new SetupSection(report.settings());
    }

    @Given("a layer of width {width} with weights N\\(0, 1\\/N), fed {inputs} inputs")
    public void aLayer(int width, InputStructure inputs) {
        this.width = width;
        this.inputs = inputs;
    }

    @When("its pre-activations are simulated")
    public void itsPreActivationsAreSimulated() {
        layer = section.layer(inputs, width);
    }

    @Then("r_m is 0, the cross terms vanish and u_m^2 = N v^2 \\(s_m^2 + mu_m^2), as eq. \\(3)-\\(6) state")
    public void theMomentsHold() {
        report.record(section.moments(layer));
    }

    @Given("pre-activations y = sum_j W_j x_j with {weights} weights of variance 1\\/N and N = {width} inputs from "
            + "a ReLU layer")
    public void preActivations(NetworkSetup.Weights weights, int width) {
        this.weights = weights;
        this.width = width;
    }

    @When("their distribution is tested against N\\(0, u^2)")
    public void theirDistributionIsTested() {
        test = section.normalityTest(weights, width);
    }

    @Then("normality {rejection} at level 0.001")
    public void normality(boolean rejected) {
        report.record(section.normality(test, rejected));
    }

    /** Converts table words to the simulation's enums. */
    public static class Types {

        @io.cucumber.java.ParameterType("independent|equicorrelated|relu-layer|[^\\s|,;()]+")
        public InputStructure inputs(String name) {
            try {
                return InputStructure.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown input structure '" + name
                        + "'; known: independent, equicorrelated, relu-layer");
            }
        }

        @io.cucumber.java.ParameterType("normal|uniform|[^\\s|,;()]+")
        public NetworkSetup.Weights weights(String name) {
            try {
                return NetworkSetup.Weights.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown weight distribution '" + name + "'; known: normal, uniform");
            }
        }

        @io.cucumber.java.ParameterType("is rejected|is not rejected")
        public boolean rejection(String text) {
            return "is rejected".equals(text);
        }
    }
}
