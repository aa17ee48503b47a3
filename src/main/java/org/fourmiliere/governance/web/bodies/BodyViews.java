package org.fourmiliere.governance.web.bodies;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.internal.bodies.BoardSeat;
import org.fourmiliere.governance.internal.bodies.Body;
import org.fourmiliere.governance.internal.bodies.DatedRules;
import org.fourmiliere.governance.internal.bodies.Mandate;
import org.fourmiliere.governance.internal.bodies.Membership;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.OrganisationRef;
import org.fourmiliere.members.PersonRef;
import org.springframework.stereotype.Component;

/** Turns bodies, memberships and seats into what pages and the API show, with the names of persons. */
@Component
class BodyViews {

    record PersonView(long id, String name) {}

    record MemberView(long membershipId, long personId, String name, LocalDate since, LocalDate until, String note) {}

    record BodyView(long id, BodyKind kind, String code, String nameFr, String nameEn, boolean permanent, String mandate,
                    LocalDate createdOn, LocalDate dissolvedOn, boolean active, PersonView coordinator,
                    List<MemberView> members, List<MemberView> formerMembers) {
        public String name(String language) {
            return "en".equals(language) ? nameEn : nameFr;
        }
    }

    record MandateView(long id, long holderId, String holderName, Long organisationId, String organisationName,
                       LocalDate mandateStart, LocalDate mandateEnd, LocalDate resignedOn, LocalDate endsOn,
                       boolean inForce) {}

    record SeatView(long id, String kind, String label, LocalDate createdOn, boolean vacant, MandateView current,
                    MandateView next, List<MandateView> mandates) {}

    record MandateEndView(long seatId, String kind, String label, MandateView mandate, LocalDate endsOn,
                          long daysLeft) {}

    private final MemberDirectory members;

    BodyViews(MemberDirectory members) {
        this.members = members;
    }

    Map<Long, String> names(Collection<Long> personIds) {
        Map<Long, String> names = new HashMap<>();
        if (personIds.isEmpty()) return names;
        for (PersonRef p : members.persons(Set.copyOf(personIds))) names.put(p.id(), p.name());
        return names;
    }

    BodyView body(Body b, List<Membership> memberships, LocalDate today) {
        Set<Long> ids = new HashSet<>();
        memberships.forEach(m -> ids.add(m.personId()));
        if (b.coordinatorId() != null) ids.add(b.coordinatorId());
        return body(b, memberships, today, names(ids));
    }

    BodyView body(Body b, List<Membership> memberships, LocalDate today, Map<Long, String> names) {
        List<MemberView> current = memberships.stream().filter(m -> m.inForceOn(today) || m.since().isAfter(today) && m.open())
                .map(m -> member(m, names)).sorted(java.util.Comparator.comparing(MemberView::name, java.util.Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))).toList();
        List<MemberView> former = memberships.stream().filter(m -> m.until() != null && !m.until().isAfter(today))
                .map(m -> member(m, names)).toList();
        PersonView coordinator = b.coordinatorId() == null ? null
                : new PersonView(b.coordinatorId(), names.getOrDefault(b.coordinatorId(), "#" + b.coordinatorId()));
        return new BodyView(b.id(), b.kind(), b.code(), b.nameFr(), b.nameEn(), b.permanent(), b.mandate(), b.createdOn(),
                b.dissolvedOn(), b.activeOn(today), coordinator, current, former);
    }

    private static MemberView member(Membership m, Map<Long, String> names) {
        return new MemberView(m.id(), m.personId(), names.getOrDefault(m.personId(), "#" + m.personId()), m.since(),
                m.until(), m.note());
    }

    List<SeatView> seats(List<BoardSeat> seats, LocalDate today) {
        Set<Long> ids = new HashSet<>();
        seats.forEach(s -> s.mandates().forEach(m -> ids.add(m.personId())));
        Map<Long, String> names = names(ids);
        Map<Long, String> organisations = organisations();
        return seats.stream().map(s -> seat(s, today, names, organisations)).toList();
    }

    SeatView seat(BoardSeat s, LocalDate today) {
        return seats(List.of(s), today).getFirst();
    }

    private SeatView seat(BoardSeat s, LocalDate today, Map<Long, String> names, Map<Long, String> organisations) {
        List<MandateView> mandates = s.mandates().stream().map(m -> mandate(m, today, names, organisations)).toList();
        MandateView current = s.mandateOn(today).map(m -> mandate(m, today, names, organisations)).orElse(null);
        MandateView next = s.nextAfter(today).map(m -> mandate(m, today, names, organisations)).orElse(null);
        return new SeatView(s.id(), s.kind().name(), s.label(), s.createdOn(), current == null, current, next, mandates);
    }

    List<MandateEndView> ends(List<DatedRules.MandateEnd> ends, LocalDate today) {
        Set<Long> ids = new HashSet<>();
        ends.forEach(e -> ids.add(e.mandate().personId()));
        Map<Long, String> names = names(ids);
        Map<Long, String> organisations = organisations();
        return ends.stream().map(e -> new MandateEndView(e.seat().id(), e.seat().kind().name(), e.seat().label(),
                mandate(e.mandate(), today, names, organisations), e.endsOn(),
                java.time.temporal.ChronoUnit.DAYS.between(today, e.endsOn()))).toList();
    }

    private static MandateView mandate(Mandate m, LocalDate today, Map<Long, String> names, Map<Long, String> organisations) {
        return new MandateView(m.id(), m.personId(), names.getOrDefault(m.personId(), "#" + m.personId()),
                m.organisationId(), m.organisationId() == null ? null : organisations.get(m.organisationId()),
                m.startsOn(), m.endsOn(), m.resignedOn(), m.effectiveEnd(), m.inForceOn(today));
    }

    Map<Long, String> organisations() {
        Map<Long, String> result = new HashMap<>();
        for (OrganisationRef o : members.organisations()) result.put(o.id(), o.name());
        return result;
    }
}
