package io.modelcards.codec;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a text input strictly: UTF-8 only, bounded in size, with the line and column of the first bad byte.
 * An input that cannot be read is an {@link InvalidInputException} with one clear diagnostic, never a stack trace.
 */
public final class InputText {
    /** Inputs (cards, profiles, templates, variable files) larger than this are refused; real ones are kilobytes. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private InputText() {}

    /** The text of the file at {@code path}; {@code name} is how the user named it, used in diagnostics. */
    public static String read(Path path, String name) throws InvalidInputException {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new InvalidInputException(Diagnostic.error(name, 0, 0, "input/directory", "is a directory: name a file"));
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InvalidInputException(Diagnostic.error(name, 0, 0, "input/too-large", String.format(Locale.ROOT,
                        "file is %.1f MB; inputs over %d MB are refused: is this really a card or template?",
                        size / 1048576.0, MAX_BYTES / 1048576)));
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Diagnostic.error(name, 0, 0, "input/not-found", "no such file: check the path"));
        } catch (IOException e) {
            throw new InvalidInputException(Diagnostic.error(name, 0, 0, "input/unreadable", "cannot read: " + e.getMessage()));
        }
        return decode(bytes, name);
    }

    /** {@code bytes} decoded as strict UTF-8; a malformed byte is reported at its line and column. */
    public static String decode(byte[] bytes, String name) throws InvalidInputException {
        try {
            return strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            int line = 1;
            int col = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    col = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    col++;
                }
            }
            throw new InvalidInputException(Diagnostic.error(name, line, col, "input/encoding", String.format(Locale.ROOT,
                    "invalid UTF-8 (byte 0x%02X at offset %d): save the file as UTF-8", bytes[bad] & 0xFF, bad)));
        }
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int firstBadByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = strictUtf8().decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }
}
