package org.fourmiliere.contracts.web;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.NavGroup;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entries of contracts and the pipeline, for every worker (READ_BOOKS). */
@Configuration(proxyBeanMethods = false)
class ContractsWebConfig {

    @Bean
    NavItem contractsNav() {
        return new NavItem(NavGroup.MONEY, "nav.contracts", "/contracts", Permission.READ_BOOKS.authority(), 450);
    }

    @Bean
    NavItem pipelineNav() {
        return new NavItem(NavGroup.MONEY, "nav.pipeline", "/contracts/board", Permission.READ_BOOKS.authority(), 451);
    }
}
