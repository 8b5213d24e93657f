/**
 * Renders a model card to a README, a web page or JSON, through one call: {@link CardRenderer#render} of a
 * {@link RenderRequest} (the card, an {@link OutputFormat}, a {@link TemplateChoice} and the engine's options), which
 * gives a {@link RenderedCard} (the text, the problems met, and the chart files a README refers to).
 *
 * <p>The rest of the package builds what templates see: {@link CardContext} turns the card into template variables,
 * every number already formatted as text, so that the built-in templates ({@link BuiltinTemplate}, chosen by
 * {@link BuiltinTemplates#choose}) print the same bytes under this engine and under Python's Jinja2.
 */
package io.modelcards.render.card;
