package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.modelcards.card.ModelCard;
import io.modelcards.codec.CardCodec;
import io.modelcards.codec.CardMappers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front matter values that PyYAML reads as dates, timestamps or special floats survive a README written from the typed
 * card alone (no saved source): huggingface_hub, which reads with PyYAML, gets the same values as from the original.
 */
class PlainScalarsDifferentialTest {
    private static final String README = """
            ---
            license: mit
            released: 2023-01-15
            score: .nan
            upper: .inf
            lower: -.Inf
            quoted: "2023-01-15"
            when: 2001-12-14 21:59:43.10 -5
            history:
            - 2020-02-02
            - text
            eval:
              at: 2021-03-04T05:06:07Z
            ---

            # m
            """;

    private static final String PYTHON = "import yaml,json,sys\n"
            + "docs=json.load(open(sys.argv[1],encoding='utf-8'))\n"
            + "out=[repr(yaml.safe_load(d.split('---\\n')[1])) for d in docs]\n"
            + "open(sys.argv[2],'w',encoding='utf-8').write(json.dumps(out))\n";

    @Test
    void theCardRemembersWhichExtraValuesWerePlainAndNotTheQuotedOne() throws Exception {
        ModelCard card = ReadmeCodec.parse(README, "README.md", false).card();
        assertThat(card.metadata().plainScalars())
                .containsExactly("/released", "/score", "/upper", "/lower", "/when", "/history/0", "/eval/at");
        assertThat(card.metadata().extra()).containsEntry("released", "2023-01-15").containsEntry("quoted", "2023-01-15");
    }

    @Test
    void aReadmeWrittenFromTheTypedCardReadsTheSameInPyYaml(@TempDir Path tmp) throws Exception {
        ModelCard card = ReadmeCodec.parse(README, "README.md", false).card();
        ModelCard viaJson = CardCodec.fromJson(CardCodec.toJson(card.withSource(null)), "card.json");
        ModelCard viaYaml = CardCodec.fromYaml(CardCodec.toYaml(card.withSource(null)), "card.yaml");
        List<String> docs = List.of(README, ReadmeCodec.write(card.withSource(null)), ReadmeCodec.write(viaJson),
                ReadmeCodec.write(viaYaml));
        List<String> read = pyYaml(docs, tmp);
        assertThat(read.get(0)).contains("datetime.date(2023, 1, 15)", "nan", "'quoted': '2023-01-15'", "-inf");
        assertThat(read).allSatisfy(r -> assertThat(r).isEqualTo(read.get(0)));
    }

    @Test
    void theFrontMatterARenderedReadmeGetsWritesThemPlainToo() throws Exception {
        ModelCard card = ReadmeCodec.parse(README, "README.md", false).card();
        assertThat(HfMetadata.toYaml(HfMetadata.forReadme(card.withSource(null))))
                .contains("released: 2023-01-15\n", "score: .nan\n", "quoted: '2023-01-15'\n", "  at: 2021-03-04T05:06:07Z");
    }

    @Test
    void aChangedValueThatNoLongerLooksLikeADateIsQuotedAsUsual() throws Exception {
        ModelCard card = ReadmeCodec.parse(README, "README.md", false).card();
        Map<String, Object> extra = new LinkedHashMap<>(card.metadata().extra());
        extra.put("released", "soon");
        String written = ReadmeCodec.write(card.withSource(null).withMetadata(card.metadata().withExtra(extra)));
        assertThat(written).contains("released: soon\n", "quoted: '2023-01-15'\n", "score: .nan\n");
    }

    private static List<String> pyYaml(List<String> docs, Path tmp) throws Exception {
        Path in = tmp.resolve("in.json");
        Path out = tmp.resolve("out.json");
        CardMappers.json().writeValue(in.toFile(), docs);
        Process p = new ProcessBuilder("python3", "-c", PYTHON, in.toString(), out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
        return CardMappers.json().readValue(Files.readString(out, StandardCharsets.UTF_8), new TypeReference<List<String>>() {});
    }
}
