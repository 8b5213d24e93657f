package io.modelcards.render.html;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Cleans an SVG file a person put beside their card before the page shows it as an image. SVG is XML that can carry
 * scripts, event handlers, links, foreign HTML and references to outside files; a browser ignores those in an
 * {@code <img>}, but the page should not depend on that alone. Only drawing elements survive (shapes, paths, text,
 * groups, gradients, clip paths, markers, patterns), no attribute named {@code on…}, no reference except to an
 * element of the same file ({@code href="#id"}, {@code url(#id)}), no {@code <style>}, no comments or processing
 * instructions, and no DOCTYPE (so no entities are ever expanded).
 */
final class SvgSanitizer {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "title", "desc", "path", "rect", "circle", "ellipse",
            "line", "polyline", "polygon", "text", "tspan", "textPath", "linearGradient", "radialGradient", "stop", "clipPath",
            "mask", "pattern", "symbol", "use", "marker");
    private static final Pattern OUTSIDE_REFERENCE = Pattern.compile("(?i)url\\s*\\(\\s*['\"]?\\s*[^#'\"\\s)]|javascript:|expression\\(");

    private SvgSanitizer() {}

    /** The cleaned SVG markup, or empty when {@code svg} is not well-formed XML with an {@code <svg>} root. */
    static Optional<String> clean(byte[] svg) {
        try {
            Document doc = parser().parse(new ByteArrayInputStream(svg));
            Element root = doc.getDocumentElement();
            if (!SVG_NS.equals(root.getNamespaceURI()) || !"svg".equals(root.getLocalName())) {
                return Optional.empty();
            }
            clean(root);
            Transformer t = TransformerFactory.newDefaultInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(root), new StreamResult(out));
            return Optional.of(out.toString());
        } catch (Exception e) {
            // Any XML the parser refuses (a DOCTYPE, bad nesting, a wrong encoding) is simply not shown.
            return Optional.empty();
        }
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setIgnoringComments(true);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(new DefaultHandler());
        return b;
    }

    private static void clean(Element e) {
        NamedNodeMap attributes = e.getAttributes();
        List<Attr> drop = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (!allowed(a)) {
                drop.add(a);
            }
        }
        drop.forEach(e::removeAttributeNode);
        for (Node c = e.getFirstChild(); c != null; ) {
            Node next = c.getNextSibling();
            if (c instanceof Element child && SVG_NS.equals(child.getNamespaceURI()) && ELEMENTS.contains(child.getLocalName())) {
                clean(child);
            } else if (c.getNodeType() != Node.TEXT_NODE) {
                e.removeChild(c);
            }
            c = next;
        }
    }

    private static boolean allowed(Attr a) {
        String ns = a.getNamespaceURI();
        String name = (a.getLocalName() == null ? a.getName() : a.getLocalName()).toLowerCase(Locale.ROOT);
        String value = a.getValue();
        if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)) {
            return true;
        }
        if (name.equals("href")) {
            return (ns == null || XLINK_NS.equals(ns)) && value.strip().startsWith("#");
        }
        if (ns != null || name.startsWith("on") || name.equals("src")) {
            return false;
        }
        return !OUTSIDE_REFERENCE.matcher(value).find();
    }
}
