package org.fourmiliere.governance.web.home;

import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.web.HomeBlock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Governance's blocks on the home page, after the time tracker's week (100): my coming meetings, the decisions,
 * my work-committee status, the mandates that end soon. The bean names say "on the home page" so that they never
 * clash with the controllers' own bean names.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceHomeWeb {

    @Bean
    HomeBlock meetingsOnTheHomePage() {
        return new HomeBlock("meetings", "/meetings/home", Permission.TAKE_PART.authority(), 200);
    }

    @Bean
    HomeBlock decisionsOnTheHomePage() {
        return new HomeBlock("decisions", "/decisions/home", Permission.TAKE_PART.authority(), 300);
    }

    /** For workers only (TRACK_TIME is the permission of the WORKER status alone): the bylaw judges workers. */
    @Bean
    HomeBlock statusOnTheHomePage() {
        return new HomeBlock("status", "/eligibility/home", Permission.TRACK_TIME.authority(), 400);
    }

    @Bean
    HomeBlock mandatesOnTheHomePage() {
        return new HomeBlock("mandates", "/structure/home", Permission.VIEW_DIRECTORY.authority(), 500);
    }
}
