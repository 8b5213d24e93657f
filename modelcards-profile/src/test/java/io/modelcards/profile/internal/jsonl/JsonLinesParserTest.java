package io.modelcards.profile.internal.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.profile.internal.scan.RecordingTarget;
import io.modelcards.profile.internal.source.Block;
import io.modelcards.profile.internal.source.Compression;
import io.modelcards.profile.internal.source.DataFormat;
import io.modelcards.profile.internal.source.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonLinesParserTest {
    static RecordingTarget parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    static RecordingTarget parse(byte[] bytes) {
        RecordingTarget t = new RecordingTarget();
        DataSource src = new DataSource(0, Path.of("d.jsonl"), "d.jsonl", DataFormat.JSONL, Compression.NONE, bytes.length);
        new JsonLinesParser(t).parse(new Block(src, bytes, bytes.length, 0, 1, null));
        return t;
    }

    @Test
    void everyKindOfValueReachesItsColumn() {
        RecordingTarget t = parse("{\"i\": -12, \"f\": 2.5, \"b\": true, \"n\": null, \"s\": \"héllo\"}\n");
        assertThat(t.of("i")).containsExactly("int:-12");
        assertThat(t.of("f")).containsExactly("float:2.5");
        assertThat(t.of("b")).containsExactly("bool:true");
        assertThat(t.of("n")).containsExactly("null");
        assertThat(t.of("s")).containsExactly("text:héllo");
        assertThat(t.rows).hasSize(1);
    }

    @Test
    void numbersAreReadExactly() {
        RecordingTarget t = parse("{\"x\":0.1}\n{\"x\":1e5}\n{\"x\":-0.0}\n{\"x\":123456789012345678901}\n"
                + "{\"x\":0.30000000000000004}\n{\"x\":9007199254740993.5}\n{\"x\":0.0005}\n");
        assertThat(t.of("x")).containsExactly("float:0.1", "float:100000.0", "float:-0.0", "float:1.2345678901234568E20",
                "float:0.30000000000000004", "float:9.007199254740994E15", "float:5.0E-4");
    }

    @Test
    void escapesAreDecodedIncludingSurrogatePairs() {
        RecordingTarget t = parse("{\"s\": \"a\\\"b\\\\c\\n\\u00e9\\ud83d\\ude00\", \"k\\u0041\": 1}\n");
        assertThat(t.of("s")).containsExactly("text:a\"b\\c\né😀");
        assertThat(t.of("kA")).containsExactly("int:1");
    }

    @Test
    void listsAndStructsGoToTheirChildColumns() {
        RecordingTarget t = parse("{\"tags\": [\"a\", \"b\"], \"meta\": {\"src\": \"web\", \"n\": [1]}}\n");
        assertThat(t.of("tags")).containsExactly("list:2");
        assertThat(t.of("tags[]")).containsExactly("text:a", "text:b");
        assertThat(t.of("meta")).containsExactly("struct");
        assertThat(t.of("meta.src")).containsExactly("text:web");
        assertThat(t.of("meta.n")).containsExactly("list:1");
        assertThat(t.of("meta.n[]")).containsExactly("int:1");
    }

    @Test
    void aBadLineIsReportedAtItsLineAndColumnAndContributesNothing() {
        RecordingTarget t = parse("{\"a\": 1}\n{\"a\": 2, \"b\": tru}\n{\"a\": 3}\n");
        assertThat(t.of("a")).containsExactly("int:1", "int:3");
        assertThat(t.of("b")).isEmpty();
        assertThat(t.problems.toList()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("profile/invalid-json");
            assertThat(p.examples()).containsExactly(
                    "d.jsonl:2:15: error: expected a value, found 't' [profile/invalid-json]");
        });
    }

    @Test
    void invalidUtf8IsReportedWithItsCharacterColumn() {
        byte[] bytes = {'{', '"', 's', '"', ':', '"', (byte) 0xc3, (byte) 0xa9, (byte) 0xff, '"', '}', '\n'};
        RecordingTarget t = parse(bytes);
        assertThat(t.rows).isEmpty();
        assertThat(t.problems.toList().get(0).examples())
                .containsExactly("d.jsonl:1:8: error: invalid UTF-8 byte 0xff [profile/invalid-utf8]");
    }

    @Test
    void blankLinesAndCarriageReturnsAreNotRows() {
        RecordingTarget t = parse("{\"a\": 1}\r\n\r\n   \n{\"a\": 2}");
        assertThat(t.of("a")).containsExactly("int:1", "int:2");
        assertThat(t.rowLines).containsExactly(1L, 4L);
        assertThat(t.problems.isEmpty()).isTrue();
    }

    @Test
    void aLineThatIsNotAnObjectIsReported() {
        RecordingTarget t = parse("[1, 2]\n");
        assertThat(t.problems.toList().get(0).examples()).containsExactly(
                "d.jsonl:1:1: error: expected a JSON object ('{') at the start of the line, found '[' [profile/invalid-json]");
    }

    @Test
    void textAfterTheObjectIsReported() {
        RecordingTarget t = parse("{\"a\": 1} x\n");
        assertThat(t.rows).isEmpty();
        assertThat(t.problems.toList().get(0).examples()).containsExactly(
                "d.jsonl:1:10: error: text after the JSON object: one object per line [profile/invalid-json]");
    }

    @Test
    void nestingBeyondTheLimitIsReportedNotFollowed() {
        String deep = "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}\n";
        RecordingTarget t = parse(deep);
        assertThat(t.problems.toList().get(0).examples().get(0)).contains("nested deeper than 64 levels");
    }

    @Test
    void theSampleBytesAreTheLineItself() {
        RecordingTarget t = parse("{\"a\": 1}\n");
        assertThat(t.rows).containsExactly("{\"a\": 1}");
    }
}
