package org.fourmiliere.sales.web;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.NavGroup;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entry of sales and purchases, shown to everyone who reads the books. */
@Configuration(proxyBeanMethods = false)
class SalesWebConfig {

    @Bean
    NavItem salesNav() {
        return new NavItem(NavGroup.MONEY, "nav.sales", "/sales", Permission.READ_BOOKS.authority(), 510);
    }
}
