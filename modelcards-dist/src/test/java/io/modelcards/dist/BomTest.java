package io.modelcards.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM names every product module of the build, so a user who imports it can name each one without a version. */
class BomTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Modules that are not libraries a project depends on: the BOM itself, the benchmarks and this archive. */
    private static final Set<String> NOT_PRODUCTS = Set.of("modelcards-bom", "modelcards-bench", "modelcards-dist");

    @Test
    void theBomManagesEveryProductModuleOfTheBuildAtTheProjectVersion() throws IOException {
        List<String> products = all(Pattern.compile("<module>([^<]+)</module>"), Files.readString(ROOT.resolve("pom.xml")))
                .stream().filter(m -> !NOT_PRODUCTS.contains(m)).toList();
        String bom = Files.readString(ROOT.resolve("modelcards-bom/pom.xml"));
        Set<String> managed = Set.copyOf(all(Pattern.compile(
                "<groupId>io\\.modelcards</groupId><artifactId>([^<]+)</artifactId><version>\\$\\{project\\.version}</version>"), bom));

        assertThat(products).hasSizeGreaterThanOrEqualTo(7);
        assertThat(managed).containsAll(products);
    }

    private static List<String> all(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(r -> r.group(1)).toList();
    }
}
