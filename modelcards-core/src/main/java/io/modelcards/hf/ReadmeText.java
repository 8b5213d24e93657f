package io.modelcards.hf;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;

/**
 * A README cut into its byte order mark, front matter fences and YAML, and body, so that the parts concatenate back
 * to the exact input.
 *
 * @param bom         whether the text started with U+FEFF
 * @param openFence   the opening "---" line with its line ending, or null when there is no front matter
 * @param yaml        the text between the fences, or null
 * @param closeFence  the closing "---" line with its line ending if any, or null
 * @param body        everything after the front matter
 * @param bodyLine    the 1-based line the body starts on
 * @param lineEnding  the first line ending in the file, "\n" when there is none
 */
record ReadmeText(boolean bom, String openFence, String yaml, String closeFence, String body, int bodyLine, String lineEnding) {

    /** Cuts {@code text}; an opening fence without a closing one is an error. */
    static ReadmeText of(String text, String file) throws InvalidInputException {
        boolean bom = text.startsWith("\uFEFF");
        String t = bom ? text.substring(1) : text;
        int firstNl = t.indexOf('\n');
        String le = firstNl > 0 && t.charAt(firstNl - 1) == '\r' ? "\r\n" : "\n";
        String open = t.startsWith("---\n") ? "---\n" : t.startsWith("---\r\n") ? "---\r\n" : null;
        if (open == null) {
            return new ReadmeText(bom, null, null, null, t, 1, le);
        }
        int pos = open.length();
        int line = 2;
        while (pos <= t.length()) {
            int nl = t.indexOf('\n', pos);
            int end = nl < 0 ? t.length() : nl + 1;
            String l = t.substring(pos, end);
            if (l.equals("---") || l.equals("---\n") || l.equals("---\r\n")) {
                return new ReadmeText(bom, open, t.substring(open.length(), pos), l, t.substring(end), line + 1, le);
            }
            if (nl < 0) {
                break;
            }
            pos = end;
            line++;
        }
        throw new InvalidInputException(Diagnostic.error(file, 1, 1, "hf/front-matter-unclosed",
                "the front matter that starts on line 1 is never closed: add a line with only --- after the metadata"));
    }
}
