package io.modelcards.capture.environment;

import java.util.List;

/**
 * A library whose version belongs on the card, named either by a class it contains or by its Maven coordinates.
 * Naming by class reads the manifest of the jar the class came from; naming by coordinates reads the
 * {@code META-INF/maven/<group>/<artifact>/pom.properties} that Maven writes into every jar it builds.
 */
public sealed interface Library {

    /** The name the card shows for this library. */
    String name();

    /** A library identified by one of its classes, given by name so that an absent library is no error. */
    record ByClass(String name, String className) implements Library {}

    /** A library identified by its Maven group and artifact. */
    record ByMaven(String name, String groupId, String artifactId) implements Library {}

    static Library ofClass(String name, String className) {
        return new ByClass(name, className);
    }

    static Library ofMaven(String name, String groupId, String artifactId) {
        return new ByMaven(name, groupId, artifactId);
    }

    /**
     * The libraries that matter to a JVM training run: modelcards itself, Jackson, Tribuo and DJL. Those not on the
     * class path are left out of the card.
     */
    static List<Library> defaults() {
        return List.of(
                ofClass("modelcards", "io.modelcards.card.ModelCard"),
                ofMaven("jackson-databind", "com.fasterxml.jackson.core", "jackson-databind"),
                ofMaven("tribuo", "org.tribuo", "tribuo-core"),
                ofMaven("djl", "ai.djl", "api"));
    }
}
