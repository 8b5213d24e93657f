package io.modelcards.cli.usage;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** The width help is wrapped to: {@code COLUMNS} when set, else the terminal's, else 80 (a pipe or a log). */
public final class TerminalWidth {
    private static final int DEFAULT = 80;

    private TerminalWidth() {}

    /** Measures the width now; asks {@code stty} only when standard input and output are a terminal. */
    public static int detect() {
        Integer columns = positive(System.getenv("COLUMNS"));
        if (columns != null) {
            return columns;
        }
        if (System.console() == null) {
            return DEFAULT;
        }
        Integer measured = stty();
        return measured != null ? measured : DEFAULT;
    }

    /** {@code stty size} prints "rows columns" of the terminal on its standard input. */
    private static Integer stty() {
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(1, TimeUnit.SECONDS)) {
                p.destroy();
                return null;
            }
            String[] size = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip().split(" ");
            return size.length == 2 ? positive(size[1]) : null;
        } catch (IOException e) {
            // No stty (another platform): the default width is still readable.
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Integer positive(String s) {
        if (s == null || !s.strip().matches("[0-9]{1,4}")) {
            return null;
        }
        int n = Integer.parseInt(s.strip());
        return n > 0 ? n : null;
    }
}
