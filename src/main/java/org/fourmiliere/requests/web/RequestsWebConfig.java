package org.fourmiliere.requests.web;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.NavGroup;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entry of requests, for workers. */
@Configuration(proxyBeanMethods = false)
class RequestsWebConfig {

    @Bean
    NavItem requestsNav() {
        return new NavItem(NavGroup.MY_WORK, "nav.requests", "/requests", Permission.HANDLE_REQUESTS.authority(), 150);
    }
}
