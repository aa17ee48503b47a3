package org.fourmiliere.roles.internal;

import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.roles.AddHolder;
import org.fourmiliere.shared.demo.DemoCast;
import org.fourmiliere.shared.demo.DemoContributor;
import org.springframework.stereotype.Component;

/**
 * Who holds which role in the demo collective (several people share a role; one person holds several), added
 * through the module's own service, after the members ({@link DemoContributor#ROLES}).
 */
@Component
class RolesDemoData implements DemoContributor {

    private final RoleService roles;
    private final MemberDirectory members;

    RolesDemoData(RoleService roles, MemberDirectory members) {
        this.roles = roles;
        this.members = members;
    }

    @Override
    public int order() {
        return ROLES;
    }

    @Override
    public void load(DemoCast cast) {
        for (DemoCast.Person p : cast.workers()) {
            long personId = members.personByEmail(p.email()).orElseThrow().id();
            for (String role : p.roles()) {
                roles.addHolder(role, new AddHolder(personId, cast.lastAssembly().minusYears(1), null));
            }
        }
    }
}
