package org.fourmiliere.timesheets.web;

import org.fourmiliere.shared.web.AccessRule;
import org.fourmiliere.shared.web.AccessRule.AccessRules;
import org.fourmiliere.shared.web.NavItem;
import org.fourmiliere.shared.web.PageWidget;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may call the time tracker's routes, its navigation entries and the punch widget of every page. */
@Configuration(proxyBeanMethods = false)
class TimesheetsWeb {

    static final String TRACK = "PERM_TRACK_TIME";
    static final String VIEW_ALL = "PERM_VIEW_ALL_TIME";
    static final String LOCK = "PERM_LOCK_TIME";
    static final String ADMIN = "PERM_ADMINISTER";

    @Bean
    AccessRules timesheetsAccessRules() {
        return AccessRules.of(
                // pages
                AccessRule.any("/time", TRACK),
                AccessRule.any("/time/**", TRACK),
                AccessRule.get("/time/activities", AccessRule.AUTHENTICATED),
                AccessRule.get("/time/activities/**", AccessRule.AUTHENTICATED),
                AccessRule.any("/time/reports", VIEW_ALL),
                AccessRule.any("/time/reports/**", VIEW_ALL),
                AccessRule.get("/time/wages", VIEW_ALL),
                AccessRule.write(HttpMethod.POST, "/time/wages", LOCK),
                AccessRule.any("/time/locks", LOCK),
                AccessRule.any("/time/locks/**", LOCK),
                AccessRule.any("/time/import", ADMIN),
                AccessRule.any("/time/import/**", ADMIN),
                AccessRule.get("/time/export/**", AccessRule.AUTHENTICATED),
                // API
                AccessRule.get("/api/v1/activities", AccessRule.AUTHENTICATED),
                AccessRule.get("/api/v1/activities/**", AccessRule.AUTHENTICATED),
                AccessRule.any("/api/v1/activities", TRACK),
                AccessRule.any("/api/v1/activities/**", TRACK),
                AccessRule.any("/api/v1/punch", TRACK),
                AccessRule.any("/api/v1/punch/**", TRACK),
                AccessRule.get("/api/v1/time-entries", AccessRule.AUTHENTICATED),
                AccessRule.any("/api/v1/time-entries", TRACK),
                AccessRule.any("/api/v1/time-entries/**", TRACK),
                AccessRule.any("/api/v1/time-entries/import", ADMIN),
                AccessRule.get("/api/v1/time-entries/export", AccessRule.AUTHENTICATED),
                AccessRule.get("/api/v1/timesheets", AccessRule.AUTHENTICATED),
                AccessRule.get("/api/v1/timesheets/summary", VIEW_ALL),
                AccessRule.get("/api/v1/timesheets/pay", VIEW_ALL),
                AccessRule.get("/api/v1/timesheets/lifetime", VIEW_ALL),
                AccessRule.any("/api/v1/timesheets/locks", LOCK),
                AccessRule.get("/api/v1/wage-rates", VIEW_ALL),
                AccessRule.any("/api/v1/wage-rates", LOCK));
    }

    @Bean
    NavItem timeNav() {
        return new NavItem("time.nav.week", "/time", TRACK, 300);
    }

    @Bean
    NavItem timeReportsNav() {
        return new NavItem("time.nav.reports", "/time/reports", VIEW_ALL, 310);
    }

    @Bean
    PageWidget timePunchWidget() {
        return new PageWidget("/time/widget", TRACK, 10);
    }
}
