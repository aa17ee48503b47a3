package org.fourmiliere.governance.web.bodies;

import org.fourmiliere.shared.web.AccessRule;
import org.fourmiliere.shared.web.AccessRule.AccessRules;
import org.fourmiliere.shared.web.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who may see and change the bodies: reading needs VIEW_DIRECTORY, every write MANAGE_BODIES. */
@Configuration(proxyBeanMethods = false)
class BodiesWebConfig {

    private static final String VIEW = "PERM_VIEW_DIRECTORY";
    private static final String MANAGE = "PERM_MANAGE_BODIES";

    @Bean
    AccessRules bodiesAccessRules() {
        var rules = new java.util.ArrayList<AccessRule>();
        rules.add(AccessRule.get("/bodies/new", MANAGE));
        rules.add(AccessRule.get("/bodies/*/edit", MANAGE));
        for (String base : new String[] {"/api/v1/committees", "/api/v1/teams", "/api/v1/board", "/bodies", "/board"}) {
            for (String p : new String[] {base, base + "/**"}) {
                rules.add(AccessRule.get(p, VIEW));
                rules.add(AccessRule.any(p, MANAGE));
            }
        }
        rules.add(AccessRule.get("/api/v1/bodies", VIEW));
        rules.add(AccessRule.get("/api/v1/work-committee", VIEW));
        rules.add(AccessRule.get("/structure", VIEW));
        return new AccessRules(java.util.List.copyOf(rules));
    }

    @Bean
    NavItem structureNav() {
        return new NavItem("nav.structure", "/structure", VIEW, 200);
    }
}
