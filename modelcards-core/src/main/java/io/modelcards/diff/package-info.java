/**
 * The semantic diff of two versions of a card: {@link io.modelcards.diff.CardDiff#of} compares them part by part
 * (metadata, evaluation results, datasets and their distribution shift, training, human text, stale fields,
 * governance) into a {@link io.modelcards.diff.Diff}, which {@link io.modelcards.diff.DiffText},
 * {@link io.modelcards.diff.DiffMarkdown} and {@link io.modelcards.diff.DiffJson} write out and
 * {@link io.modelcards.diff.Regressions} checks against a tolerance, as a gate before deploying a retrained model.
 *
 * <p>The JSON form is versioned ({@code diff_version}, {@link io.modelcards.diff.Diff#VERSION}) and described by
 * {@code schema/diff-1.0.schema.json}.
 */
package io.modelcards.diff;
