package io.modelcards.profile.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.profile.internal.scan.RecordingTarget;
import io.modelcards.profile.internal.source.Block;
import io.modelcards.profile.internal.source.Compression;
import io.modelcards.profile.internal.source.DataFormat;
import io.modelcards.profile.internal.source.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CsvParserTest {
    static RecordingTarget parse(DataFormat format, String header, String body) {
        RecordingTarget t = new RecordingTarget();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        DataSource src = new DataSource(0, Path.of("d.csv"), "d.csv", format, Compression.NONE, bytes.length);
        new CsvParser(t).parse(new Block(src, bytes, bytes.length, 0, 2, header.getBytes(StandardCharsets.UTF_8)));
        return t;
    }

    static RecordingTarget csv(String header, String body) {
        return parse(DataFormat.CSV, header, body);
    }

    @Test
    void fieldsGetTheirTypesFromTheirText() {
        RecordingTarget t = csv("i,f,b,s,e", "12,-2.5,true,abc,\n007,1e3,FALSE,\"x\",\"\"\n");
        assertThat(t.of("i")).containsExactly("int:12", "int:7");
        assertThat(t.of("f")).containsExactly("float:-2.5", "float:1000.0");
        assertThat(t.of("b")).containsExactly("bool:true", "bool:false");
        assertThat(t.of("s")).containsExactly("text:abc", "text:x");
        assertThat(t.of("e")).containsExactly("null", "text:");
    }

    @Test
    void quotedFieldsKeepDelimitersLineBreaksAndDoubledQuotes() {
        RecordingTarget t = csv("a,b", "\"x, y\",\"line1\nline2\"\n\"say \"\"hi\"\"\",2\n");
        assertThat(t.of("a")).containsExactly("text:x, y", "text:say \"hi\"");
        assertThat(t.of("b")).containsExactly("text:line1\nline2", "int:2");
        assertThat(t.rowLines).containsExactly(2L, 4L);
    }

    @Test
    void aRaggedRowIsReportedAndSkipped() {
        RecordingTarget t = csv("a,b", "1,2\n3\n4,5,6\n7,8\n");
        assertThat(t.of("a")).containsExactly("int:1", "int:7");
        assertThat(t.problems.toList()).singleElement().satisfies(p -> {
            assertThat(p.count()).isEqualTo(2);
            assertThat(p.examples()).containsExactly(
                    "d.csv:3:1: error: expected 2 fields as in the header, found 1 [profile/ragged-row]",
                    "d.csv:4:1: error: expected 2 fields as in the header, found 3 [profile/ragged-row]");
        });
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() {
        RecordingTarget t = csv("a,b", "5\" screen,1\n");
        assertThat(t.of("a")).containsExactly("text:5\" screen");
        assertThat(t.problems.isEmpty()).isTrue();
    }

    @Test
    void textAfterAClosingQuoteIsKeptAndWarnedAbout() {
        RecordingTarget t = csv("a,b", "\"ab\"cd,1\n");
        assertThat(t.of("a")).containsExactly("text:abcd");
        assertThat(t.problems.toList().get(0).examples()).containsExactly(
                "d.csv:2:4: warning: text after the closing quote of a quoted field: double the quotes inside it"
                        + " [profile/stray-quote]");
    }

    @Test
    void crlfLineEndsAreNotPartOfValues() {
        RecordingTarget t = csv("a,b", "x,y\r\n\"q\",z\r\n");
        assertThat(t.of("b")).containsExactly("text:y", "text:z");
        assertThat(t.of("a")).containsExactly("text:x", "text:q");
    }

    @Test
    void invalidUtf8SkipsTheRowWithItsColumn() {
        RecordingTarget t = new RecordingTarget();
        byte[] bytes = {'a', 'b', ',', 'c', (byte) 0xfe, '\n', '1', ',', '2', '\n'};
        DataSource src = new DataSource(0, Path.of("d.csv"), "d.csv", DataFormat.CSV, Compression.NONE, bytes.length);
        new CsvParser(t).parse(new Block(src, bytes, bytes.length, 0, 2, "a,b".getBytes(StandardCharsets.UTF_8)));
        assertThat(t.of("a")).containsExactly("int:1");
        assertThat(t.problems.toList().get(0).examples())
                .containsExactly("d.csv:2:5: error: invalid UTF-8 byte 0xfe [profile/invalid-utf8]");
    }

    @Test
    void tsvSplitsOnTabs() {
        RecordingTarget t = parse(DataFormat.TSV, "a\tb", "x,1\t2\n");
        assertThat(t.of("a")).containsExactly("text:x,1");
        assertThat(t.of("b")).containsExactly("int:2");
    }

    @Test
    void sampledRowsBecomeJsonObjectsOfStrings() {
        RecordingTarget t = csv("a,b", "1,\"x\"\"y\"\n,z\n");
        assertThat(t.rows).containsExactly("{\"a\":\"1\",\"b\":\"x\\\"y\"}", "{\"a\":null,\"b\":\"z\"}");
    }

    @Test
    void blankLinesAreNotRows() {
        RecordingTarget t = csv("a,b", "1,2\n\n3,4\n");
        assertThat(t.of("a")).containsExactly("int:1", "int:3");
        assertThat(t.problems.isEmpty()).isTrue();
    }
}
