package org.fourmiliere.calendar.web;

import org.fourmiliere.shared.web.NavGroup;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The navigation entry of the business calendar, shown to everyone signed in. */
@Configuration(proxyBeanMethods = false)
class CalendarWebConfig {

    @Bean
    NavItem businessCalendarNav() {
        return new NavItem(NavGroup.COLLECTIVE, "nav.business-calendar", "/business-calendar", null, 290);
    }
}
