package org.fourmiliere.budgets.web;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.NavGroup;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The budgets in the money menu, for every worker (transparency). */
@Configuration(proxyBeanMethods = false)
class BudgetsWebConfig {

    @Bean
    NavItem budgetsNav() {
        return new NavItem(NavGroup.MONEY, "nav.budgets", "/budgets", Permission.READ_BOOKS.authority(), 520);
    }
}
