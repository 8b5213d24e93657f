/**
 * The CycloneDX ML-BOM export (1.6, 1.7) and import (1.5 to 1.7): a machine-learning-model component with its
 * {@code modelCard}, one data component per dataset, and every other card value as a {@code modelcards:} property.
 */
package io.modelcards.standards.internal.cyclonedx;
