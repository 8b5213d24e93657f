package io.modelcards.profile.internal.column;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.DataProblem;
import io.modelcards.card.DatasetStatistics;
import io.modelcards.profile.internal.scan.RowProblems;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MixedTypesTest {
    private static Columns ageColumn() {
        Columns c = new Columns("age");
        for (int i = 0; i < 20; i++) {
            if (i % 3 == 1) {
                c.text("unknown");       // rows 2, 5, 8, 11, 14, 17, 20: 7 strings
            } else {
                c.integer(30 + i);      // 13 ints
            }
        }
        return c;
    }

    @Test
    void theMajorityKindIsTheTypeAndKindsListsEveryKind() {
        DatasetStatistics.Column s = ageColumn().stats(20);
        assertThat(s.type()).isEqualTo("int");
        assertThat(s.kinds()).containsExactly(Map.entry("int", 13L), Map.entry("string", 7L));
    }

    @Test
    void eachMinorityKindIsOneProblemWithItsCountAndFirstExamples() {
        RowProblems problems = new RowProblems();
        ageColumn().column.toColumns(20, problems);
        List<DataProblem> list = problems.toList();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).code()).isEqualTo("profile/mixed-types");
        assertThat(list.get(0).count()).isEqualTo(7);
        assertThat(list.get(0).examples()).containsExactly(
                "data.jsonl:2:1: warning: column \"age\": string value in a column of int values [profile/mixed-types]",
                "data.jsonl:5:1: warning: column \"age\": string value in a column of int values [profile/mixed-types]",
                "data.jsonl:8:1: warning: column \"age\": string value in a column of int values [profile/mixed-types]",
                "data.jsonl:11:1: warning: column \"age\": string value in a column of int values [profile/mixed-types]",
                "data.jsonl:14:1: warning: column \"age\": string value in a column of int values [profile/mixed-types]");
    }

    @Test
    void intsMixedWithFloatsAreAFloatColumnWithoutAProblem() {
        Columns c = new Columns("x");
        c.integer(1);
        c.real(2.5);
        c.integer(3);
        RowProblems problems = new RowProblems();
        DatasetStatistics.Column s = c.column.toColumns(3, problems).get(0);
        assertThat(s.type()).isEqualTo("float");
        assertThat(s.mean()).isEqualTo(2.16666666667); // 6.5 / 3 to the 12 significant digits the profile states
        assertThat(s.kinds()).containsEntry("int", 2L).containsEntry("float", 1L);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void theFirstExamplesAreTheEarliestPlacesWhateverTheOrderTheyArrived() {
        Columns late = new Columns("x");
        Columns early = new Columns("x");
        late.at(100);
        for (int i = 0; i < 10; i++) {
            late.text("s");
            late.integer(1);
            late.integer(1);
        }
        early.at(0);
        early.integer(2);
        early.text("first");
        late.column.merge(early.column);
        RowProblems problems = new RowProblems();
        late.column.toColumns(32, problems);
        assertThat(problems.toList().get(0).examples().get(0)).startsWith("data.jsonl:2:1:");
        assertThat(problems.toList().get(0).count()).isEqualTo(11);
    }

    @Test
    void aSingleKindColumnHasNoKindsMap() {
        Columns c = new Columns("x");
        c.integer(1);
        assertThat(c.stats(1).kinds()).isEmpty();
    }
}
