/**
 * Test support shared by every module: the fixture cards and README corpora read from the classpath
 * ({@link io.modelcards.testing.Fixtures}), the one golden-file check with its one update switch
 * ({@link io.modelcards.testing.Golden}), and the repository's own files such as the shipped examples
 * ({@link io.modelcards.testing.SourceTree}).
 *
 * <p>The classes live in core's test sources so that core's tests use them directly; core publishes them with its
 * test resources as a test-jar, which the other modules take in test scope ({@code <type>test-jar</type>}).
 */
package io.modelcards.testing;
