package io.modelcards.codec;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.regex.Pattern;

/**
 * Decides which strings the card's YAML form must quote: every string that a YAML 1.1 reader (PyYAML, SnakeYAML, yq)
 * or a YAML 1.2 core-schema reader would resolve, written plain, to something other than a string. Quoting only
 * those keeps the file readable while every YAML library reads back the same text.
 */
final class PlainScalars extends StringQuotingChecker {
    private static final long serialVersionUID = 1L;

    /** YAML 1.1 booleans, nulls, ints, floats, timestamps, merge and value keys; YAML 1.2 core ints and floats. */
    private static final Pattern NOT_A_STRING = Pattern.compile(String.join("|",
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
            "~|null|Null|NULL|",
            "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+",
            "0o[0-7]+|[-+]?[0-9]+",
            "[-+]?[0-9][0-9_]*\\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?|"
                    + "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*",
            "[-+]?[0-9]+(?:\\.[0-9]*)?[eE][-+]?[0-9]+",
            "[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)",
            "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
                    + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?",
            "<<|="));

    private final StringQuotingChecker base = StringQuotingChecker.Default.instance();

    /** Whether some YAML 1.1 or 1.2 reader would read {@code s}, written plain, as a non-string. */
    static boolean resolvesToNonString(String s) {
        return NOT_A_STRING.matcher(s).matches();
    }

    @Override
    public boolean needToQuoteName(String name) {
        return base.needToQuoteName(name) || resolvesToNonString(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
        return base.needToQuoteValue(value) || resolvesToNonString(value);
    }
}
