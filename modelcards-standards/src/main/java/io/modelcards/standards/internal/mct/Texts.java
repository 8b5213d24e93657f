package io.modelcards.standards.internal.mct;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks and conversions of text values that formats constrain. */
public final class Texts {
    private Texts() {}

    /** Whether {@code s} is a calendar date written {@code YYYY-MM-DD} (JSON Schema's {@code date} format). */
    public static boolean isIsoDate(String s) {
        if (s == null || !s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }


    /** The first {@code max} characters of {@code s}, never splitting a surrogate pair (so possibly one fewer). */
    public static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
