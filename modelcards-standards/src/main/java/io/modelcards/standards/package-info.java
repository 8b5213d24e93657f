/**
 * Exports of a card to other documentation standards, and imports from them: CycloneDX ML-BOM, SPDX 3 AI and
 * Dataset profiles, Google's Model Card Toolkit and SageMaker model card content.
 *
 * <p>{@link io.modelcards.standards.Standards} is the entry point: it gives the {@link io.modelcards.standards.Exporter}
 * and {@link io.modelcards.standards.Importer} of each {@link io.modelcards.standards.Standard}. Each format's mapping
 * lives in its own package under {@code internal}.
 */
package io.modelcards.standards;
