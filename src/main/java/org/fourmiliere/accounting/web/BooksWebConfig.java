package org.fourmiliere.accounting.web;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.NavGroup;
import org.fourmiliere.shared.web.HomeBlock;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entry of the books, shown to those who read them: every worker (§1). */
@Configuration(proxyBeanMethods = false)
class BooksWebConfig {

    @Bean
    HomeBlock booksOnTheHomePage() {
        return new HomeBlock("books", "/books/home", Permission.KEEP_BOOKS.authority(), 600);
    }

    @Bean
    NavItem booksNav() {
        return new NavItem(NavGroup.MONEY, "books.nav", "/books", Permission.READ_BOOKS.authority(), 500);
    }
}
