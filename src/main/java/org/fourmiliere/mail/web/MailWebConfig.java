package org.fourmiliere.mail.web;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.NavGroup;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox's entry in the administration menu. */
@Configuration(proxyBeanMethods = false)
class MailWebConfig {

    @Bean
    NavItem mailNav() {
        return new NavItem(NavGroup.ADMIN, "nav.mail", "/admin/mail", Permission.ADMINISTER.authority(), 910);
    }
}
