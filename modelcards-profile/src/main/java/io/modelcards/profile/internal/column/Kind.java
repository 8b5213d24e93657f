package io.modelcards.profile.internal.column;

/** The kinds of value a column can hold, in the order the {@code kinds} map of a column lists them. */
enum Kind {
    BOOL("bool"), INT("int"), FLOAT("float"), STRING("string"), BINARY("binary"), LIST("list"), STRUCT("struct");

    static final Kind[] ALL = values();

    final String label;

    Kind(String label) {
        this.label = label;
    }

    /** Whether int and float values of a column count as one group ("float" when both occur). */
    boolean numeric() {
        return this == INT || this == FLOAT;
    }
}
