/**
 * How the {@code modelcards} command talks about its own command line: {@link UsageHelp} prints help that wraps
 * between words at the terminal's width, and {@link Typos} turns a mistyped subcommand or option into a usage problem
 * that names the nearest valid one.
 */
package io.modelcards.cli.usage;
