/**
 * The SPDX 3.0.1 export: JSON-LD with an {@code ai_AIPackage}, one {@code dataset_DatasetPackage} per dataset and the
 * {@code trainedOn}/{@code testedOn} relationships between them.
 */
package io.modelcards.standards.internal.spdx;
