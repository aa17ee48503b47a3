package org.fourmiliere;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.fourmiliere.support.ClassText;
import org.fourmiliere.support.archfixtures.ServiceWithSql;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One place for SQL in each module: its stores. A class that talks to the database is named {@code …Store} and
 * lives in its module's {@code internal} package; services, controllers and domain types never hold SQL. The kernel's
 * own infrastructure (audit trail, announcements between nodes, database settings) and the books' fast path
 * ({@code accounting.internal.ledgerstream}, ADR 0402) are the exceptions. Every query names its columns.
 */
@AnalyzeClasses(packagesOf = FourmiliereApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class PersistenceRulesTest {

    @ArchTest
    static final ArchRule sqlOnlyInStores = noClasses()
            .that().resideOutsideOfPackages("org.fourmiliere.shared..", "org.fourmiliere.accounting.internal.ledgerstream..")
            .and().haveSimpleNameNotEndingWith("Store")
            .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
            .orShould().dependOnClassesThat().areAssignableTo(JdbcOperations.class)
            .orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcOperations.class)
            .orShould().dependOnClassesThat().areAssignableTo(DataSource.class)
            .because("a module's SQL is in its stores, so that rules and orchestration can be read without it");

    @ArchTest
    static final ArchRule storesAreInternal = noClasses()
            .that().haveSimpleNameEndingWith("Store")
            .should().resideOutsideOfPackage("..internal..")
            .because("how a module stores its records is no other module's business");

    @ArchTest
    static final ArchRule queriesNameTheirColumns = noClasses()
            .should(ClassText.mentioning(Pattern.compile("(?i)SELECT\\s+(?:DISTINCT\\s+)?(?:[a-z_][a-z0-9_]*\\.)?\\*"),
                    "select every column with *"))
            .because("a query names the columns it reads: a new column changes no reader");

    /** The rules refuse what they are meant to refuse: a service holding SQL, and a query reading every column. */
    @Test
    void theRulesRefuseAServiceWithSql() {
        JavaClasses bad = new ClassFileImporter().importClasses(ServiceWithSql.class);
        assertThat(sqlOnlyInStores.evaluate(bad).hasViolation()).isTrue();
        assertThat(queriesNameTheirColumns.evaluate(bad).getFailureReport().getDetails())
                .singleElement().asString().contains(ServiceWithSql.class.getName());
    }
}
