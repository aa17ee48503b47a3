package org.fourmiliere.governance.internal.eligibility;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.members.MemberDirectory;
import org.springframework.stereotype.Component;

/** The work committee's roster through the bodies' own join/leave service (the one source of WORK_COMMITTEE). */
@Component
class BodiesRoster implements WorkCommitteeRoster {

    private final BodyService bodies;
    private final MemberDirectory members;

    BodiesRoster(BodyService bodies, MemberDirectory members) {
        this.bodies = bodies;
        this.members = members;
    }

    @Override
    public Set<Long> members(LocalDate day) {
        Set<Long> ids = new HashSet<>();
        bodies.memberships(bodies.the(BodyKind.WORK_COMMITTEE).id()).stream().filter(m -> m.inForceOn(day))
                .forEach(m -> ids.add(m.personId()));
        return ids;
    }

    /**
     * Joins through the bodies' service. A person the registry does not know (facts may name an id, say from an
     * import) is left out with a warning rather than making the whole verification fail.
     */
    @Override
    public void join(long personId, LocalDate day) {
        if (bodies.inWorkCommittee(personId, day)) return;
        if (members.person(personId).isEmpty()) {
            log.warn("Person {} is not in the registry: not added to the work committee", personId);
            return;
        }
        bodies.joinWorkCommittee(personId, day, "eligibility verification");
    }

    @Override
    public void leave(long personId, LocalDate day) {
        if (bodies.inWorkCommittee(personId, day)) {
            bodies.leaveWorkCommittee(personId, day, "eligibility verification");
        }
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BodiesRoster.class);
}
