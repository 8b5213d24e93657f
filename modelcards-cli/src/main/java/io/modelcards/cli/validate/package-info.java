/**
 * What {@code modelcards validate} checks and how it reports, for people and for CI: the cards a folder holds
 * ({@link io.modelcards.cli.validate.CardFinder}), rules switched off by id on the command line or inside a card
 * ({@link io.modelcards.cli.validate.Suppressions}), and the report in text, JSON, SARIF 2.1.0 or GitHub workflow
 * annotations ({@link io.modelcards.cli.validate.ReportFormat}).
 */
package io.modelcards.cli.validate;
