package io.modelcards.render.card;

import io.modelcards.card.Lists;
import java.util.Map;
import java.util.Objects;

/**
 * Which template renders a card: the built-in one the card's data calls for, a named built-in, or a user's template.
 * The JSON format uses none of them: it is the card's own JSON whatever the choice.
 */
public sealed interface TemplateChoice {
    /** The built-in template {@link BuiltinTemplates#choose} picks for the card. */
    TemplateChoice AUTO = new Auto();

    /** The built-in template {@link BuiltinTemplates#choose} picks for the card, from its library and pipeline. */
    record Auto() implements TemplateChoice {}

    /**
     * One built-in template, whatever the card's kind.
     *
     * @param template the template
     */
    record Builtin(BuiltinTemplate template) implements TemplateChoice {
        /** Refuses a null template. */
        public Builtin {
            Objects.requireNonNull(template, "template");
        }
    }

    /**
     * A user's Jinja2 template, which sees what the built-in templates see ({@link CardContext#of}: the card, the
     * display variables, and huggingface_hub's {@code card_data} and {@code card_data.to_dict()} names), then
     * {@code variables}, which win; the render warns about each variable that replaces a card value.
     *
     * @param name      the template's name, used in problems (e.g. its file path)
     * @param source    the template text
     * @param variables extra variables in order; null means none; copied, so later changes to the map do not show
     */
    record User(String name, String source, Map<String, Object> variables) implements TemplateChoice {
        /** Refuses a null name or source; copies the variables in order. */
        public User {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
            // Map.copyOf would lose the order and refuse the null values a JSON variables file may hold.
            variables = Lists.copy(variables);
        }
    }
}
