package org.fourmiliere.governance.web.meetings;

import java.util.ArrayList;
import java.util.List;
import org.fourmiliere.shared.web.AccessRule;
import org.fourmiliere.shared.web.AccessRule.AccessRules;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may reach meetings, the decision register and eligibility. Taking part (TAKE_PART) opens meetings and the
 * internal register; running verifications and changing thresholds needs MANAGE_BODIES; the work committee's own
 * pages need VOTE_WORK_COMMITTEE; public decisions and calendar feeds need no sign-in (feeds of a person are
 * reached by a secret address).
 */
@Configuration(proxyBeanMethods = false)
class MeetingsWebConfig {

    static final String TAKE_PART = "PERM_TAKE_PART";
    static final String MANAGE = "PERM_MANAGE_BODIES";
    static final String WORK_COMMITTEE = "PERM_VOTE_WORK_COMMITTEE";

    @Bean
    AccessRules meetingsAccessRules() {
        List<AccessRule> r = new ArrayList<>();
        for (String base : List.of("/api/v1/meetings", "/api/v1/meeting-schedules", "/meetings", "/api/v1/decisions", "/decisions")) {
            r.add(AccessRule.any(base, TAKE_PART));
            r.add(AccessRule.any(base + "/**", TAKE_PART));
        }
        r.add(AccessRule.get("/decisions/public", AccessRule.PUBLIC));
        r.add(AccessRule.get("/decisions/public/**", AccessRule.PUBLIC));
        r.add(AccessRule.get("/calendar/**", AccessRule.PUBLIC));
        r.add(AccessRule.get("/api/v1/eligibility", TAKE_PART));
        r.add(AccessRule.get("/api/v1/eligibility/**", TAKE_PART));
        r.add(AccessRule.get("/api/v1/eligibility/me", AccessRule.AUTHENTICATED));
        r.add(AccessRule.write(HttpMethod.POST, "/api/v1/eligibility/verifications", MANAGE));
        r.add(AccessRule.write(HttpMethod.PUT, "/api/v1/eligibility/settings", MANAGE));
        r.add(AccessRule.write(HttpMethod.POST, "/api/v1/eligibility/exceptions", WORK_COMMITTEE));
        r.add(AccessRule.write(HttpMethod.POST, "/api/v1/eligibility/persons/*/confirmation", TAKE_PART));
        r.add(AccessRule.write(HttpMethod.POST, "/api/v1/eligibility/persons/*/reversal", TAKE_PART));
        r.add(AccessRule.get("/eligibility", TAKE_PART));
        r.add(AccessRule.get("/eligibility/me", AccessRule.AUTHENTICATED));
        r.add(AccessRule.get("/eligibility/persons/**", TAKE_PART));
        r.add(AccessRule.get("/eligibility/verifications/**", TAKE_PART));
        r.add(AccessRule.write(HttpMethod.POST, "/eligibility/verifications", MANAGE));
        r.add(AccessRule.write(HttpMethod.POST, "/eligibility/settings", MANAGE));
        r.add(AccessRule.any("/eligibility/persons/*/confirmation", TAKE_PART));
        r.add(AccessRule.any("/eligibility/persons/*/reversal", TAKE_PART));
        r.add(AccessRule.any("/work-committee/in-camera", WORK_COMMITTEE));
        r.add(AccessRule.any("/work-committee/in-camera/**", WORK_COMMITTEE));
        return new AccessRules(List.copyOf(r));
    }

    @Bean
    NavItem meetingsNav() {
        return new NavItem("nav.meetings", "/meetings", TAKE_PART, 300);
    }

    @Bean
    NavItem decisionsNav() {
        return new NavItem("nav.decisions", "/decisions", TAKE_PART, 310);
    }

    @Bean
    NavItem eligibilityNav() {
        return new NavItem("nav.eligibility", "/eligibility", TAKE_PART, 320);
    }
}
