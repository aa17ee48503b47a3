package org.fourmiliere.governance.internal.bodies;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.fourmiliere.accounts.Status;
import org.fourmiliere.accounts.StatusContributor;
import org.fourmiliere.governance.BodyEvent;
import org.fourmiliere.shared.ModuleEvent;
import org.springframework.stereotype.Component;

/** BOARD for the holder of a seat in force today; WORK_COMMITTEE for a current member of the work committee. */
@Component
class BodyStatuses implements StatusContributor {

    private final BodyStore store;

    BodyStatuses(BodyStore store) {
        this.store = store;
    }

    @Override
    public Set<Status> statusesOf(long personId, LocalDate today) {
        Set<Status> result = EnumSet.noneOf(Status.class);
        if (store.holdsASeat(personId, today)) result.add(Status.BOARD);
        if (store.inForce("work-committee", personId, today)) result.add(Status.WORK_COMMITTEE);
        return result;
    }

    /** Seats, mandates and the members of bodies (the work committee among them). */
    @Override
    public Set<Class<? extends ModuleEvent>> changedBy() {
        return Set.of(BodyEvent.class);
    }
}
