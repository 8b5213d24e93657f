/** Tests of the command's distribution archive: unpacked into an empty folder, run with only a JRE on PATH. */
package io.modelcards.dist;
