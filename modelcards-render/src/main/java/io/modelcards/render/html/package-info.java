/**
 * Turns a rendered card's Markdown into one self-contained, sanitized HTML page ({@link HtmlPage}), with the charts
 * drawn inline where the Markdown shows them as images.
 */
package io.modelcards.render.html;
