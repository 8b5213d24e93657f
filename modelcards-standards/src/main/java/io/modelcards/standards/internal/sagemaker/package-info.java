/**
 * Export to and import from SageMaker model card content, within SageMaker's limits: each value cut or left out is
 * reported as an omission, never dropped silently.
 */
package io.modelcards.standards.internal.sagemaker;
