package weightinit.spec;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The reproduction: runs every feature file under {@code features/} (the paper's claims) with
 * Cucumber on the JUnit Platform. Run by failsafe in {@code mvn verify}; configuration in
 * {@code src/test/resources/junit-platform.properties}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
public class SpecificationIT {
}
