package org.fourmiliere.governance.internal.eligibility;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.springframework.stereotype.Component;

/** The work committee's roster through the bodies' own join/leave service (the one source of WORK_COMMITTEE). */
@Component
class BodiesRoster implements WorkCommitteeRoster {

    private final BodyService bodies;

    BodiesRoster(BodyService bodies) {
        this.bodies = bodies;
    }

    @Override
    public Set<Long> members(LocalDate day) {
        Set<Long> ids = new HashSet<>();
        bodies.memberships(bodies.the(BodyKind.WORK_COMMITTEE).id()).stream().filter(m -> m.inForceOn(day))
                .forEach(m -> ids.add(m.personId()));
        return ids;
    }

    @Override
    public void join(long personId, LocalDate day) {
        if (!bodies.inWorkCommittee(personId, day)) {
            bodies.joinWorkCommittee(personId, day, "eligibility verification");
        }
    }

    @Override
    public void leave(long personId, LocalDate day) {
        if (bodies.inWorkCommittee(personId, day)) {
            bodies.leaveWorkCommittee(personId, day, "eligibility verification");
        }
    }
}
