package io.modelcards.profile.internal.column;

import java.util.Set;

/**
 * Recognises strings that name media files: a single word (no whitespace) ending in a dot and one of the image, audio,
 * video, array or document extensions below, in any case. Only the end of the value is looked at, so a URL with a
 * query string after the extension is not recognised. A string column is typed "media" when at least 90% of its
 * strings are recognised.
 */
final class MediaPaths {
    /** The extensions that mark a media path. */
    static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "bmp", "webp", "tiff", "wav", "mp3",
            "flac", "ogg", "m4a", "mp4", "avi", "mov", "mkv", "webm", "npy", "pdf");

    private MediaPaths() {}

    /** Whether {@code len} bytes from {@code off} end in {@code .ext} for a listed extension (and hold something before). */
    static boolean endsWithMediaExtension(byte[] b, int off, int len) {
        int end = off + len;
        for (int n = 3; n <= 4; n++) {
            int dot = end - n - 1;
            if (dot > off && b[dot] == '.') {
                return matches(b, dot + 1, n);
            }
        }
        return false;
    }

    private static boolean matches(byte[] b, int from, int n) {
        // compares in place, folding ASCII case, to avoid building a string per value
        outer:
        for (String ext : EXTENSIONS) {
            if (ext.length() != n) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                int c = b[from + i] | 0x20;
                if (c != ext.charAt(i)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
