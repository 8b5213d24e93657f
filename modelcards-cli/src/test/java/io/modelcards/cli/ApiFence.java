package io.modelcards.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public API fence: a class may use an {@code …internal…} package only of its own module.
 *
 * <p>A module is a Maven artifact, so the rule reads each class's module from where its class file was loaded: the
 * folder before {@code target/classes} (or {@code target/test-classes}), or the jar's name without its version. Only
 * when neither fits (another build layout) does it fall back to the root package, {@code io.modelcards.<word>}.
 */
final class ApiFence {
    private ApiFence() {}

    /** A package inside an {@code internal} package at any depth, e.g. {@code io.modelcards.render.jinja.internal.syntax}. */
    private static final Pattern INTERNAL = Pattern.compile("(^|.*\\.)internal(\\..*)?");
    private static final Pattern FOLDER = Pattern.compile(".*/([^/]+)/target/(?:test-)?classes/.*");
    private static final Pattern JAR = Pattern.compile(".*/([^/!]+?)-\\d[^/!]*\\.jar!/.*");
    private static final Pattern ROOT = Pattern.compile("io\\.modelcards\\.([a-z0-9]+).*");

    /** The rule: no class uses an internal package of another module. */
    static final ArchRule RULE = classes()
            .should(new ArchCondition<JavaClass>("use only the API packages of other modules") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String from = moduleOf(origin);
                    for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass().getBaseComponentType();
                        String to = moduleOf(target);
                        if (isInternal(target.getPackageName()) && !to.equals(from)) {
                            events.add(SimpleConditionEvent.violated(d, from + " uses " + target.getName()
                                    + ", which is internal to " + to + ": " + d.getDescription()));
                        }
                    }
                }
            })
            .because("a package named internal is not API: use an API package of that module instead (docs/ARCHITECTURE.md"
                    + " lists them per module); if the API lacks what you need, add it to an API package of that module,"
                    + " or move your code into that module");

    /** Whether {@code packageName} is internal, i.e. has a segment {@code internal}. */
    static boolean isInternal(String packageName) {
        return INTERNAL.matcher(packageName).matches();
    }

    /** The module (artifact) {@code type} comes from, e.g. {@code modelcards-profile}. */
    static String moduleOf(JavaClass type) {
        String uri = type.getSource().map(Source::getUri).map(Object::toString).orElse("");
        for (Pattern p : new Pattern[] {FOLDER, JAR}) {
            Matcher m = p.matcher(uri);
            if (m.matches()) {
                return m.group(1);
            }
        }
        Matcher root = ROOT.matcher(type.getPackageName());
        return root.matches() ? "io.modelcards." + root.group(1) : type.getPackageName();
    }

    /** Imports the product's main classes only: no test classes, no test-jars. */
    static final class ProductClasses implements ImportOption {
        private static final ImportOption NO_TESTS = new DoNotIncludeTests();
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar(!/.*)?");

        @Override
        public boolean includes(Location location) {
            return NO_TESTS.includes(location) && !location.matches(TEST_JAR);
        }
    }
}
