package io.modelcards.capture.internal.redaction;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that decides what looks like a secret; every string the recorder captures passes through it, so no
 * secret reaches any output.
 *
 * <p>Keys are split into words (on {@code . _ - [ ]} and camelCase) and match when a word, or two adjacent words, name
 * a secret ({@code token}, {@code password}, {@code api_key} …). Whole words keep {@code tokenizer} and
 * {@code max_tokens} out. Values match known credential shapes: credentials in URLs, cloud and hub tokens, JWTs, PEM
 * private keys, bearer tokens and {@code password=…} pairs in connection strings.
 */
public final class Secrets {
    /** What a redacted value, or the redacted part of a text, reads. */
    public static final String REDACTED = "<redacted>";

    private static final Set<String> SECRET_WORDS = Set.of(
            "token", "password", "passwd", "pwd", "passphrase", "secret", "apikey", "credential", "credentials",
            "auth", "authorization", "session", "cookie", "bearer", "privatekey", "accesskey", "secretkey",
            "accountkey", "sharedaccesskey", "sas");
    // Tokenizer settings (pad_token = "[PAD]") name vocabulary entries, not credentials.
    private static final Set<String> VOCABULARY_TOKENS = Set.of(
            "pad", "bos", "eos", "unk", "sep", "cls", "mask", "start", "end", "special", "decoder", "additional");
    private static final Set<String> SECRET_PAIRS = Set.of(
            "api_key", "access_key", "private_key", "secret_key", "client_secret", "account_key", "access_token",
            "refresh_token", "auth_token", "session_id", "connection_string", "conn_str", "shared_access");

    // Credential shapes, most specific first. Each match is replaced by REDACTED inside the text.
    private static final List<Pattern> VALUE_PATTERNS = List.of(
            Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----[\\s\\S]*?(-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|\\z)"),
            Pattern.compile("(?<=[A-Za-z][A-Za-z0-9+.\\-]{0,30}://)[^/\\s:@?#]+:[^/\\s@?#]*(?=@)"),
            Pattern.compile("\\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\\b"),
            Pattern.compile("\\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}\\b"),
            Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{22,}"),
            Pattern.compile("\\bglpat-[A-Za-z0-9_\\-]{20,}"),
            Pattern.compile("\\b(?:hf_|api_org_)[A-Za-z0-9]{30,}\\b"),
            Pattern.compile("\\bsk-[A-Za-z0-9_\\-]{20,}"),
            Pattern.compile("\\b(?:sk|rk|pk|whsec)_(?:live|test)_[0-9A-Za-z]{16,}"),
            Pattern.compile("\\bxox[abposr]-[A-Za-z0-9\\-]{10,}"),
            Pattern.compile("https://hooks\\.slack\\.com/services/[A-Za-z0-9/]+"),
            Pattern.compile("\\bAIza[0-9A-Za-z_\\-]{35}"),
            Pattern.compile("\\bya29\\.[0-9A-Za-z_\\-]{20,}"),
            Pattern.compile("\\beyJ[A-Za-z0-9_\\-]{8,}\\.eyJ[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,}"),
            Pattern.compile("\\bnpm_[A-Za-z0-9]{36}\\b"),
            Pattern.compile("\\bpypi-[A-Za-z0-9_\\-]{50,}"),
            Pattern.compile("\\bSG\\.[A-Za-z0-9_\\-]{16,}\\.[A-Za-z0-9_\\-]{16,}"),
            Pattern.compile("\\bdop_v1_[a-f0-9]{64}\\b"),
            Pattern.compile("\\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}\\b"),
            Pattern.compile("\\bdapi[a-f0-9]{32}\\b"),
            Pattern.compile("\\bSK[0-9a-fA-F]{32}\\b"),
            Pattern.compile("\\bkey-[0-9a-zA-Z]{32}\\b"),
            Pattern.compile("(?i)\\b(?:bearer|basic|token)\\s+[A-Za-z0-9._~+/=\\-]{8,}"),
            Pattern.compile("(?i)(?<![A-Za-z0-9])(?:(?:access|auth|refresh|api|hf|github|secret|session|private|client|db|aws|x)[_-])?"
                    + "(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|accountkey|sharedaccesskey"
                    + "|client[_-]?secret|sig|x-amz-signature|x-amz-credential)\\s*[=:]\\s*[^\\s;,&'\"]+"));

    private static final Pattern WORD_SPLIT = Pattern.compile("[._\\-\\[\\]\\s/]+|(?<=[a-z0-9])(?=[A-Z])");

    private Secrets() {}

    /** Whether a (possibly dotted) name names a secret, so its value must be redacted whatever it looks like. */
    public static boolean isSecretKey(String key) {
        if (key == null || key.isEmpty()) {
            return false;
        }
        String[] words = WORD_SPLIT.split(key);
        String previous = null;
        for (String w : words) {
            String word = w.toLowerCase(Locale.ROOT);
            boolean vocabulary = word.equals("token") && previous != null && VOCABULARY_TOKENS.contains(previous);
            if (SECRET_WORDS.contains(word) && !vocabulary || previous != null && SECRET_PAIRS.contains(previous + "_" + word)) {
                return true;
            }
            previous = word;
        }
        return false;
    }

    /** Whether the text contains anything shaped like a credential. */
    public static boolean containsSecret(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (Pattern p : VALUE_PATTERNS) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The text with every credential-shaped part replaced by {@link #REDACTED}; the same text if there is none. */
    public static String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Pattern p : VALUE_PATTERNS) {
            Matcher m = p.matcher(out);
            if (m.find()) {
                out = m.replaceAll(Matcher.quoteReplacement(REDACTED));
            }
        }
        return out;
    }
}
