package weightinit.spec;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import weightinit.data.Cifar10;
import weightinit.report.Figure3Section;
import weightinit.report.Scale;
import weightinit.report.Verdict;

/**
 * Steps of {@code features/3.2-sigmoid-figure-3.feature}: locate and read the data, delegate the
 * training and the declared test to {@link Figure3Section}, record. Without the data set, or at a
 * scale that does not run a variant, the scenario is skipped with the reason (the ledger says
 * not-run); a corrupt data file fails it with the file's name.
 */
public class Figure3Steps {

    private final ScenarioReport report;
    private final Figure3Section section;
    private Optional<Cifar10> data = Optional.empty();
    private Figure3Section.Experiment experiment;

    public Figure3Steps(ScenarioReport report) {
        this.report = report;
        this.section = new Figure3Section(report.settings());
    }

    @Given("the CIFAR-10 training and test images of this run's scale")
    public void theImages() {
        data = Cifar10.locate(System.getProperties());
    }

    @When("the paper's network is trained from both initializations of the {variant} variant, once per seed")
    public void trained(Figure3Section.Variant variant) {
        Optional<String> reason = section.notRunReason(variant);
        if (reason.isEmpty() && data.isEmpty()) {
            reason = Optional.of("no CIFAR-10 folder at '" + System.getProperty(Cifar10.DIRECTORY_PROPERTY,
                    Cifar10.DEFAULT_DIRECTORY) + "' (set -D" + Cifar10.DIRECTORY_PROPERTY
                    + "=<cifar-10-batches-bin folder>)");
        }
        if (reason.isPresent()) {
            report.notRun(section.notRun(variant, reason.get()));
        }
        Scale.Training sizes = section.sizes();
        Cifar10.Images train = data.get().read(Cifar10.Split.TRAIN, sizes.images());
        Cifar10.Images validation = data.get().read(Cifar10.Split.TEST, sizes.validationImages());
        report.progress("CIFAR-10 from " + data.get().directory() + ": " + train.count() + " training, "
                + validation.count() + " test images; SHA-256 " + train.checksums() + " " + validation.checksums());
        experiment = section.train(variant, train, validation, report::progress);
        report.attach("Figure 3 curves (CSV)", "text/csv",
                Figure3Section.curves(experiment).getBytes(StandardCharsets.UTF_8));
        report.chart("Figure 3, " + variant.label() + " variant", section.chart(experiment));
    }

    @Then("Figure 3's claim {verdict} by the declared test, for every seed")
    public void theClaim(Verdict verdict) {
        report.record(section.claim(experiment, verdict));
    }
}
