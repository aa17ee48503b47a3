package org.fourmiliere.roles.web;

import org.fourmiliere.shared.web.AccessRule;
import org.fourmiliere.shared.web.AccessRule.AccessRules;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Everyone who sees the directory sees the roles; changing holders needs MANAGE_BODIES. */
@Configuration(proxyBeanMethods = false)
class RolesWebConfig {

    @Bean
    AccessRules rolesAccessRules() {
        return AccessRules.of(
                AccessRule.get("/roles", "PERM_VIEW_DIRECTORY"),
                AccessRule.get("/roles/**", "PERM_VIEW_DIRECTORY"),
                AccessRule.any("/roles/**", "PERM_MANAGE_BODIES"),
                AccessRule.get("/api/v1/roles", "PERM_VIEW_DIRECTORY"),
                AccessRule.get("/api/v1/roles/**", "PERM_VIEW_DIRECTORY"),
                AccessRule.any("/api/v1/roles/**", "PERM_MANAGE_BODIES"));
    }

    @Bean
    NavItem rolesNav() {
        return new NavItem("nav.roles", "/roles", "PERM_VIEW_DIRECTORY", 210);
    }
}
