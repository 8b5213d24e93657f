package io.modelcards.registry.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcards.registry.db.Database;
import io.modelcards.registry.db.StorageTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

class CatalogPagingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T05:00:00Z"), ZoneOffset.UTC);

    @StorageTest
    void modelsComePageByPageInNameOrderUntilTheLastPage(Database db) {
        Catalog catalog = new Catalog(db, CLOCK);
        for (String name : List.of("delta", "alpha", "golf", "charlie", "echo", "bravo", "foxtrot")) {
            catalog.createModel(name, "ann");
        }
        List<List<String>> pages = new ArrayList<>();
        String cursor = null;
        do {
            Page<ModelEntry> page = catalog.models(cursor, 3);
            pages.add(page.items().stream().map(ModelEntry::name).toList());
            cursor = page.nextCursor();
        } while (cursor != null);
        assertThat(pages).containsExactly(List.of("alpha", "bravo", "charlie"), List.of("delta", "echo", "foxtrot"), List.of("golf"));
    }

    @StorageTest
    void aModelCreatedBetweenPagesAppearsOnceInItsPlace(Database db) {
        Catalog catalog = new Catalog(db, CLOCK);
        for (String name : List.of("a", "c", "e")) {
            catalog.createModel(name, "ann");
        }
        Page<ModelEntry> first = catalog.models(null, 2);
        catalog.createModel("d", "ann");
        assertThat(catalog.models(first.nextCursor(), 2).items()).extracting(ModelEntry::name).containsExactly("d", "e");
    }

    @StorageTest
    void versionsComeInCreationOrderWhateverTheirNumbers(Database db) {
        Catalog catalog = new Catalog(db, CLOCK);
        catalog.createModel("m", "ann");
        for (String v : List.of("2.0.0", "1.0.0", "10.0.0")) {
            catalog.createVersion("m", v, "ann");
        }
        Page<VersionEntry> first = catalog.versions("m", null, 2);
        Page<VersionEntry> second = catalog.versions("m", first.nextCursor(), 2);
        assertThat(first.items()).extracting(VersionEntry::version).containsExactly("2.0.0", "1.0.0");
        assertThat(second.items()).extracting(VersionEntry::version).containsExactly("10.0.0");
        assertThat(second.next()).isEmpty();
    }

    @StorageTest
    void aCursorIsOpaqueAndOneFromAnotherListingIsRefused(Database db) {
        Catalog catalog = new Catalog(db, CLOCK);
        catalog.createModel("m", "ann");
        catalog.createModel("n", "ann");
        String modelsCursor = catalog.models(null, 1).nextCursor();
        assertThat(modelsCursor).isNotEqualTo("m").doesNotContain("m:");
        assertThatThrownBy(() -> catalog.versions("m", modelsCursor, 1))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.code()).isEqualTo("catalog/bad-cursor"));
        assertThatThrownBy(() -> catalog.models("not a cursor!", 1))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.code()).isEqualTo("catalog/bad-cursor"));
    }

    @StorageTest
    void theVersionsOfAnUnknownModelAreRefused(Database db) {
        Catalog catalog = new Catalog(db, CLOCK);
        assertThatThrownBy(() -> catalog.versions("nope", null, 10))
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.code()).isEqualTo("catalog/unknown-model"));
    }
}
