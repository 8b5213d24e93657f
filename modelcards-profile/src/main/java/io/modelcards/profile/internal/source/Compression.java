package io.modelcards.profile.internal.source;

import com.github.luben.zstd.ZstdInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** How a file's bytes are compressed; known from its first bytes, so a misnamed file is still read right. */
public enum Compression {
    NONE, GZIP, ZSTD;

    /** The lower-case name used in profiles. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The compression whose magic number starts {@code head} (at least 4 bytes, or fewer for a tiny file). */
    static Compression sniff(byte[] head, int n) {
        if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (n >= 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5 && (head[2] & 0xff) == 0x2f
                && (head[3] & 0xff) == 0xfd) {
            return ZSTD;
        }
        return NONE;
    }

    /** The name without a compression suffix (.gz, .gzip, .zst, .zstd). */
    static String strip(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (String suffix : new String[] {".gz", ".gzip", ".zst", ".zstd"}) {
            if (n.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** The decompressed stream over {@code raw}. */
    InputStream open(InputStream raw) throws IOException {
        return switch (this) {
            case NONE -> raw;
            // Large buffers: the stream feeds a parser that reads megabytes at a time.
            case GZIP -> new GZIPInputStream(raw, 1 << 16);
            case ZSTD -> new ZstdInputStream(raw);
        };
    }
}
