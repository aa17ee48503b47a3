package org.fourmiliere.timesheets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fourmiliere.support.archfixtures.MentionsSimilarNames;
import org.fourmiliere.support.archfixtures.ReadsTimeTables;
import org.fourmiliere.support.ClassText;
import org.junit.jupiter.api.Test;

/**
 * The time tracker owns its tables (ADR 0301): no production class outside {@code org.fourmiliere.timesheets} names
 * one of them in its SQL — hours are read through {@link WorkedTime#minutes}. SQL strings are invisible to ArchUnit's
 * dependency model, but they are kept verbatim in the constant pool of the class files ({@link ClassText}).
 */
class TimeTablesOwnedTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** The time tracker's tables, as its migrations create them. */
    static Set<String> timeTables() {
        Set<String> tables = new TreeSet<>();
        Pattern create = Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(ts_[a-z0-9_]+)");
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.filter(p -> p.getFileName().toString().contains("timesheets")).toList()) {
                Matcher m = create.matcher(Files.readString(f));
                while (m.find()) tables.add(m.group(1).toLowerCase());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    /** Refuses a class whose bytes name one of the tables as a whole word (not {@code accounts_entry}). */
    static ArchCondition<JavaClass> nameTheTables(Set<String> tables) {
        Pattern word = Pattern.compile("(?i)(?<![A-Za-z0-9_])(" + String.join("|", tables) + ")(?![A-Za-z0-9_])");
        return ClassText.mentioning(word, "name a table of the time tracker " + tables + " in their code");
    }

    static ArchRule rule(Set<String> tables) {
        return noClasses().that(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("org.fourmiliere.timesheets..")))
                .should(nameTheTables(tables))
                .because("hours are read through WorkedTime.minutes, the time tracker's one reading (ADR 0301)");
    }

    @Test
    void theMigrationsCreateTheTablesTheRuleLooksFor() {
        assertThat(timeTables()).contains("ts_entry", "ts_entry_day", "ts_month_total", "ts_activity", "ts_wage_rate");
    }

    @Test
    void noModuleOutsideTheTimeTrackerReadsItsTables() {
        JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fourmiliere");
        assertThat(production.contain(org.fourmiliere.FourmiliereApplication.class)).isTrue();
        rule(timeTables()).check(production);
    }

    @Test
    void theRuleRefusesAClassThatSumsTimeEntriesItself() {
        // a class outside the time tracker that breaks the rule, and one that comes near it without breaking it
        JavaClasses fixtures = new ClassFileImporter().importClasses(ReadsTimeTables.class, MentionsSimilarNames.class);
        EvaluationResult result = rule(timeTables()).evaluate(fixtures);
        assertThat(result.hasViolation()).isTrue();
        List<String> details = result.getFailureReport().getDetails();
        assertThat(details).hasSize(1);
        assertThat(details.get(0)).contains(ReadsTimeTables.class.getName()).contains("ts_entry");
    }
}
