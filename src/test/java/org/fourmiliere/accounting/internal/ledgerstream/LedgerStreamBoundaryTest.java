package org.fourmiliere.accounting.internal.ledgerstream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Only the ledger streams know about PostgreSQL's COPY; the rest of the books speaks JDBC. */
class LedgerStreamBoundaryTest {

    @Test
    void nothingElseInTheBooksTouchesTheDriver() {
        JavaClasses books = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fourmiliere.accounting");
        noClasses().that().resideOutsideOfPackage("org.fourmiliere.accounting.internal.ledgerstream..")
                .should().dependOnClassesThat().resideInAPackage("org.postgresql..")
                .check(books);
    }
}
