package org.fourmiliere.members.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.fourmiliere.accounts.Status;
import org.fourmiliere.accounts.StatusContributor;
import org.fourmiliere.members.MemberEvent;
import org.fourmiliere.shared.ModuleEvent;
import org.springframework.stereotype.Component;

/**
 * MEMBER for a person in good standing (their own membership, or that of an organisation they represent),
 * WORKER for a person with a worker engagement active today.
 */
@Component
class MemberStatuses implements StatusContributor {

    private final MemberService registry;

    MemberStatuses(MemberService registry) {
        this.registry = registry;
    }

    @Override
    public Set<Status> statusesOf(long personId, LocalDate today) {
        Set<Status> result = EnumSet.noneOf(Status.class);
        if (registry.inGoodStanding(personId, today)) result.add(Status.MEMBER);
        if (registry.isWorker(personId, today)) result.add(Status.WORKER);
        return result;
    }

    /** Whatever happens in the registry may change a standing or an engagement (an organisation's representative too). */
    @Override
    public Set<Class<? extends ModuleEvent>> changedBy() {
        return Set.of(MemberEvent.class);
    }
}
