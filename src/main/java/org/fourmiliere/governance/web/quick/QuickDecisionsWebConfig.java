package org.fourmiliere.governance.web.quick;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.NavGroup;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entry of quick decisions, beside the decision register. */
@Configuration(proxyBeanMethods = false)
class QuickDecisionsWebConfig {

    @Bean
    NavItem quickDecisionsNav() {
        return new NavItem(NavGroup.COLLECTIVE, "nav.quick-decisions", "/quick-decisions", Permission.TAKE_PART.authority(), 315);
    }
}
