package org.fourmiliere.complexes.web;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.NavGroup;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entries: the complexes (collective), rating tasks (my work). */
@Configuration(proxyBeanMethods = false)
class ComplexesWebConfig {

    @Bean
    NavItem complexesNav() {
        return new NavItem(NavGroup.COLLECTIVE, "nav.complexes", "/complexes", Permission.TAKE_PART.authority(), 215);
    }

    @Bean
    NavItem rateTasksNav() {
        return new NavItem(NavGroup.MY_WORK, "nav.complexes.rate", "/complexes/rate", Permission.TRACK_TIME.authority(), 260);
    }
}
