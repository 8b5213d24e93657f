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
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Cards as json, md or html, rendered by modelcards-render and kept in a bounded in-memory cache keyed by (content
 * hash, format, modelcards version): a revision never changes, so a rendering never goes stale, and the least recently
 * used ones are dropped first. Thread-safe.
 */
public final class RenderedCards {
    /** Renderings larger than this (4 MiB) are not kept: a few huge cards must not push out every other one. */
    private static final int MAX_CACHED_BYTES = 4 << 20;

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
        return get(hash, format, () -> card);
    }

    /**
     * The revision {@code hash} rendered as {@code format}: from the cache when it is there, without reading the card;
     * else {@code card} is asked for it (it may throw, e.g. when there is no such revision) and the rendering kept.
     */
    public Rendered get(ContentHash hash, OutputFormat format, Supplier<ModelCard> card) {
        Key key = new Key(hash, format, version);
        synchronized (cache) {
            Rendered hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Rendered fresh = render(card.get(), format);
        if (fresh.bytes().length <= MAX_CACHED_BYTES) {
            synchronized (cache) {
                cache.put(key, fresh);
            }
        }
        return fresh;
    }

    /** The rendering of {@code hash} as {@code format} if the cache holds it, else null; nothing is rendered. */
    public Rendered cached(ContentHash hash, OutputFormat format) {
        synchronized (cache) {
            return cache.get(new Key(hash, format, version));
        }
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
            return Rendered.of(CardCodec.toJson(card), "application/json");
        }
        RenderedCard r = renderer.render(RenderRequest.of(card, format));
        if (r.hasErrors()) {
            throw new IllegalStateException("the built-in template failed on a stored card: "
                    + (r.problems().isEmpty() ? "" : r.problems().get(0).format()),
                    new InvalidInputException(r.problems()));
        }
        return Rendered.of(r.output(), format == OutputFormat.MD ? "text/markdown" : "text/html");
    }

    /**
     * One rendering, encoded once so that serving it again costs no more than sending its bytes.
     *
     * @param bytes       the rendered text in UTF-8 (not to be modified)
     * @param contentType its Content-Type header, media type and charset
     */
    public record Rendered(byte[] bytes, String contentType) {
        static Rendered of(String text, String mediaType) {
            // Written as Jetty writes a content type it knows, so that every path sends the same header.
            return new Rendered(text.getBytes(StandardCharsets.UTF_8), mediaType + ";charset=utf-8");
        }

        /** The rendered text. */
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The cache key: a revision's content hash, the format and the modelcards version that rendered it. */
    private record Key(ContentHash hash, OutputFormat format, String version) {}
}
