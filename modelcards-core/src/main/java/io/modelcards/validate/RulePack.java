package io.modelcards.validate;

import java.util.Locale;

/** A named group of validation rules; {@link #SCHEMA} always runs, the others run when asked for. */
public enum RulePack {
    /** Types, required eval-result fields and controlled vocabularies (licences, languages, tasks, libraries). */
    SCHEMA,
    /** Hugging Face metadata conventions: ids, model-index, tags, emissions. */
    HF,
    /** Completeness: the card must be filled above a threshold, and must say its intended uses and limitations. */
    COMPLETE,
    /** Review: every text a person wrote still rests on the facts it was written against (none is stale). */
    REVIEW,
    /**
     * EU AI Act technical documentation: each point of Annex IV of Regulation (EU) 2024/1689 is documented
     * ({@link AnnexIv}). Opt-in for providers in the EU; its report is not legal advice.
     */
    ANNEX_IV;

    /** The pack's name as users write it: {@code schema}, {@code hf}, {@code complete}, {@code review} or {@code annex-iv}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The pack named {@code name} (case-insensitive, surrounding spaces ignored).
     *
     * @throws IllegalArgumentException naming the packs that exist, for a usage error
     */
    public static RulePack parse(String name) {
        String n = name == null ? "" : name.strip();
        for (RulePack p : values()) {
            if (p.id().equalsIgnoreCase(n)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown rule pack \"" + n + "\": use schema, hf, complete, review or annex-iv");
    }
}
