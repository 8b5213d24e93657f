package io.modelcards.render.card;

import io.modelcards.card.ModelCard;
import io.modelcards.render.html.ImageFolder;
import io.modelcards.render.jinja.RenderOptions;
import java.util.Objects;

/**
 * Everything a render depends on besides the modelcards version: the same request always gives the same bytes.
 *
 * @param card     the card to render
 * @param format   the output format
 * @param template the template that renders md and html; json ignores it
 * @param options  the engine's limits and undefined-variable handling
 * @param images   where html finds the local images the Markdown shows (the card's folder); md and json ignore it
 * @param compliance the compliance view html shows after the card, {@link ComplianceView#NONE} by default; md and json ignore it
 */
public record RenderRequest(ModelCard card, OutputFormat format, TemplateChoice template, RenderOptions options,
        ImageFolder images, ComplianceView compliance) {
    /** Refuses null components: every part of a request decides the output. */
    public RenderRequest {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(compliance, "compliance");
    }

    /** A request without a compliance view. */
    public RenderRequest(ModelCard card, OutputFormat format, TemplateChoice template, RenderOptions options, ImageFolder images) {
        this(card, format, template, options, images, ComplianceView.NONE);
    }

    /** A request with no folder for local images: html shows their alt text instead. */
    public RenderRequest(ModelCard card, OutputFormat format, TemplateChoice template, RenderOptions options) {
        this(card, format, template, options, ImageFolder.none());
    }

    /** A request for {@code card} as {@code format} with the built-in template the card calls for, default options. */
    public static RenderRequest of(ModelCard card, OutputFormat format) {
        return new RenderRequest(card, format, TemplateChoice.AUTO, RenderOptions.DEFAULT);
    }

    /** This request with {@code template} instead. */
    public RenderRequest withTemplate(TemplateChoice template) {
        return new RenderRequest(card, format, template, options, images, compliance);
    }

    /** This request with {@code options} instead. */
    public RenderRequest withOptions(RenderOptions options) {
        return new RenderRequest(card, format, template, options, images, compliance);
    }

    /** This request with local images looked up in {@code images} instead. */
    public RenderRequest withImages(ImageFolder images) {
        return new RenderRequest(card, format, template, options, images, compliance);
    }

    /** This request with the compliance view {@code compliance} instead. */
    public RenderRequest withCompliance(ComplianceView compliance) {
        return new RenderRequest(card, format, template, options, images, compliance);
    }
}
