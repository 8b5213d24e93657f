/**
 * What the formats' writers and readers share; each format's own mapping lives in a package below this one.
 */
package io.modelcards.standards.internal;
