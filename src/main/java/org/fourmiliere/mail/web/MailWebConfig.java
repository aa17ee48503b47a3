package org.fourmiliere.mail.web;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.NavGroup;
import org.fourmiliere.shared.web.NavItem;
import org.fourmiliere.shared.web.PageWidget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox's entry in the administration menu, the inbound mail to look at in the collective's, and the header's word when mail is not configured. */
@Configuration(proxyBeanMethods = false)
class MailWebConfig {

    @Bean
    NavItem mailNav() {
        return new NavItem(NavGroup.ADMIN, "nav.mail", "/admin/mail", Permission.ADMINISTER.authority(), 910);
    }

    /** Inbound mail that no module could take, for the work committee. */
    @Bean
    NavItem mailToLookAtNav() {
        return new NavItem(NavGroup.COLLECTIVE, "nav.mail.toLookAt", "/mail/to-look-at", Permission.VOTE_WORK_COMMITTEE.authority(), 900);
    }

    /** Tells administrators, on every page, that mail is not configured (empty when it is). */
    @Bean
    PageWidget mailNotConfiguredWidget() {
        return new PageWidget("/admin/mail/widget", Permission.ADMINISTER.authority(), 90);
    }
}
