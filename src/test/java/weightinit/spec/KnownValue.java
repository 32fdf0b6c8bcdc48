package weightinit.spec;

import weightinit.theory.PrintedValue;

/** A table cell that is either a printed value or "-" (none known). */
public record KnownValue(PrintedValue value) {
}
