package io.modelcards.render.jinja.internal.lib;

import java.util.function.IntPredicate;

/**
 * The two word shapes {@code urlize} recognises, decided as Jinja2's {@code _http_re} and {@code _email_re} decide
 * them (Python's Unicode {@code \w}, {@code \d} and case-insensitive letters), but by a linear scan: Java's regex
 * engine recurses once per repetition of a group such as {@code ([\w%-]+\.)+} and would overflow its stack on a
 * long dotted word that Python matches.
 */
final class UrlShapes {
    private static final String[] BASIC_TLDS = {"com", "net", "int", "edu", "gov", "org", "info", "mil"};

    private UrlShapes() {
    }

    /** Python's {@code \w} on str: letters, numbers and the underscore. */
    static boolean word(int cp) {
        if (cp == '_') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean digit(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Whether {@code cp} matches the ASCII letter {@code lower} as Python's {@code re.IGNORECASE} compares them. */
    private static boolean letter(int cp, char lower) {
        if (cp < 128) {
            return Character.toLowerCase(cp) == lower;
        }
        return switch (cp) {
            case 0x130, 0x131 -> lower == 'i';
            case 0x17f -> lower == 's';
            case 0x212a -> lower == 'k';
            default -> false;
        };
    }

    /** Python's {@code [a-z]} under {@code re.IGNORECASE}. */
    private static boolean anyLetter(int cp) {
        return cp < 128 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : cp == 0x130 || cp == 0x131 || cp == 0x17f || cp == 0x212a;
    }

    /** The index after {@code literal} (lower-case letters and punctuation) at {@code from}, else -1. */
    private static int literal(String s, int from, String literal) {
        int i = from;
        for (int k = 0; k < literal.length(); k++) {
            if (i >= s.length()) {
                return -1;
            }
            int cp = s.codePointAt(i);
            char want = literal.charAt(k);
            if (want >= 'a' && want <= 'z' ? !letter(cp, want) : cp != want) {
                return -1;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The end of a maximal run of code points from {@code from} that satisfy the test, and how many there were. */
    private static long run(String s, int from, IntPredicate ok) {
        int i = from;
        int count = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!ok.test(cp)) {
                break;
            }
            i += Character.charCount(cp);
            count++;
        }
        return ((long) i << 32) | count;
    }

    private static int end(long run) {
        return (int) (run >>> 32);
    }

    private static int count(long run) {
        return (int) run;
    }

    /** {@code (?::\d{1,5})?(?:[/?#]\S*)?$} from {@code i}: words hold no whitespace, so any path is accepted. */
    private static boolean rest(String s, int i) {
        if (i >= s.length()) {
            return true;
        }
        char c = s.charAt(i);
        if (c == '/' || c == '?' || c == '#') {
            return true;
        }
        if (c != ':') {
            return false;
        }
        long port = run(s, i + 1, UrlShapes::digit);
        return count(port) >= 1 && count(port) <= 5 && (end(port) == s.length() || "/?#".indexOf(s.charAt(end(port))) >= 0);
    }

    /** Jinja2's {@code _http_re}: whether the whole word is a web address. */
    static boolean isWebAddress(String s) {
        int p = literal(s, 0, "https://");
        if (p < 0) {
            p = literal(s, 0, "http://");
        }
        if (p >= 0 && (labelsThenTld(s, p) || ipv4(s, p) || Urlize.ipv6(s, p))) {
            return true;
        }
        int w = literal(s, 0, "www.");
        if (w >= 0 && labelsThenTld(s, w)) {
            return true;
        }
        return basicDomain(s);
    }

    /** {@code (([\w%-]+\.)+)?([a-z]{2,63}|xn--[\w%]{2,59})} then the rest, from {@code from}. */
    private static boolean labelsThenTld(String s, int from) {
        int t = from;
        while (true) {
            if (tld(s, t)) {
                return true;
            }
            long label = run(s, t, cp -> word(cp) || cp == '%' || cp == '-');
            if (count(label) == 0 || end(label) >= s.length() || s.charAt(end(label)) != '.') {
                return false;
            }
            t = end(label) + 1;
        }
    }

    private static boolean tld(String s, int t) {
        // a shorter match than the whole run would leave a letter where the rest needs an end, ':', '/', '?' or '#'
        long letters = run(s, t, UrlShapes::anyLetter);
        if (count(letters) >= 2 && count(letters) <= 63 && rest(s, end(letters))) {
            return true;
        }
        int x = literal(s, t, "xn--");
        if (x < 0) {
            return false;
        }
        long idna = run(s, x, cp -> word(cp) || cp == '%');
        return count(idna) >= 2 && count(idna) <= 59 && rest(s, end(idna));
    }

    /** {@code ([\w%-]{2,63}\.)+(com|net|int|edu|gov|org|info|mil)} then the rest. */
    private static boolean basicDomain(String s) {
        int t = 0;
        while (true) {
            long label = run(s, t, cp -> word(cp) || cp == '%' || cp == '-');
            if (count(label) < 2 || count(label) > 63 || end(label) >= s.length() || s.charAt(end(label)) != '.') {
                return false;
            }
            t = end(label) + 1;
            for (String tld : BASIC_TLDS) {
                int e = literal(s, t, tld);
                if (e >= 0 && rest(s, e)) {
                    return true;
                }
            }
        }
    }

    /** {@code \d{1,3}(\.\d{1,3}){3}} then the rest. */
    private static boolean ipv4(String s, int from) {
        int i = from;
        for (int part = 0; part < 4; part++) {
            if (part > 0) {
                if (i >= s.length() || s.charAt(i) != '.') {
                    return false;
                }
                i++;
            }
            long digits = run(s, i, UrlShapes::digit);
            if (count(digits) < 1 || count(digits) > 3) {
                return false;
            }
            i = end(digits);
        }
        return rest(s, i);
    }

    /** Jinja2's {@code _email_re}, {@code ^\S+@\w[\w.-]*\.\w+$}, on a word (which holds no whitespace). */
    static boolean isEmail(String s) {
        int at = s.lastIndexOf('@');
        if (at < 1) {
            return false;
        }
        String domain = s.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        if (domain.isEmpty() || !word(domain.codePointAt(0)) || dot < 0 || dot == domain.length() - 1) {
            return false;
        }
        long body = run(domain, 0, cp -> word(cp) || cp == '.' || cp == '-');
        long last = run(domain, dot + 1, UrlShapes::word);
        return end(body) == domain.length() && end(last) == domain.length();
    }
}
