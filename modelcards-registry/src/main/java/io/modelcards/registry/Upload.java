package io.modelcards.registry;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.registry.catalog.Revision;
import java.util.List;

/**
 * The result of an upload: the revision now current, and what the merge into the version's base card said.
 *
 * @param revision      the version's current revision after the upload
 * @param mergeWarnings the merge's warnings (a person's text kept over a captured value, a field the capture lacks) and
 *                      every human field the new facts made stale ({@code review/stale}), when the upload was merged
 *                      into the card of the last published version; empty otherwise
 */
public record Upload(Revision revision, List<Diagnostic> mergeWarnings) {
    /** Copies the warnings. */
    public Upload {
        mergeWarnings = List.copyOf(mergeWarnings);
    }
}
