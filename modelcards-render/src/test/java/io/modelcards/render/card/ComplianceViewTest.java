package io.modelcards.render.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.CardMappers;
import io.modelcards.hf.ReadmeCodec;
import io.modelcards.testing.Fixtures;
import io.modelcards.testing.Golden;
import io.modelcards.validate.RegistryEvidence;
import org.junit.jupiter.api.Test;

/** The compliance view of the HTML output (Annex IV coverage), and the Annex IV texts in the rendered README. */
class ComplianceViewTest {
    private static final CardRenderer RENDERER = CardRenderer.create();
    private static final String PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    /** The card that documents every point, less its cybersecurity text and its version. */
    private static ModelCard withGaps() throws Exception {
        ObjectNode tree = (ObjectNode) CardMappers.json().readTree(Fixtures.text("schema/1.4/annex-iv.json"));
        ((ObjectNode) tree.get("compliance")).remove("cybersecurity");
        ((ObjectNode) tree.get("details")).remove("version");
        return CardCodec.fromJson(tree.toString(), "annex-iv.json");
    }

    private static String html(ModelCard card, ComplianceView view) {
        return RENDERER.render(RenderRequest.of(card, OutputFormat.HTML).withCompliance(view)).output();
    }

    @Test
    void theAnnexIvViewMatchesItsGolden() throws Exception {
        Golden.assertMatches("golden/compliance/annex-iv-gaps.html", html(withGaps(), new ComplianceView.AnnexIv(RegistryEvidence.NONE)));
    }

    @Test
    void withoutTheViewThePageHasNoCoverageTable() throws Exception {
        assertThat(html(withGaps(), ComplianceView.NONE)).doesNotContain("Annex IV coverage")
                .contains("<h2 id=\"eu-ai-act-technical-documentation\">EU AI Act Technical Documentation</h2>");
    }

    @Test
    void theViewCountsThePointsAndSaysItIsNotLegalAdvice() throws Exception {
        assertThat(html(withGaps(), new ComplianceView.AnnexIv(RegistryEvidence.NONE)))
                .contains("21 covered, 1 partly, 1 missing.", "it is not legal advice");
    }

    @Test
    void registryEvidenceChangesTheCoverage() throws Exception {
        ModelCard card = withGaps().withCompliance(withGaps().compliance().withLifecycleChanges(null));
        assertThat(html(card, new ComplianceView.AnnexIv(RegistryEvidence.NONE))).contains("20 covered, 1 partly, 2 missing.");
        assertThat(html(card, new ComplianceView.AnnexIv(RegistryEvidence.of(RegistryEvidence.Kind.HISTORY))))
                .contains("21 covered, 1 partly, 1 missing.");
    }

    @Test
    void cardTextInTheComplianceSectionsIsSanitized() throws Exception {
        ModelCard card = withGaps().withCompliance(withGaps().compliance().withCybersecurity(PAYLOAD).withStandards(
                "[x](javascript:alert(3)) <iframe src=\"https://e.example\"></iframe>"));
        String page = html(card, new ComplianceView.AnnexIv(RegistryEvidence.NONE));
        assertThat(page).doesNotContain("<script", "onerror", "javascript:", "<iframe").contains("EU AI Act Annex IV coverage");
    }

    @Test
    void mdAndJsonIgnoreTheView() throws Exception {
        for (OutputFormat f : new OutputFormat[] {OutputFormat.MD, OutputFormat.JSON}) {
            RenderRequest plain = RenderRequest.of(withGaps(), f);
            assertThat(RENDERER.render(plain.withCompliance(new ComplianceView.AnnexIv(RegistryEvidence.NONE))).output())
                    .isEqualTo(RENDERER.render(plain).output());
        }
    }

    @Test
    void theViewIsNamedAnnexIv() {
        assertThat(ComplianceView.parse(" Annex-IV ")).contains(new ComplianceView.AnnexIv(RegistryEvidence.NONE));
        assertThat(ComplianceView.parse("annex-3")).isEmpty();
    }

    @Test
    void theRenderedReadmeReadsBackEveryAnnexIvText() throws Exception {
        ModelCard card = withGaps();
        String md = RENDERER.render(RenderRequest.of(card, OutputFormat.MD)).output();
        assertThat(md).contains("### Cybersecurity Measures\n\n[More Information Needed]\n");
        assertThat(ReadmeCodec.parse(md, "README.md", false).card().compliance()).isEqualTo(card.compliance());
    }

    @Test
    void aCardWithoutAnnexIvTextsRendersNoSuchPart() {
        assertThat(RENDERER.render(RenderRequest.of(Fixtures.card(GoldenOutputTest.FULL), OutputFormat.MD)).output())
                .doesNotContain("EU AI Act");
    }
}
