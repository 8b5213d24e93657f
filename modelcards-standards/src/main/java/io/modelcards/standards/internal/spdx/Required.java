package io.modelcards.standards.internal.spdx;

/**
 * The values SPDX's AI and Dataset profiles require of every package (research B.2, B.3, "external restrictions"),
 * which the SPDX JSON schema does not check, so the exporter does.
 *
 * @param version       {@code software_packageVersion}: the card's model version
 * @param modelLocation {@code software_downloadLocation} of the model: its repository, or SPDX's no-assertion stand-in
 * @param releaseTime   {@code releaseTime} (and a dataset's {@code builtTime}): the card's date, or the export's time
 * @param supplier      the spdxId of the Organization that supplies the model (and stands in as datasets' originator)
 */
record Required(String version, String modelLocation, String releaseTime, String supplier) {}
