package org.fourmiliere.timesheets.web;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.NavGroup;
import org.fourmiliere.shared.web.HomeBlock;
import org.fourmiliere.shared.web.NavItem;
import org.fourmiliere.shared.web.PageWidget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The time tracker's navigation entries and the punch widget of every page. */
@Configuration(proxyBeanMethods = false)
class TimesheetsWeb {

    @Bean
    NavItem timeNav() {
        return new NavItem(NavGroup.MY_WORK, "time.nav.week", "/time", Permission.TRACK_TIME.authority(), 300);
    }

    @Bean
    NavItem timeReportsNav() {
        return new NavItem(NavGroup.MY_WORK, "time.nav.reports", "/time/reports", Permission.VIEW_ALL_TIME.authority(), 310);
    }

    @Bean
    HomeBlock weekOnTheHomePage() {
        return new HomeBlock("week", "/time/home", Permission.TRACK_TIME.authority(), 100);
    }

    @Bean
    PageWidget timePunchWidget() {
        return new PageWidget("/time/widget", Permission.TRACK_TIME.authority(), 10);
    }
}
