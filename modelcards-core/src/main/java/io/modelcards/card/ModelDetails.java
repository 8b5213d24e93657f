package io.modelcards.card;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Who made the model and what it is (Mitchell et al. 2019, §4.1 "Model Details"), plus the Hugging Face
 * default template's summary, sources and contact sections. Text values are Markdown.
 *
 * <p>{@link ModelDetailsBuilder} builds one by naming each value; {@code withName(…)} and the other withers change one value.
 *
 * @param name         the model id or display name (the card's title)
 * @param summary      one-paragraph summary shown under the title
 * @param description  longer description
 * @param developers   person or organisation that developed the model
 * @param fundedBy     who funded it
 * @param sharedBy     who shared it
 * @param version      model version
 * @param artifact     content hash of the saved model ({@code sha256:…}), when captured (since 1.3)
 * @param date         model date (ISO-8601 text as written)
 * @param modelType    e.g. "text classifier"; also the kind that picks a built-in template
 * @param architecture architecture and objective
 * @param owners       owners and contacts
 * @param repository   source repository URL
 * @param paper        paper URL
 * @param demo         demo URL
 * @param references   further references
 * @param citations    BibTeX entries, and APA text, that users should cite
 * @param howToGetStarted code and text that shows how to use the model
 * @param cardAuthors  the people who wrote this card
 * @param contact      how to reach the card's authors
 * @param glossary     glossary text
 * @param moreInformation further information
 */
@RecordBuilder
public record ModelDetails(
        String name,
        String summary,
        String description,
        String developers,
        String fundedBy,
        String sharedBy,
        String version,
        String artifact,
        String date,
        String modelType,
        String architecture,
        List<Owner> owners,
        String repository,
        String paper,
        String demo,
        List<String> references,
        List<Citation> citations,
        String howToGetStarted,
        String cardAuthors,
        String contact,
        String glossary,
        String moreInformation) implements ModelDetailsBuilder.With {

    public static final ModelDetails EMPTY = ModelDetailsBuilder.builder().build();

    public ModelDetails {
        owners = Lists.copy(owners);
        references = Lists.copy(references);
        citations = Lists.copy(citations);
    }

    /** An owner of the model and how to contact them. */
    public record Owner(String name, String contact) {}
}
