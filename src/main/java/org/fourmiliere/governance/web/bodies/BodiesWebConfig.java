package org.fourmiliere.governance.web.bodies;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.NavGroup;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entry of the structure of the collective, shown to those who see the directory. */
@Configuration(proxyBeanMethods = false)
class BodiesWebConfig {

    @Bean
    NavItem structureNav() {
        return new NavItem(NavGroup.COLLECTIVE, "nav.structure", "/structure", Permission.VIEW_DIRECTORY.authority(), 200);
    }
}
