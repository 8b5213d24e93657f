package io.modelcards.server.internal.card;

import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.ContentHash;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.render.card.CardRenderer;
import io.modelcards.render.card.OutputFormat;
import io.modelcards.render.card.RenderRequest;
import io.modelcards.render.card.RenderedCard;
import io.modelcards.server.problem.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cards as json, md or html, rendered by modelcards-render and kept in a bounded in-memory cache keyed by (content
 * hash, format, modelcards version): a revision never changes, so a rendering never goes stale, and the least recently
 * used ones are dropped first. Thread-safe.
 */
public final class RenderedCards {
    private static final int MAX_CACHED_CHARS = 1 << 20;

    private final CardRenderer renderer = CardRenderer.create();
    private final String version;
    private final Map<Key, Rendered> cache;

    /** A cache holding at most {@code maxEntries} renderings. */
    public RenderedCards(int maxEntries) {
        String v = CardRenderer.class.getPackage().getImplementationVersion();
        this.version = v == null ? "dev" : v;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Rendered> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The format a {@code format} query parameter names; null or empty means json; anything else is a 400. */
    public static OutputFormat format(String name) {
        if (name == null || name.isEmpty()) {
            return OutputFormat.JSON;
        }
        return OutputFormat.parse(name).orElseThrow(() -> new ApiException(400, "request/bad-parameter",
                "format must be json, md or html, not \"" + name + "\""));
    }

    /** {@code card} (whose content hash is {@code hash}) rendered as {@code format}, from the cache when it is there. */
    public Rendered get(ContentHash hash, ModelCard card, OutputFormat format) {
        Key key = new Key(hash, format, version);
        synchronized (cache) {
            Rendered hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Rendered fresh = render(card, format);
        if (fresh.text().length() <= MAX_CACHED_CHARS) {
            synchronized (cache) {
                cache.put(key, fresh);
            }
        }
        return fresh;
    }

    /** How many renderings the cache holds now. */
    public int size() {
        synchronized (cache) {
            return cache.size();
        }
    }

    /** Whether the cache holds {@code hash} in {@code format}. */
    public boolean holds(ContentHash hash, OutputFormat format) {
        synchronized (cache) {
            return cache.containsKey(new Key(hash, format, version));
        }
    }

    private Rendered render(ModelCard card, OutputFormat format) {
        if (format == OutputFormat.JSON) {
            return new Rendered(CardCodec.toJson(card), "application/json");
        }
        RenderedCard r = renderer.render(RenderRequest.of(card, format));
        if (r.hasErrors()) {
            throw new IllegalStateException("the built-in template failed on a stored card: "
                    + (r.problems().isEmpty() ? "" : r.problems().get(0).format()),
                    new InvalidInputException(r.problems()));
        }
        return new Rendered(r.output(), format == OutputFormat.MD ? "text/markdown" : "text/html");
    }

    /**
     * One rendering.
     *
     * @param text      the rendered text
     * @param mediaType its media type (charset UTF-8)
     */
    public record Rendered(String text, String mediaType) {}

    /** The cache key: a revision's content hash, the format and the modelcards version that rendered it. */
    private record Key(ContentHash hash, OutputFormat format, String version) {}
}
