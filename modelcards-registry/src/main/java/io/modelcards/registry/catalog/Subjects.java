package io.modelcards.registry.catalog;

/** How problems name what they are about: the path of the thing, as the HTTP API will spell it. */
final class Subjects {
    private Subjects() {}

    static String model(String model) {
        return "models/" + model;
    }

    static String version(String model, String version) {
        return "models/" + model + "/versions/" + version;
    }
}
