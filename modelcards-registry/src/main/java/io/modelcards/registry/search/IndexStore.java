package io.modelcards.registry.search;

import io.modelcards.registry.audit.ChainHead;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NRTCachingDirectory;

/**
 * Where the search index lives: a folder (one writer at a time, held by Lucene's write lock) or memory, and the facts
 * each commit records: this format's version and the audit entry the index had applied.
 */
final class IndexStore {
    /** The commit-data key of the index's format; an index of another format is rebuilt. */
    static final String FORMAT_KEY = "modelcards.format";
    /** The format of this build's documents: raise it whenever {@link CardDocument} changes what it writes. */
    static final String FORMAT = "1";
    /** The commit-data key of the last applied audit entry's seq. */
    static final String SEQ = "modelcards.audit.seq";
    /** The commit-data key of that entry's hash. */
    static final String HASH = "modelcards.audit.hash";

    private final Directory directory;
    private final IndexWriter writer;

    private IndexStore(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    /** The index in {@code folder} (created when missing; emptied when unreadable), or in memory for null. */
    static IndexStore open(Path folder) throws IOException {
        if (folder == null) {
            Directory memory = new ByteBuffersDirectory();
            return new IndexStore(memory, new IndexWriter(memory, config(IndexWriterConfig.OpenMode.CREATE)));
        }
        Files.createDirectories(folder);
        // Small segments flushed for each refresh stay in memory until merged or committed: the usual setup for near-real-time.
        Directory dir = new NRTCachingDirectory(FSDirectory.open(folder), 8, 64);
        try {
            return new IndexStore(dir, writer(dir, folder));
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    private static IndexWriter writer(Directory dir, Path folder) throws IOException {
        try {
            return new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (LockObtainFailedException e) {
            throw new IndexInUseException(folder, e);
        } catch (IndexFormatTooOldException | IndexFormatTooNewException | CorruptIndexException e) {
            // A projection loses nothing when it starts over: it is rebuilt from the database.
            return new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE));
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        // A refresh does not wait for merges: a search after a write pays for the write's document alone.
        return new IndexWriterConfig().setOpenMode(mode).setCommitOnClose(false).setRAMBufferSizeMB(64).setMaxFullFlushMergeWaitMillis(0);
    }

    /** The writer of the index. */
    IndexWriter writer() {
        return writer;
    }

    /** What the last commit recorded; empty for a new index. */
    Map<String, String> commitData() {
        Map<String, String> out = new HashMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(e -> out.put(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** Commits everything written, recording {@code applied} as the last audit entry it reflects. */
    void commit(ChainHead applied) throws IOException {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, SEQ, Long.toString(applied.seq()), HASH, applied.hash()).entrySet());
        writer.commit();
    }

    /** Closes without committing. */
    void close() throws IOException {
        writer.close();
        directory.close();
    }

    /** Drops what was written since the last commit and closes. */
    void abandon() throws IOException {
        writer.rollback();
        directory.close();
    }
}
