package weightinit.spec;

import io.cucumber.java.ParameterType;
import weightinit.report.Figure3Section;
import weightinit.report.Verdict;
import weightinit.theory.Activation;
import weightinit.theory.PrintedValue;
import weightinit.theory.Require;

/**
 * Typed parameters of the feature files. Each accepts any token and validates it, so that a bad
 * value in a table fails its scenario with a message that names it (rather than "undefined step").
 */
public class ParameterTypes {

    private static final String TOKEN = "[^\\s|,;()]+";

    /** An activation by its paper name, e.g. {@code relu}. */
    @ParameterType(TOKEN)
    public Activation activation(String name) {
        return Activation.named(name);
    }

    /** N, the width of a layer: a whole number, at least 1. */
    @ParameterType(TOKEN)
    public int width(String text) {
        return Require.positive("width N", wholeNumber("width N", text));
    }

    /** M, the number of layers: a whole number, at least 1. */
    @ParameterType(TOKEN)
    public int depth(String text) {
        return Require.positive("depth M", wholeNumber("depth M", text));
    }

    /** A number as the paper prints it, with its printed precision, e.g. {@code 0.34}. */
    @ParameterType(TOKEN)
    public PrintedValue printed(String text) {
        return PrintedValue.parse(text);
    }

    /** u, a pre-activation standard deviation: positive. */
    @ParameterType(TOKEN)
    public double deviation(String text) {
        return Require.positive("pre-activation standard deviation u", decimal("pre-activation standard deviation u",
                text));
    }

    /** N v^2, a weight variance times the fan-in, as printed (e.g. the 2 of 2/N): positive. */
    @ParameterType(TOKEN)
    public PrintedValue factor(String text) {
        PrintedValue value = PrintedValue.parse(text);
        Require.positive("weight variance factor N v^2 (in N(0, " + text + "/N))", value.value());
        return value;
    }

    /** The verdict a scenario states: "is confirmed", "is refuted", ... */
    @ParameterType("is confirmed|is refuted|is an erratum")
    public Verdict verdict(String text) {
        return switch (text) {
            case "is confirmed" -> Verdict.CONFIRMED;
            case "is refuted" -> Verdict.REFUTED;
            default -> Verdict.ERRATUM;
        };
    }

    /** Which Figure 3 comparison: {@code paper} (eq. (19) as printed) or {@code script} (the author's code). */
    @ParameterType(TOKEN)
    public Figure3Section.Variant variant(String name) {
        return Figure3Section.Variant.named(name);
    }

    /** A printed value, or "-" where none is known. */
    @ParameterType(TOKEN)
    public KnownValue known(String text) {
        return new KnownValue("-".equals(text.trim()) ? null : PrintedValue.parse(text));
    }

    private static int wholeNumber(String what, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a whole number");
        }
    }

    private static double decimal(String what, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number");
        }
    }
}
