package io.modelcards.cli.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcards.diagnostic.Diagnostic;
import io.modelcards.diagnostic.Severity;
import org.junit.jupiter.api.Test;

class GithubReportTest {
    @Test
    void aMessageCannotEndTheCommandOrStartANewLine() {
        Diagnostic d = Diagnostic.error("a.md", 3, 4, "hf/x", "100% sure\n::error::forged");
        assertThat(GithubReport.command(d)).isEqualTo("::error file=a.md,line=3,col=4,title=hf/x::100%25 sure%0A::error::forged");
    }

    @Test
    void aPathCannotForgeAnotherProperty() {
        Diagnostic d = Diagnostic.warning("x,line=9:y.md", 1, 1, "hf/x", "m");
        assertThat(GithubReport.command(d)).isEqualTo("::warning file=x%2Cline=9%3Ay.md,line=1,col=1,title=hf/x::m");
    }

    @Test
    void aProblemWithoutALineNamesTheFileOnly() {
        Diagnostic d = new Diagnostic(Severity.NOTE, "dir", 0, 0, "validate/no-cards", "m");
        assertThat(GithubReport.command(d)).isEqualTo("::notice file=dir,title=validate/no-cards::m");
    }
}
