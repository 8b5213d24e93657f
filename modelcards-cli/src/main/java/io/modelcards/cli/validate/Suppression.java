package io.modelcards.cli.validate;

import java.util.regex.Pattern;

/**
 * A rule switched off: by its exact id ({@code hf/model-index-shape}) or by a pack prefix ({@code annex-iv/*}).
 *
 * @param rule          the id or prefix pattern as written
 * @param inSource      true when the card itself says so, false when the command line does
 * @param justification why, as the card states it, or null
 */
public record Suppression(String rule, boolean inSource, String justification) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.()\\-]*(/[A-Za-z0-9_.()\\-]+)*(/\\*)?");

    public Suppression {
        if (rule == null || !SHAPE.matcher(rule).matches()) {
            throw new IllegalArgumentException("'" + rule + "' is not a rule id: write one as printed in brackets after a"
                    + " problem, e.g. hf/model-index-shape, or a pack followed by /* to switch off all its rules, e.g. hf/*");
        }
    }

    /** Whether this switches off the rule {@code code}. */
    public boolean covers(String code) {
        if (code == null) {
            return false;
        }
        return rule.endsWith("/*") ? code.startsWith(rule.substring(0, rule.length() - 1)) : code.equals(rule);
    }
}
