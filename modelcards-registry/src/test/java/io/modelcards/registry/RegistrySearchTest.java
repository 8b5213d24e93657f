package io.modelcards.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.registry.db.StorageTest;
import io.modelcards.registry.db.TestDatabase;
import io.modelcards.registry.review.Decision;
import io.modelcards.registry.search.SearchHit;
import io.modelcards.registry.search.SearchQuery;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** Search through the registry: every committed write is seen by the next search, whoever wrote it. */
class RegistrySearchTest {
    @TempDir
    Path home;
    @TempDir
    Path otherHome;

    private static List<String> found(Registry r, String text) {
        try {
            return r.search(SearchQuery.parse(text)).items().stream().map(h -> h.model() + "@" + h.version()).toList();
        } catch (InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    @StorageTest
    void aSearchAfterAnUploadFindsItsCard(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            assertThat(found(s.registry, "")).isEmpty();
            s.draft("m", "1.0.0");
            assertThat(found(s.registry, "\"m 1.0.0\"")).containsExactly("m@1.0.0");
        }
    }

    @StorageTest
    void eachTransitionIsFoundByStatusAtTheNextSearch(TestDatabase db) {
        try (Setup s = Setup.open(db, home)) {
            ContentHash hash = s.draft("m", "1.0.0");
            assertThat(found(s.registry, "status:draft")).containsExactly("m@1.0.0");
            s.registry.submit(s.ann, "m", "1.0.0", hash);
            assertThat(found(s.registry, "status:draft")).isEmpty();
            assertThat(found(s.registry, "status:in_review")).containsExactly("m@1.0.0");
            s.registry.review(s.rita, "m", "1.0.0", Decision.APPROVE, null, null, hash);
            s.registry.publish(s.ann, "m", "1.0.0", hash);
            assertThat(found(s.registry, "status:published")).containsExactly("m@1.0.0");
            SearchHit hit = s.registry.search(SearchQuery.all()).items().get(0);
            assertThat(hit.revision()).isEqualTo(hash);
        }
    }

    @StorageTest
    void aWriteByASecondRegistryOnTheSameDatabaseIsSeenByTheFirstsNextSearch(TestDatabase db) {
        try (Setup s = Setup.open(db, home);
                Registry other = Registry.open(RegistryConfig.defaults(otherHome).withJdbcUrl(db.jdbcUrl()).withClock(Setup.CLOCK))) {
            ContentHash hash = s.draft("m", "1.0.0");
            assertThat(found(s.registry, "status:in_review")).isEmpty();
            assertThat(found(other, "status:draft")).containsExactly("m@1.0.0");
            other.submit(s.ann, "m", "1.0.0", hash);
            assertThat(found(s.registry, "status:in_review")).containsExactly("m@1.0.0");
        }
    }

    @StorageTest
    void aSecondRegistryOnTheSameHomeIsRefusedSearchWithTheFolderNamed(TestDatabase db) {
        try (Setup s = Setup.open(db, home);
                Registry other = Registry.open(RegistryConfig.defaults(home).withJdbcUrl(db.jdbcUrl()).withClock(Setup.CLOCK))) {
            s.draft("m", "1.0.0");
            assertThat(found(s.registry, "")).containsExactly("m@1.0.0");
            RegistryException e = Refused.by(() -> other.search(SearchQuery.all()), RegistryException.Kind.CONFLICT,
                    "search/index-in-use");
            assertThat(e.getMessage()).contains(home.resolve(Registry.SEARCH_FOLDER).toString());
        }
    }
}
