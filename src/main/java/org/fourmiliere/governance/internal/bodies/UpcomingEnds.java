package org.fourmiliere.governance.internal.bodies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What ends soon in the structure: board mandates, and memberships of bodies whose end is recorded ahead (a
 * departure, a dissolution), a coordinator's membership being the end of their coordination. A person's own, or
 * everyone's. Ends are exclusive, as everywhere (ADR 0200): {@code endsOn} is the first day without the mandate.
 */
@Service
public class UpcomingEnds {

    public enum Kind { SEAT, COORDINATION, MEMBERSHIP }

    /** One end: whose, on which day, and of what: a seat ({@code seat}) or a body ({@code body}). */
    public record End(Kind kind, long personId, LocalDate endsOn, BoardSeat seat, Body body) {}

    private final BodyStore store;
    private final Clock clock;

    UpcomingEnds(BodyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The person's mandates, coordinations and memberships ending within {@code days} days from today. */
    public List<End> of(long personId, int days) {
        return select(store.seats(), store.membershipsOf(personId), store.bodies(), today(), days, personId);
    }

    /** Everyone's, within {@code days} days from today. */
    public List<End> everyone(int days) {
        LocalDate today = today();
        return select(store.seats(), store.membershipsOn(today), store.bodies(), today, days, null);
    }

    /**
     * The ends after {@code today} and at most {@code days} days later, of {@code personId} (null: of everyone),
     * soonest first. A membership without an end never ends "soon"; the coordinator's is a coordination.
     */
    static List<End> select(List<BoardSeat> seats, List<Membership> memberships, List<Body> bodies, LocalDate today,
                            int days, Long personId) {
        List<End> ends = new ArrayList<>();
        for (DatedRules.MandateEnd e : DatedRules.upcomingEnds(seats, today, days)) {
            if (personId == null || e.mandate().personId() == personId) {
                ends.add(new End(Kind.SEAT, e.mandate().personId(), e.endsOn(), e.seat(), null));
            }
        }
        Map<Long, Body> byId = bodies.stream().collect(Collectors.toMap(Body::id, Function.identity()));
        LocalDate horizon = today.plusDays(days);
        for (Membership m : memberships) {
            if (m.until() == null || !m.until().isAfter(today) || m.until().isAfter(horizon)) continue;
            if (personId != null && m.personId() != personId) continue;
            Body body = byId.get(m.bodyId());
            if (body == null) continue;
            boolean coordinates = body.coordinatorId() != null && body.coordinatorId() == m.personId();
            ends.add(new End(coordinates ? Kind.COORDINATION : Kind.MEMBERSHIP, m.personId(), m.until(), null, body));
        }
        ends.sort(Comparator.comparing(End::endsOn).thenComparing(End::kind).thenComparingLong(End::personId));
        return ends;
    }
}
