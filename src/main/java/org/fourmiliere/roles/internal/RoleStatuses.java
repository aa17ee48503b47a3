package org.fourmiliere.roles.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.fourmiliere.accounts.Status;
import org.fourmiliere.accounts.StatusContributor;
import org.fourmiliere.roles.RoleEvent;
import org.fourmiliere.shared.ModuleEvent;
import org.springframework.stereotype.Component;

/** ACCOUNTING to the current holders of the role "accounting", COORDINATION to those of "coordination". */
@Component
class RoleStatuses implements StatusContributor {

    static final String ACCOUNTING = "accounting";
    static final String COORDINATION = "coordination";

    private final RoleService roles;

    RoleStatuses(RoleService roles) {
        this.roles = roles;
    }

    @Override
    public Set<Status> statusesOf(long personId, LocalDate today) {
        Set<Status> result = EnumSet.noneOf(Status.class);
        if (roles.holds(ACCOUNTING, personId, today)) result.add(Status.ACCOUNTING);
        if (roles.holds(COORDINATION, personId, today)) result.add(Status.COORDINATION);
        return result;
    }

    @Override
    public Set<Class<? extends ModuleEvent>> changedBy() {
        return Set.of(RoleEvent.class);
    }
}
