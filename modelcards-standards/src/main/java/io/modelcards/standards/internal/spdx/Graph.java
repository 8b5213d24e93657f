package io.modelcards.standards.internal.spdx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code @graph} of an SPDX document being written, and the ids of its elements, derived from the card's content hash. */
final class Graph {
    /** The blank node of the one CreationInfo every element shares. */
    static final String CREATION_INFO = "_:creationinfo";
    /** SPDX's individual for "no assertion", the stand-in of an unknown download location. */
    static final String NO_ASSERTION = "https://spdx.org/rdf/3.0.1/terms/Core/NoAssertionElement";

    private final ArrayNode elements = JsonNodeFactory.instance.arrayNode();
    private final String prefix;

    Graph(String contentHashHex) {
        this.prefix = "urn:modelcards:" + contentHashHex.substring(0, 16) + ":";
    }

    String id(String local) {
        return prefix + local;
    }

    /** A new element of {@code type} with id {@code local}, its creation info set, added to the graph. */
    ObjectNode element(String type, String local) {
        ObjectNode e = elements.addObject();
        e.put("type", type);
        e.put("spdxId", id(local));
        e.put("creationInfo", CREATION_INFO);
        return e;
    }

    /** A {@code from → to} relationship of {@code type}. */
    void relationship(String local, String from, String type, String to) {
        ObjectNode r = element("Relationship", local);
        r.put("from", from);
        r.put("relationshipType", type);
        r.putArray("to").add(to);
    }

    ArrayNode elements() {
        return elements;
    }
}
