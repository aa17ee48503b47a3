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

    private final RoleStore store;

    RoleStatuses(RoleStore store) {
        this.store = store;
    }

    /** One query for both statuses. */
    @Override
    public Set<Status> statusesOf(long personId, LocalDate today) {
        Set<String> held = store.rolesOf(personId, today);
        Set<Status> result = EnumSet.noneOf(Status.class);
        if (held.contains(ACCOUNTING)) result.add(Status.ACCOUNTING);
        if (held.contains(COORDINATION)) result.add(Status.COORDINATION);
        return result;
    }

    /** Adding or ending a holder ({@link RoleEvent}: RoleHolderAdded, RoleHolderEnded) may change them. */
    @Override
    public Set<Class<? extends ModuleEvent>> changedBy() {
        return Set.of(RoleEvent.class);
    }
}
