package io.modelcards.diff;

/**
 * Which model the two cards describe: its name and version in each.
 *
 * @param oldName    the old card's model name ({@code details.name}, else the model-index name), or null
 * @param nowName    the new card's model name, or null
 * @param oldVersion the old card's model version, or null
 * @param nowVersion the new card's model version, or null
 */
public record Identity(String oldName, String nowName, String oldVersion, String nowVersion) {
    /** Whether both cards name their model and the names differ: they describe different models. */
    public boolean differentModels() {
        return oldName != null && nowName != null && !oldName.equals(nowName);
    }
}
