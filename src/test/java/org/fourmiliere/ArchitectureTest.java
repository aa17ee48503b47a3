package org.fourmiliere;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;

/**
 * Rules Spring Modulith does not check (see {@link ModularityTest} for the module boundaries): time is read
 * only from the injected {@link Clock}, a module's public API does not expose its internal types, and
 * controllers are no one else's API.
 */
@AnalyzeClasses(packagesOf = FourmiliereApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final Set<String> DATED_TYPES = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.YearMonth", "java.time.Year", "java.time.MonthDay");

    private static final DescribedPredicate<JavaMethodCall> READS_THE_SYSTEM_CLOCK =
            DescribedPredicate.describe("read the system clock (now() without a Clock, System.currentTimeMillis())", call -> {
                var target = call.getTarget();
                String owner = target.getOwner().getName();
                if (owner.equals("java.lang.System")) return target.getName().equals("currentTimeMillis");
                if (!DATED_TYPES.contains(owner) || !target.getName().equals("now")) return false;
                List<JavaClass> parameters = target.getRawParameterTypes();
                return !(parameters.size() == 1 && parameters.getFirst().isAssignableTo(Clock.class));
            });

    @ArchTest
    static final ArchRule timeComesFromTheClock = noClasses()
            .should().callMethodWhere(READS_THE_SYSTEM_CLOCK)
            .because("the one Clock bean is the application's time, so that tests can set it");

    @ArchTest
    static final ArchRule moduleApisDoNotExposeInternalTypes = classes()
            .that().resideInAPackage("org.fourmiliere.*").and().arePublic()
            .should(new NotExposeInternalTypes())
            .because("another module uses only a module's root package, so its API must be usable without internal types");

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes()
            .that().areMetaAnnotatedWith(Controller.class).and().areNotAnnotations()
            .should().bePackagePrivate()
            .because("a controller is reached through HTTP only, never called from another class");

    /** No public field, method or constructor of the class names a type of an {@code internal} package. */
    private static final class NotExposeInternalTypes extends ArchCondition<JavaClass> {

        NotExposeInternalTypes() {
            super("not expose types of an internal package in public fields, methods or constructors");
        }

        @Override
        public void check(JavaClass type, ConditionEvents events) {
            List<JavaMember> members = new ArrayList<>();
            members.addAll(type.getFields());
            members.addAll(type.getCodeUnits());
            for (JavaMember member : members) {
                if (!member.getModifiers().contains(JavaModifier.PUBLIC)) continue;
                signatureOf(member).flatMap(t -> t.getAllInvolvedRawTypes().stream())
                        .filter(t -> (t.getPackageName() + ".").contains(".internal."))
                        .distinct()
                        .forEach(t -> events.add(SimpleConditionEvent.violated(member,
                                member.getFullName() + " exposes " + t.getName())));
            }
        }

        private static Stream<JavaType> signatureOf(JavaMember member) {
            if (member instanceof JavaField field) return Stream.of(field.getType());
            JavaCodeUnit unit = (JavaCodeUnit) member;
            return Stream.concat(Stream.of(unit.getReturnType()), unit.getParameterTypes().stream());
        }
    }
}
