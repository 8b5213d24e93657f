package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OutputFormatTest {
    @Test
    void eachFormatIsFoundByItsName() {
        assertThat(OutputFormat.parse("md")).contains(OutputFormat.MD);
        assertThat(OutputFormat.parse("html")).contains(OutputFormat.HTML);
        assertThat(OutputFormat.parse("json")).contains(OutputFormat.JSON);
    }

    @Test
    void aNameInAnyCaseFindsTheFormat() {
        assertThat(OutputFormat.parse("MD")).contains(OutputFormat.MD);
        assertThat(OutputFormat.parse("Html")).contains(OutputFormat.HTML);
        assertThat(OutputFormat.parse("jSoN")).contains(OutputFormat.JSON);
    }

    @Test
    void anUnknownNameFindsNothing() {
        assertThat(OutputFormat.parse("pdf")).isEmpty();
        assertThat(OutputFormat.parse("")).isEmpty();
        assertThat(OutputFormat.parse(" md")).isEmpty();
        assertThat(OutputFormat.parse(null)).isEmpty();
    }

    @Test
    void eachFormatsIdParsesBackToIt() {
        for (OutputFormat f : OutputFormat.values()) {
            assertThat(OutputFormat.parse(f.id())).contains(f);
        }
    }

    @Test
    void aFileExtensionInAnyCaseFindsTheFormat() {
        assertThat(OutputFormat.of(Path.of("out", "README.md"))).contains(OutputFormat.MD);
        assertThat(OutputFormat.of(Path.of("card.HTML"))).contains(OutputFormat.HTML);
        assertThat(OutputFormat.of(Path.of("card.Json"))).contains(OutputFormat.JSON);
    }

    @Test
    void theHtmExtensionIsAnAliasOfHtml() {
        assertThat(OutputFormat.of(Path.of("page.htm"))).contains(OutputFormat.HTML);
        assertThat(OutputFormat.of(Path.of("PAGE.HTM"))).contains(OutputFormat.HTML);
    }

    @Test
    void aFileWithAnotherExtensionOrNoneFindsNothing() {
        assertThat(OutputFormat.of(Path.of("card.yaml"))).isEmpty();
        assertThat(OutputFormat.of(Path.of("README"))).isEmpty();
        assertThat(OutputFormat.of(Path.of("dir.md", "README"))).isEmpty();
        assertThat(OutputFormat.of(Path.of("/"))).isEmpty();
    }
}
