package io.modelcards.registry.search;

import java.nio.file.Path;

/** The search index's folder is held by another open registry (in this process or another): each needs its own. */
public final class IndexInUseException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The folder that another registry holds. */
    private final transient Path folder;

    IndexInUseException(Path folder, Throwable cause) {
        super("the search index folder " + folder + " is in use by another registry process: stop that one, or give this one"
                + " a home folder of its own", cause);
        this.folder = folder;
    }

    /** The folder that another registry holds. */
    public Path folder() {
        return folder;
    }
}
