/**
 * The {@code modelcards} command (picocli): {@link ModelcardsCommand} and one class per subcommand (demo, profile,
 * import, convert, render, validate, templates, completion).
 *
 * <p>The commands only parse arguments, call the library (core, render, profile) and print; each failure becomes a
 * printed diagnostic and an {@link ExitCode}.
 */
package io.modelcards.cli;
