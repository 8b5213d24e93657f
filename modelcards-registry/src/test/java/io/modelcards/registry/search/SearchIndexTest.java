package io.modelcards.registry.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.registry.audit.ChainHead;
import io.modelcards.registry.audit.StoredAuditLog;
import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index as a projection of the database: kept in a folder, caught up after a crash, rebuilt when not this database's. */
class SearchIndexTest {
    @TempDir
    Path home;

    private static List<String> found(SearchIndex index, String text) throws Exception {
        return index.search(SearchQuery.parse(text)).items().stream().map(h -> h.model() + "@" + h.version()).toList();
    }

    private static long committedSeq(Path folder) throws IOException {
        try (Directory dir = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(dir)) {
            return Long.parseLong(reader.getIndexCommit().getUserData().get(IndexStore.SEQ));
        }
    }

    @StorageTest
    void aCrashBeforeTheIndexCommittedReplaysTheAuditEntriesOnReopen(Database db) throws Exception {
        Writes writes = new Writes(db);
        Path folder = home.resolve("index");
        writes.put("before", "1", TestCards.card("kept").build());
        SearchIndex first = SearchIndex.open(db, folder);
        writes.put("after", "1", TestCards.card("kept too").build());
        assertThat(found(first, "kept")).containsExactly("after@1", "before@1");
        first.crash();
        ChainHead head = new StoredAuditLog(db).head();
        assertThat(committedSeq(folder)).as("the crash lost the applied entry").isLessThan(head.seq());
        try (SearchIndex again = SearchIndex.open(db, folder)) {
            assertThat(again.applied()).isEqualTo(head);
            assertThat(found(again, "kept")).containsExactly("after@1", "before@1");
        }
    }

    @StorageTest
    void closingCommitsTheAppliedEntrySoAReopenHasNothingToReplay(Database db) throws Exception {
        Writes writes = new Writes(db);
        Path folder = home.resolve("index");
        writes.put("m", "1", TestCards.card("words").build());
        try (SearchIndex index = SearchIndex.open(db, folder)) {
            writes.put("n", "1", TestCards.card("words").build());
            assertThat(found(index, "words")).hasSize(2);
        }
        assertThat(committedSeq(folder)).isEqualTo(new StoredAuditLog(db).head().seq());
    }

    @Test
    void anIndexFolderBuiltFromAnotherDatabaseIsRebuilt() throws Exception {
        Path folder = home.resolve("index");
        try (Database one = Database.embedded(home.resolve("one")); Database two = Database.embedded(home.resolve("two"))) {
            new Writes(one).put("alpha", "1", TestCards.card("shared word").build());
            new Writes(two).put("bravo", "1", TestCards.card("shared word").build());
            try (SearchIndex index = SearchIndex.open(one, folder)) {
                assertThat(found(index, "shared")).containsExactly("alpha@1");
            }
            try (SearchIndex index = SearchIndex.open(two, folder)) {
                assertThat(found(index, "shared")).containsExactly("bravo@1");
            }
        }
    }

    @StorageTest
    void anIndexOfAnotherFormatIsRebuilt(Database db) throws Exception {
        new Writes(db).put("real", "1", TestCards.card("words").build());
        Path folder = home.resolve("index");
        ChainHead head = new StoredAuditLog(db).head();
        Files.createDirectories(folder);
        try (Directory dir = FSDirectory.open(folder); IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            Document ghost = new Document();
            ghost.add(new StringField(CardDocument.ID, "999", Field.Store.YES));
            ghost.add(new StringField(CardDocument.TEXT, "words", Field.Store.NO));
            w.addDocument(ghost);
            w.setLiveCommitData(Map.of(IndexStore.FORMAT_KEY, "0", IndexStore.SEQ, Long.toString(head.seq()), IndexStore.HASH,
                    head.hash()).entrySet());
            w.commit();
        }
        try (SearchIndex index = SearchIndex.open(db, folder)) {
            assertThat(found(index, "words")).containsExactly("real@1");
        }
    }

    @StorageTest
    void aFolderHeldByAnotherOpenIndexIsAClearErrorNamingIt(Database db) {
        Path folder = home.resolve("index");
        try (SearchIndex held = SearchIndex.open(db, folder)) {
            assertThatThrownBy(() -> SearchIndex.open(db, folder)).isInstanceOfSatisfying(IndexInUseException.class, e -> {
                assertThat(e.folder()).isEqualTo(folder);
                assertThat(e.getMessage()).contains(folder.toString()).contains("in use by another registry");
            });
        }
    }

    @StorageTest
    void aSecondIndexOnTheSameDatabaseSeesTheFirstOnesWritesAtItsNextSearch(TestDatabase target) throws Exception {
        try (Database a = target.open(); Database b = target.open(); SearchIndex ia = SearchIndex.open(a, home.resolve("a"));
                SearchIndex ib = SearchIndex.open(b, home.resolve("b"))) {
            assertThat(found(ib, "")).isEmpty();
            new Writes(a).put("m", "1", TestCards.card("from a").build());
            assertThat(found(ib, "from")).containsExactly("m@1");
            assertThat(found(ia, "from")).containsExactly("m@1");
        }
    }
}
