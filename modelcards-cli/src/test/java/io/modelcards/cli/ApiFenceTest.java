package io.modelcards.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The product keeps the API fence: no module uses another module's {@code internal} packages. The CLI depends on every
 * product module (djl in test scope), so all their classes are on this test's classpath. {@code modelcards-bench} is
 * not: its JMH benchmarks measure internals on purpose and ship nowhere.
 */
@AnalyzeClasses(packages = "io.modelcards", importOptions = ApiFence.ProductClasses.class)
class ApiFenceTest {

    @ArchTest
    static final ArchRule noModuleUsesAnotherModulesInternals = ApiFence.RULE;

    @ArchTest
    static void everyProductModuleIsChecked(JavaClasses classes) {
        Set<String> modules = classes.stream().map(ApiFence::moduleOf).collect(Collectors.toSet());
        assertThat(modules).contains("modelcards-core", "modelcards-capture", "modelcards-tribuo", "modelcards-djl",
                "modelcards-profile", "modelcards-render", "modelcards-cli");
    }

    @ArchTest
    static void internalPackagesAreAmongTheClassesChecked(JavaClasses classes) {
        assertThat(classes.stream().map(JavaClass::getPackageName).filter(ApiFence::isInternal))
                .anyMatch(p -> p.startsWith("io.modelcards.capture.internal."))
                .anyMatch(p -> p.startsWith("io.modelcards.profile.internal."));
    }
}
