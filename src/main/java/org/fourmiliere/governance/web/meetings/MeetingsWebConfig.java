package org.fourmiliere.governance.web.meetings;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.NavGroup;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entries of meetings, the decision register and eligibility: shown to those who take part. */
@Configuration(proxyBeanMethods = false)
class MeetingsWebConfig {

    @Bean
    NavItem meetingsNav() {
        return new NavItem(NavGroup.COLLECTIVE, "nav.meetings", "/meetings", Permission.TAKE_PART.authority(), 300);
    }

    @Bean
    NavItem decisionsNav() {
        return new NavItem(NavGroup.COLLECTIVE, "nav.decisions", "/decisions", Permission.TAKE_PART.authority(), 310);
    }

    @Bean
    NavItem eligibilityNav() {
        return new NavItem(NavGroup.COLLECTIVE, "nav.eligibility", "/eligibility", Permission.TAKE_PART.authority(), 320);
    }
}
