/**
 * What a model was trained on: JVM, operating system, CPU, memory, GPUs, library versions and the git commit of the
 * training code. Every probe degrades to a null field when something cannot be read; none of them throws.
 */
package io.modelcards.capture.environment;
