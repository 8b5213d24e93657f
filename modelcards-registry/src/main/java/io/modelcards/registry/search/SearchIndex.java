package io.modelcards.registry.search;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.audit.ChainHead;
import io.modelcards.registry.catalog.Page;
import io.modelcards.registry.db.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The search index: a Lucene projection of each version's current card and state, made from the database and never a
 * second truth. Writes do not touch it. Every registry write appends audit entries that name the version it changed, and
 * before each search the index reads the audit head: when it moved past the entry last applied, the versions the new
 * entries name are read again and their documents replaced (or removed), so a search sees every write committed before
 * it started, by this process or by another on the same database. The applied entry's seq and hash are kept in each
 * Lucene commit, made every {@value #COMMIT_EVERY} applied versions, every {@value #COMMIT_SECONDS} s of catching up and
 * on close; after a crash the index replays from its last commit. An index that is missing, of another format, or
 * whose recorded entry the database does not hold (another database) is rebuilt from every version's current card.
 */
public final class SearchIndex implements AutoCloseable {
    /** How many applied versions are committed at most together (a crash replays at most these). */
    static final int COMMIT_EVERY = 1000;
    /** How long applied entries stay uncommitted at most, in seconds, while writes keep coming. */
    static final int COMMIT_SECONDS = 10;
    private static final int REBUILD_PAGE = 500;

    private final IndexFeed feed;
    private final IndexStore store;
    private final SearcherManager searchers;
    private ChainHead applied;
    private int pending;
    private long lastCommit = System.nanoTime();

    private SearchIndex(IndexFeed feed, IndexStore store) throws IOException {
        this.feed = feed;
        this.store = store;
        this.searchers = new SearcherManager(store.writer(), null);
    }

    /**
     * Opens the index of {@code database} in {@code folder} (null: in memory), catching it up, or rebuilding it when it
     * is not this database's; an {@link IndexInUseException} when another open index holds the folder.
     */
    public static SearchIndex open(Database database, Path folder) {
        try {
            IndexFeed feed = new IndexFeed(database);
            SearchIndex index = new SearchIndex(feed, IndexStore.open(folder));
            index.start();
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("the search index in " + folder + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /** The page of hits {@code query} asks for, after applying every write committed before the call. */
    public Page<SearchHit> search(SearchQuery query) {
        try {
            catchUp();
            IndexSearcher s = searchers.acquire();
            try {
                return Hits.page(s, query);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the search index cannot be read: " + e.getMessage(), e);
        }
    }

    /** Applies the audit entries appended since the last one applied; whether there were any. */
    synchronized boolean catchUp() throws IOException {
        ChainHead head = feed.head();
        if (head.seq() == applied.seq()) {
            return false;
        }
        if (head.seq() < applied.seq()) {
            rebuild();
            return true;
        }
        Set<IndexFeed.Name> names = feed.named(applied.seq(), head.seq());
        List<VersionRow> rows = feed.versions(names);
        IndexSearcher s = searchers.acquire();
        try {
            for (VersionRow v : rows) {
                apply(s, v);
            }
        } finally {
            searchers.release(s);
        }
        applied = head;
        pending += names.size();
        if (pending >= COMMIT_EVERY || System.nanoTime() - lastCommit > COMMIT_SECONDS * 1_000_000_000L) {
            commit();
        }
        searchers.maybeRefreshBlocking();
        return true;
    }

    /** The audit head the index has applied. */
    synchronized ChainHead applied() {
        return applied;
    }

    /** Commits what was applied and closes the index. */
    @Override
    public synchronized void close() {
        try {
            searchers.close();
            commit();
            store.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be saved: " + e.getMessage(), e);
        }
    }

    /** Drops what was applied since the last commit and closes the index, as a crash would; for tests. */
    synchronized void crash() throws IOException {
        searchers.close();
        store.abandon();
    }

    private void start() throws IOException {
        Map<String, String> data = store.commitData();
        long seq = parse(data.get(IndexStore.SEQ));
        String hash = data.get(IndexStore.HASH);
        ChainHead head = feed.head();
        boolean ours = IndexStore.FORMAT.equals(data.get(IndexStore.FORMAT_KEY)) && seq > 0 && seq <= head.seq() && hash != null
                && feed.hashAt(seq).filter(hash::equals).isPresent();
        if (ours) {
            applied = new ChainHead(seq, hash);
            catchUp();
        } else {
            rebuild();
        }
    }

    /** Indexes every version's current card again, then records the head read before the first page. */
    private void rebuild() throws IOException {
        ChainHead head = feed.head();
        store.writer().deleteAll();
        long after = 0;
        while (true) {
            List<VersionRow> page = feed.page(after, REBUILD_PAGE);
            // Reading the cards is most of a rebuild's time, and each card reads alone: use every core.
            for (Document d : page.parallelStream().map(SearchIndex::document).toList()) {
                store.writer().addDocument(d);
            }
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).id();
            }
            if (page.size() < REBUILD_PAGE) {
                break;
            }
        }
        applied = head;
        commit();
        searchers.maybeRefreshBlocking();
    }

    /** Makes {@code v}'s document what the database says; a document with the same revision and state is kept. */
    private void apply(IndexSearcher current, VersionRow v) throws IOException {
        Term key = new Term(CardDocument.ID, Long.toString(v.id()));
        if (v.revision() == null) {
            store.writer().deleteDocuments(key);
            return;
        }
        TopDocs found = current.search(new TermQuery(key), 1);
        if (found.scoreDocs.length == 1) {
            Document d = current.storedFields().document(found.scoreDocs[0].doc, Set.of(CardDocument.REVISION, CardDocument.STATE));
            if (v.revision().toString().equals(d.get(CardDocument.REVISION)) && v.state().id().equals(d.get(CardDocument.STATE))) {
                return;
            }
        }
        store.writer().updateDocument(key, document(v));
    }

    private static Document document(VersionRow v) {
        ModelCard card;
        try {
            card = CardCodec.fromJson(v.cardJson(), v.revision().toString());
        } catch (InvalidInputException e) {
            throw new IllegalStateException("stored card " + v.revision() + " no longer reads: " + e.getMessage(), e);
        }
        return CardDocument.of(v, IndexedCard.of(card));
    }

    private void commit() throws IOException {
        store.commit(applied);
        pending = 0;
        lastCommit = System.nanoTime();
    }

    private static long parse(String seq) {
        try {
            return seq == null ? 0 : Long.parseLong(seq);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
