/**
 * Automatic capture during training: a {@link io.modelcards.capture.CardRecorder} that a training loop feeds through
 * lifecycle hooks, and the card parts it fills (hyperparameters, training curve, evaluation results, citations).
 *
 * <p>A hand-written loop needs three lines:
 * <pre>{@code
 * CardRecorder recorder = CardRecorder.builder().setModelName("my-model").build();
 * for (int step = 1; step <= steps; step++) recorder.log(step, null, Map.of("loss", train(step)));
 * ModelCard card = recorder.toCard();
 * }</pre>
 *
 * <p>Trainer adapters feed the same events through {@link io.modelcards.capture.RunListener}: run started (model,
 * datasets, configuration), training started (hyperparameters and the trainer's defaults), metrics logged, evaluated,
 * checkpoint saved, citations and training ended. Every captured string passes
 * {@link io.modelcards.capture.internal.redaction.Secrets}; every captured section carries provenance
 * {@code Origin.Auto("capture:<what>")}.
 */
package io.modelcards.capture;
