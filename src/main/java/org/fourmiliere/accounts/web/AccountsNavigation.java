package org.fourmiliere.accounts.web;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.NavGroup;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountsNavigation {

    @Bean
    NavItem adminNav() {
        return new NavItem(NavGroup.ADMIN, "nav.admin", "/admin", Permission.ADMINISTER.authority(), 900);
    }
}
