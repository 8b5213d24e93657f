package io.modelcards.server.ui.view;

import java.util.List;

/**
 * A model's page: the model, the summary of its published card, and its versions as a timeline.
 *
 * @param chrome    the layout's data
 * @param name      the model's name
 * @param createdAt when it was created (ISO-8601, UTC)
 * @param createdBy who created it
 * @param versions  its versions, oldest first
 * @param nextPage  the URL of the next versions, or null when all are shown
 * @param published the newest published version's card, or null when no version is published
 */
public record ModelView(Chrome chrome, String name, String createdAt, String createdBy, List<VersionItem> versions,
                        String nextPage, PublishedCard published) {
    /** Copies the list. */
    public ModelView {
        versions = List.copyOf(versions);
    }
}
