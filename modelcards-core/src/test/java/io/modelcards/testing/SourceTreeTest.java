package io.modelcards.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTreeTest {
    @Test
    void theRootIsTheDirectoryThatHoldsTheBuildWrapperAndTheModules() {
        assertThat(SourceTree.root()).isAbsolute();
        assertThat(SourceTree.root().resolve("mvnw")).isRegularFile();
        assertThat(SourceTree.root().resolve("modelcards-core")).isDirectory();
    }

    @Test
    void aFileIsFoundByItsPathFromTheRoot() {
        assertThat(SourceTree.file("examples/sentiment-classifier/README.md")).isRegularFile();
    }
}
