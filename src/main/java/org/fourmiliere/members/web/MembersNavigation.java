package org.fourmiliere.members.web;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.NavGroup;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MembersNavigation {

    @Bean
    NavItem membersNav() {
        return new NavItem(NavGroup.COLLECTIVE, "nav.members", "/members", Permission.VIEW_DIRECTORY.authority(), 100);
    }
}
