/**
 * The crash test of the registry server: a server in a child JVM is killed with {@code kill -9} during a burst of
 * publishes, restarted on the same database, and checked for lost, changed or half-done publishes and a broken audit chain.
 */
package io.modelcards.server.crash;
