package io.modelcards.codec;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcards.diagnostic.SourceMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link SourceMap} for a card read from its own JSON or YAML text, where a card pointer is also a pointer into
 * the text. A pointer to something absent is placed at its nearest written ancestor.
 */
public final class CardSourceMap implements SourceMap {
    private final ObjectMapper mapper;
    private final String text;
    private final String file;
    private final Map<String, Optional<Position>> cache = new ConcurrentHashMap<>();

    private CardSourceMap(ObjectMapper mapper, String text, String file) {
        this.mapper = mapper;
        this.text = text;
        this.file = file;
    }

    /**
     * A map over {@code text}, read with {@code mapper} (use {@link CardMappers#json()} or {@link CardMappers#yaml()}).
     *
     * @param file the file name to put in diagnostics
     */
    public static SourceMap of(ObjectMapper mapper, String text, String file) {
        return new CardSourceMap(mapper, text, file);
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public Optional<Position> locate(String cardPointer) {
        // Each lookup re-reads the text; a card has few problems, so remembering answers is enough.
        return cache.computeIfAbsent(cardPointer, p -> SourceLocator.locate(mapper, text, p));
    }
}
