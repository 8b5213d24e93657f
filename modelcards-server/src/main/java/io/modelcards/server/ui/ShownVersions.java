package io.modelcards.server.ui;

import io.modelcards.registry.Registry;
import io.modelcards.registry.catalog.Page;
import io.modelcards.registry.catalog.Revision;
import io.modelcards.registry.catalog.VersionEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * The versions a visitor may see, found the one way every card-reading page (card page, downloads, compare) finds them:
 * anyone signed in sees every version, an anonymous visitor only published and deprecated ones ({@link Ui#shows}).
 */
final class ShownVersions {
    /** At most this many versions are listed in the compare page's selectors: the newest ones. */
    static final int MAX_LISTED = 500;

    private ShownVersions() {
    }

    /** The version {@code version} of {@code model}, refused as not found when the visitor may not see it. */
    static VersionEntry find(Registry registry, Visitor visitor, String model, String version) {
        VersionEntry entry = registry.version(model, version);
        if (!Ui.shows(visitor, entry.state())) {
            throw new UiRefusal(404, "there is no published version " + entry.version() + " of " + model
                    + ": sign in to see versions that are not published");
        }
        return entry;
    }

    /** The current card revision of {@code entry}, refused as not found before the first upload. */
    static Revision card(Registry registry, VersionEntry entry) {
        if (entry.currentRevision() == null) {
            throw new UiRefusal(404, "version " + entry.version() + " of " + entry.model() + " has no card yet: upload one");
        }
        return registry.catalog().revision(entry.currentRevision()).orElseThrow();
    }

    /** The versions of {@code model} the visitor may see, oldest first; the newest {@value #MAX_LISTED} at most. */
    static List<VersionEntry> list(Registry registry, Visitor visitor, String model) {
        List<VersionEntry> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<VersionEntry> page = registry.catalog().versions(model, cursor, MAX_LISTED);
            page.items().stream().filter(v -> Ui.shows(visitor, v.state())).forEach(out::add);
            cursor = page.next().orElse(null);
        } while (cursor != null);
        return out.size() > MAX_LISTED ? List.copyOf(out.subList(out.size() - MAX_LISTED, out.size())) : out;
    }
}
