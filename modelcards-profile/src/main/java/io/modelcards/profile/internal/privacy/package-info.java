/**
 * The personal data and secrets scan of text values (e-mails, phone numbers, IBANs, card numbers, keys), behind a
 * prefilter that lets clean prose skip it, and the redaction of what it finds.
 */
package io.modelcards.profile.internal.privacy;
