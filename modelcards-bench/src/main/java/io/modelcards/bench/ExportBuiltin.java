package io.modelcards.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcards.codec.CardCodec;
import io.modelcards.render.card.BuiltinTemplate;
import io.modelcards.render.card.BuiltinTemplates;
import io.modelcards.render.card.CardContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a built-in template's assembled source and a card's template context as JSON, so that
 * bench/render-vs-jinja2 can render the built-in with both Python's Jinja2 and modelcards on the same input.
 *
 * <p>Usage: {@code ExportBuiltin TEMPLATE_ID CARD.json OUT_TEMPLATE OUT_CONTEXT.json}.
 */
public final class ExportBuiltin {
    private ExportBuiltin() {
    }

    public static void main(String[] args) throws Exception {
        BuiltinTemplate template = BuiltinTemplate.valueOf(args[0].toUpperCase(Locale.ROOT).replace('-', '_'));
        var card = CardCodec.fromJson(Files.readString(Path.of(args[1])), args[1]);
        Files.writeString(Path.of(args[2]), BuiltinTemplates.source(template));
        new ObjectMapper().writeValue(Path.of(args[3]).toFile(), CardContext.of(card));
    }
}
