package io.modelcards.hf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.modelcards.codec.CardMappers;
import io.modelcards.diagnostic.InvalidInputException;
import io.modelcards.testing.Fixtures;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our YAML emitter against the real PyYAML, run inside the test: every dictionary is dumped by
 * {@code yaml.dump(d, sort_keys=False, allow_unicode=True)} in Python and by {@link PyYaml} here, compared byte for byte.
 */
class PyYamlDifferentialTest {
    private static final String PYTHON = "import yaml,json,sys\n"
            + "cases=json.load(open(sys.argv[1],encoding='utf-8'))\n"
            + "out=[yaml.dump(c,sort_keys=False,allow_unicode=True) for c in cases]\n"
            + "open(sys.argv[2],'w',encoding='utf-8').write(json.dumps(out))\n";

    static final List<Object> ATOMS = List.of("", "no", "yes", "On", "null", "~", "NULL", "123", "1.5", "2e-05", "1e5", "0x1F",
            "0o17", "017", "1_000", "1:30", "2023-01-01", "2001-12-14 21:59:43.10 -5", "a: b", "a:b", "a #b", "a#b", "#x", "- x", "-x",
            "key:", ": x", "?x", "? x", "it's", "say \"hi\"", "back\\slash", "tab\there", "line1\nline2", "para\n\nnext", "trailing ",
            " leading", "x \ny", "x\n y", "x\n", "\nx", "ü", "中文模型", "🤗", "emoji 🤗 text", "nel\u0085x", "ls\u2028x", "bom\ufeffx",
            "bell\u0007", "nbsp\u00a0x", "a,b", "[x]", "{x}", "*x", "&x", "!x", "|x", ">x", "%x", "@x", "`x", "---x", "...x", "=", "<<",
            ".inf", ".5", "+1", "-", "?", "0", "00", "true", "False", "apache-2.0", "text-classification", "https://example.org/a?b=c#d",
            0, -1, 42, 2147483648L, new BigInteger("123456789012345678901234567890"), 0.1, 2e-05, 1e16, 1e15, 123456789.123, -0.0,
            1e-4, 1.0, 3.0e20, 0.30000000000000004, 1e-300, 12.5, true, false);

    @Test
    void everyDictionaryDumpsExactlyAsPyYamlDumpsIt(@TempDir Path tmp) throws IOException, InterruptedException {
        List<Object> cases = cases();
        Path in = tmp.resolve("in.json");
        Path out = tmp.resolve("out.json");
        CardMappers.json().writeValue(in.toFile(), cases);
        Process p = new ProcessBuilder("python3", "-c", PYTHON, in.toString(), out.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
        List<String> expected = CardMappers.json().readValue(Files.readString(out, StandardCharsets.UTF_8),
                new TypeReference<List<String>>() {});
        assertThat(cases).hasSizeGreaterThanOrEqualTo(400);
        for (int i = 0; i < cases.size(); i++) {
            assertThat(PyYaml.dump(cases.get(i))).as("case %d: %s", i, cases.get(i)).isEqualTo(expected.get(i));
        }
    }

    /** Hand-picked edge cases, the metadata of every round-trip README, and seeded random nested structures. */
    static List<Object> cases() {
        List<Object> cases = new ArrayList<>();
        for (Object a : ATOMS) {
            cases.add(map("value", a));
            cases.add(map("list", List.of(a, a)));
            cases.add(map(String.valueOf(a).isEmpty() ? "k" : String.valueOf(a), 1));
        }
        cases.add(map("empty_list", List.of(), "empty_map", Map.of(), "nested", List.of(List.of(), Map.of(), List.of(List.of(1)))));
        Random r = new Random(20261123);
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            words.append(i % 7 == 0 ? "'quoted' " : i % 11 == 0 ? "colon: " : "word").append(i).append(' ');
        }
        for (int len : new int[] {70, 79, 80, 81, 85, 120, 200, 400}) {
            String s = words.substring(0, len);
            cases.add(map("long", s, "list", List.of(s), "nested", map("deeper", map("long", s + "\nsecond line " + s))));
            cases.add(map("long_quoted", "'" + s, "double", s + "\t" + s, "nospace", "x".repeat(len)));
        }
        for (Path f : Fixtures.readmes("roundtrip", ".md")) {
            try {
                cases.add(HfMetadata.toDict(ReadmeCodec.parse(Fixtures.read(f), "x", false).card().metadata()));
            } catch (InvalidInputException e) {
                throw new AssertionError(e);
            }
        }
        for (int i = 0; i < 250; i++) {
            cases.add(random(r, 0));
        }
        return cases;
    }

    private static Object random(Random r, int depth) {
        int kind = depth >= 4 ? 2 : r.nextInt(depth == 0 ? 1 : 3);
        if (kind == 0) {
            Map<String, Object> m = new LinkedHashMap<>();
            int n = r.nextInt(5);
            for (int i = 0; i < n; i++) {
                m.put(key(r), random(r, depth + 1));
            }
            return m;
        }
        if (kind == 1) {
            List<Object> l = new ArrayList<>();
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) {
                l.add(random(r, depth + 1));
            }
            return l;
        }
        return r.nextInt(20) == 0 ? null : ATOMS.get(r.nextInt(ATOMS.size()));
    }

    private static String key(Random r) {
        Object a = ATOMS.get(r.nextInt(ATOMS.size()));
        String s = String.valueOf(a);
        return s.contains("\n") || s.isEmpty() ? "k" + r.nextInt(100) : s;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
