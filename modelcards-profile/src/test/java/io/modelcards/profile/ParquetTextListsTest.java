package io.modelcards.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.card.DatasetProfile;
import io.modelcards.profile.internal.parquet.ParquetReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists of texts in Parquet travel packed, one value per list: a profile made that way equals, figure for figure,
 * the profile made through the reference path, where each list is a JDBC array of values.
 */
class ParquetTextListsTest {
    @TempDir
    Path dir;

    @Test
    void packedListsGiveTheSameProfileAsJdbcArrays() throws Exception {
        // Texts that look like the packed form (digits, ':', '-', '['), multi-byte characters, empty texts and
        // lists, null lists and null elements; at the top level, in a struct, in a list of lists and in a map.
        Path p = KnownData.parquet(dir.resolve("lists.parquet"), "SELECT i AS id,"
                + " CASE WHEN i % 11 = 0 THEN NULL WHEN i % 7 = 0 THEN []::VARCHAR[]"
                + "   ELSE ['t' || (i % 13), CASE WHEN i % 5 = 0 THEN NULL ELSE '3:ab-' || (i % 17) END,"
                + "     repeat('é', i % 4), '[-' || i || ':'] END AS tags,"
                + " struct_pack(name := 'n' || (i % 9), words := CASE WHEN i % 6 = 0 THEN NULL"
                + "   ELSE ['ü' || (i % 3), ''] END) AS meta,"
                + " [['a', 'b' || (i % 4)], [], NULL] AS nested,"
                + " MAP {'k' || (i % 3): ['v', 'w' || (i % 8)]} AS m"
                + " FROM range(3000) t(i)", "ROW_GROUP_SIZE 1000");
        for (int threads : new int[] {1, 2}) {
            DatasetProfile packed = profile(p, threads);
            DatasetProfile reference;
            System.setProperty(ParquetReader.REFERENCE_LISTS, "true");
            try {
                reference = profile(p, threads);
            } finally {
                System.clearProperty(ParquetReader.REFERENCE_LISTS);
            }
            assertThat(packed.columns()).isNotEmpty();
            assertThat(packed).isEqualTo(reference);
        }
    }

    private static DatasetProfile profile(Path p, int threads) throws Exception {
        return Profiler.builder().addInput(p).optThreads(threads).optSample(20).build().run();
    }
}
