/**
 * Turns a rendered card's Markdown into one self-contained, sanitized HTML page ({@link HtmlPage}), with the charts
 * drawn inline and the card's own images read from its folder ({@link ImageFolder}) and inlined, so that the page
 * loads nothing from outside.
 */
package io.modelcards.render.html;
