package org.fourmiliere.members.internal;

import org.fourmiliere.shared.web.AccessRule;
import org.fourmiliere.shared.web.AccessRule.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Reading the registry needs VIEW_DIRECTORY; writing needs MANAGE_MEMBERS. */
@Configuration(proxyBeanMethods = false)
class MembersAccess {

    static final String VIEW = "PERM_VIEW_DIRECTORY";
    static final String MANAGE = "PERM_MANAGE_MEMBERS";

    @Bean
    AccessRules membersAccessRules() {
        return AccessRules.of(
                AccessRule.get("/members/new", MANAGE),
                AccessRule.get("/members/*/edit", MANAGE),
                AccessRule.get("/members", VIEW),
                AccessRule.get("/members.csv", VIEW),
                AccessRule.get("/members/**", VIEW),
                AccessRule.write(HttpMethod.POST, "/members", MANAGE),
                AccessRule.any("/members/**", MANAGE),
                AccessRule.get("/api/v1/members", VIEW),
                AccessRule.get("/api/v1/members/**", VIEW),
                AccessRule.any("/api/v1/members", MANAGE),
                AccessRule.any("/api/v1/members/**", MANAGE),
                AccessRule.get("/api/v1/organisations", VIEW),
                AccessRule.get("/api/v1/organisations/**", VIEW),
                AccessRule.any("/api/v1/organisations", MANAGE),
                AccessRule.any("/api/v1/organisations/**", MANAGE));
    }
}
