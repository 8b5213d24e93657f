package io.modelcards.cli;

/** Entry point of the {@code modelcards} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(0);
    }
}
