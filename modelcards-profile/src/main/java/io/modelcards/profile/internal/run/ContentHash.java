package io.modelcards.profile.internal.run;

import io.modelcards.card.DataFile;
import io.modelcards.profile.internal.source.BlockReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * The content hash of a dataset: for one file, the SHA-256 of its bytes (what {@code sha256sum} prints); for several,
 * the SHA-256 of their {@code sha256sum}-style listing ({@code <hex>  <path>} lines in file order), so renaming or
 * reordering shards changes it too.
 */
final class ContentHash {
    private ContentHash() {}

    static String of(List<DataFile> files) {
        if (files.isEmpty()) {
            return null;
        }
        if (files.size() == 1) {
            return "sha256:" + files.get(0).sha256();
        }
        MessageDigest sha = BlockReader.sha256();
        for (DataFile f : files) {
            sha.update((f.sha256() + "  " + f.path() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }
}
