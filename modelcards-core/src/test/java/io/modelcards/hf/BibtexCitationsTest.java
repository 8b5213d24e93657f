package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.Citation;
import io.modelcards.card.ModelCard;
import io.modelcards.card.ModelDetails;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BibtexCitationsTest {
    private static final String BODY = """

            ### BibTeX

            #### Sentence Transformers
            ```bibtex
            @inproceedings{reimers-2019-sentence-bert,
                title = "Sentence-BERT",
            }
            ```

            #### MultipleNegativesRankingLoss
            ```bibtex
            @misc{henderson2017efficient,
                title={Efficient Natural Language Response Suggestion for Smart Reply},
            }
            ```

            <!--
            ## Glossary
            -->
            """;

    @SuppressWarnings("unchecked")
    private static List<Citation> read(String body) {
        Map<String, Object> v = BibtexCitations.INSTANCE.read("Citation", body);
        return v == null ? null : (List<Citation>) v.get("/details/citations");
    }

    @Test
    void eachFencedEntryIsACitationNamedByItsHeading() {
        assertThat(read(BODY)).extracting(Citation::component).containsExactly("Sentence Transformers", "MultipleNegativesRankingLoss");
    }

    @Test
    void theBibtexKeyIsTaken() {
        assertThat(read(BODY)).extracting(Citation::key).containsExactly("reimers-2019-sentence-bert", "henderson2017efficient");
    }

    @Test
    void theEntryIsKeptWithoutItsFence() {
        assertThat(read(BODY).get(0).bibtex()).isEqualTo("@inproceedings{reimers-2019-sentence-bert,\n    title = \"Sentence-BERT\",\n}");
    }

    @Test
    void huggingfaceHubsBoldBibtexLabelIsAnotherShape() {
        assertThat(read("\n**BibTeX:**\n\n[More Information Needed]\n")).isNull();
    }

    @Test
    void aRemovedCitationDropsItsEntryAndKeepsTheComments() {
        ModelCard card = ModelCard.empty().withDetails(ModelDetails.EMPTY.withCitations(read(BODY).subList(0, 1)));
        String out = BibtexCitations.INSTANCE.write(BODY, card, "\n", false);
        assertThat(out).doesNotContain("henderson2017efficient").contains("#### Sentence Transformers", "<!--\n## Glossary\n-->");
    }
}
