/**
 * The one place that recognises secrets: every string the recorder captures passes through {@code Secrets}.
 */
package io.modelcards.capture.internal.redaction;
