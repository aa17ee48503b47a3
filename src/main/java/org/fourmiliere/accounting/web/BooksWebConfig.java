package org.fourmiliere.accounting.web;

import org.fourmiliere.shared.web.AccessRule;
import org.fourmiliere.shared.web.AccessRule.AccessRules;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may read and keep the books: every worker reads them (§1), the accounting role keeps them. */
@Configuration(proxyBeanMethods = false)
class BooksWebConfig {

    static final String READ = "PERM_READ_BOOKS";
    static final String KEEP = "PERM_KEEP_BOOKS";

    @Bean
    AccessRules booksAccessRules() {
        return AccessRules.of(
                AccessRule.get("/books", READ),
                AccessRule.get("/books/**", READ),
                AccessRule.any("/books/**", KEEP),
                AccessRule.get("/api/v1/reports/**", READ),
                AccessRule.get("/api/v1/journal/**", READ),
                AccessRule.get("/api/v1/journal-entries/**", READ),
                AccessRule.get("/api/v1/ledger-accounts", READ),
                AccessRule.get("/api/v1/ledger-accounts/**", READ),
                AccessRule.get("/api/v1/books/**", READ),
                AccessRule.any("/api/v1/journal/**", KEEP),
                AccessRule.any("/api/v1/journal-entries", KEEP),
                AccessRule.any("/api/v1/journal-entries/**", KEEP),
                AccessRule.any("/api/v1/ledger-accounts", KEEP),
                AccessRule.any("/api/v1/ledger-accounts/**", KEEP),
                AccessRule.any("/api/v1/books/**", KEEP),
                AccessRule.any("/api/v1/reports/**", KEEP));
    }

    @Bean
    NavItem booksNav() {
        return new NavItem("books.nav", "/books", READ, 500);
    }
}
