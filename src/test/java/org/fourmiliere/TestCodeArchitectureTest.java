package org.fourmiliere;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.Set;

/**
 * Rules for the tests themselves: they read time from the application's clock, never wait by sleeping, and
 * a module's tests use another module only through its public API, with shared fixtures in {@code support}.
 */
@AnalyzeClasses(packagesOf = FourmiliereApplication.class, importOptions = ImportOption.OnlyIncludeTests.class)
class TestCodeArchitectureTest {

    private static final Set<String> OPEN = Set.of("support", "shared");

    @ArchTest
    static final ArchRule timeComesFromTheClock = ArchitectureTest.timeComesFromTheClock;

    @ArchTest
    static final ArchRule noSleeps = noClasses()
            .should().callMethod(Thread.class, "sleep", long.class)
            .orShould().callMethod(Thread.class, "sleep", long.class, int.class)
            .because("a test waits for a condition (Awaitility) or moves the test clock");

    @ArchTest
    static final ArchRule modulesTestsUseOtherModulesPublicApi = classes()
            .that().resideInAPackage("org.fourmiliere.*..")
            .should(new UseOtherModulesOnlyThroughTheirApi());

    /** The module a class of {@code org.fourmiliere.<module>...} belongs to. */
    private static Optional<String> module(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 && parts[0].equals("org") && parts[1].equals("fourmiliere") ? Optional.of(parts[2]) : Optional.empty();
    }

    private static final class UseOtherModulesOnlyThroughTheirApi extends ArchCondition<JavaClass> {

        UseOtherModulesOnlyThroughTheirApi() {
            super("use another module only through its root package, never its internal types or its test helpers");
        }

        @Override
        public void check(JavaClass type, ConditionEvents events) {
            String own = module(type).orElseThrow();
            for (Dependency d : type.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                Optional<String> other = module(target);
                if (other.isEmpty() || other.get().equals(own) || OPEN.contains(other.get())) continue;
                boolean internal = (target.getPackageName() + ".").contains(".internal.");
                boolean testHelper = target.getSource().map(src -> src.getUri().toString().contains("/test-classes/")).orElse(false);
                if (internal || testHelper) {
                    events.add(SimpleConditionEvent.violated(d, d.getDescription()
                            + (internal ? " (an internal type of " : " (a test helper of ") + other.get() + ")"));
                }
            }
        }
    }
}
