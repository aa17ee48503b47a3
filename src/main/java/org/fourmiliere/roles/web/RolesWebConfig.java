package org.fourmiliere.roles.web;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.NavGroup;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entry of the roles, shown to everyone who sees the directory. */
@Configuration(proxyBeanMethods = false)
class RolesWebConfig {

    @Bean
    NavItem rolesNav() {
        return new NavItem(NavGroup.COLLECTIVE, "nav.roles", "/roles", Permission.VIEW_DIRECTORY.authority(), 210);
    }
}
