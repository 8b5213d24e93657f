package io.modelcards.profile.internal.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.profile.internal.parquet.ColumnType.Kind;
import io.modelcards.profile.internal.parquet.ColumnType.ListOf;
import io.modelcards.profile.internal.parquet.ColumnType.Scalar;
import io.modelcards.profile.internal.parquet.ColumnType.StructOf;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuckTypesTest {
    @Test
    void numbersAreSelectedAsTheyAre() {
        assertThat(DuckTypes.select("n", "BIGINT")).isEqualTo(new DuckTypes.Selected(new Scalar(Kind.INT), "\"n\""));
    }

    @Test
    void quotedStructFieldNamesAndMultiWordTypesAreParsed() {
        DuckTypes.Selected s = DuckTypes.select("c", "STRUCT(\"B \"\"x\"\"\" BLOB, t TIMESTAMP WITH TIME ZONE)[]");
        assertThat(s.type()).isEqualTo(new ListOf(new StructOf(List.of("B \"x\"", "t"),
                List.of(new Scalar(Kind.BINARY), new Scalar(Kind.TEMPORAL)))));
        assertThat(s.sql()).isEqualTo("list_transform(\"c\", v0 -> struct_pack(\"B \"\"x\"\"\" := octet_length("
                + "struct_extract(v0, 'B \"x\"')), \"t\" := encode(CAST(struct_extract(v0, 't') AS VARCHAR))))");
    }

    @Test
    void enumValuesWithCommasAndParenthesesAreSkippedAndTheColumnReadAsText() {
        DuckTypes.Selected s = DuckTypes.select("e", "ENUM('a,b', 'c)')");
        assertThat(s).isEqualTo(new DuckTypes.Selected(new Scalar(Kind.TEXT), "encode(CAST(\"e\" AS VARCHAR))"));
    }

    @Test
    void fixedSizeArraysAndNestedListsBecomeLists() {
        assertThat(DuckTypes.select("a", "INTEGER[3]")).isEqualTo(
                new DuckTypes.Selected(new ListOf(new Scalar(Kind.INT)), "list_transform(\"a\", v0 -> v0)"));
        assertThat(DuckTypes.select("l", "DOUBLE[][]")).isEqualTo(
                new DuckTypes.Selected(new ListOf(new ListOf(new Scalar(Kind.FLOAT))), "\"l\""));
    }

    @Test
    void decimalsAreCastToDouble() {
        assertThat(DuckTypes.select("d", "DECIMAL(10,2)")).isEqualTo(
                new DuckTypes.Selected(new Scalar(Kind.FLOAT), "CAST(\"d\" AS DOUBLE)"));
    }

    @Test
    void aTypeNameThatCannotBeParsedIsReadAsText() {
        assertThat(DuckTypes.select("x", "STRUCT(a INTEGER")).isEqualTo(
                new DuckTypes.Selected(new Scalar(Kind.TEXT), "encode(CAST(\"x\" AS VARCHAR))"));
    }
}
