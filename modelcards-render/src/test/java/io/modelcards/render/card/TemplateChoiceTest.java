package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.modelcards.card.ModelCard;
import io.modelcards.render.jinja.RenderOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateChoiceTest {
    @Test
    void aUserTemplateKeepsItsVariablesAsTheyWereWhenChosen() {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("b", "1");
        vars.put("a", null);
        TemplateChoice.User user = new TemplateChoice.User("t.j2", "{{ b }}", vars);
        vars.put("c", "later");

        assertThat(user.variables()).containsExactly(entry("b", "1"), entry("a", null));
    }

    @Test
    void aUserTemplateWithoutVariablesHasNone() {
        assertThat(new TemplateChoice.User("t.j2", "x", null).variables()).isEmpty();
    }

    @Test
    void aRequestForACardAndFormatChoosesTheTemplateAutomaticallyWithDefaultOptions() {
        RenderRequest r = RenderRequest.of(ModelCard.empty(), OutputFormat.HTML);

        assertThat(r.template()).isEqualTo(TemplateChoice.AUTO).isInstanceOf(TemplateChoice.Auto.class);
        assertThat(r.options()).isEqualTo(RenderOptions.DEFAULT);
    }

    @Test
    void aRequestWithoutATemplateChoiceIsRefused() {
        assertThatThrownBy(() -> new RenderRequest(ModelCard.empty(), OutputFormat.MD, null, RenderOptions.DEFAULT))
                .isInstanceOf(NullPointerException.class).hasMessage("template");
    }
}
