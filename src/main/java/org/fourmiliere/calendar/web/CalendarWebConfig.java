package org.fourmiliere.calendar.web;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.NavGroup;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The navigation entry of the business calendar, shown to those who see the collective's directory. The page and
 * the API are open to everyone signed in (a link or the address reaches them); a person with no status keeps a
 * header without menus, as everywhere else.
 */
@Configuration(proxyBeanMethods = false)
class CalendarWebConfig {

    @Bean
    NavItem businessCalendarNav() {
        return new NavItem(NavGroup.COLLECTIVE, "nav.business-calendar", "/business-calendar",
                Permission.VIEW_DIRECTORY.authority(), 290);
    }
}
