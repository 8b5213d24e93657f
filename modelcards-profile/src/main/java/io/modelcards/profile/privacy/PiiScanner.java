package io.modelcards.profile.privacy;

/**
 * Finds personal data and secrets in text: e-mail addresses, phone numbers, IBANs, payment card numbers and keys.
 *
 * <p>STUB: signatures agreed; the implementation is being written.
 */
public final class PiiScanner {
    public static final int EMAIL = 1;
    public static final int PHONE = 2;
    public static final int IBAN = 4;
    public static final int CARD = 8;
    public static final int SECRET = 16;

    private PiiScanner() {}

    /** The kinds found in the UTF-8 text, as a bit set of the constants above; 0 when none. One pass, no allocation on clean text. */
    public static int scan(byte[] utf8, int off, int len) {
        return 0;
    }

    /** The name of one kind bit: email, phone, iban, card-number or secret. */
    public static String kindName(int bit) {
        throw new UnsupportedOperationException("stub");
    }

    /** The text with every finding replaced by a marker such as {@code [EMAIL]}. */
    public static String redact(String text) {
        return text;
    }
}
