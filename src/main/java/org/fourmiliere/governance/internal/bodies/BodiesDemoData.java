package org.fourmiliere.governance.internal.bodies;

import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.OrganisationRef;
import org.fourmiliere.shared.demo.DemoCast;
import org.fourmiliere.shared.demo.DemoContributor;
import org.springframework.stereotype.Component;

/**
 * The bodies of the demo collective: the committees and teams of 2007–2013 with their members, the paid
 * workers on the work committee (the volunteers join it through the eligibility verifications), and the board as the 2006–07 report prints it — two delegates of the work
 * committee, one individual member, two organisations, and two seats left vacant by resignations.
 */
@Component
class BodiesDemoData implements DemoContributor {

    private final BodyService bodies;
    private final BoardService board;
    private final MemberDirectory members;

    BodiesDemoData(BodyService bodies, BoardService board, MemberDirectory members) {
        this.bodies = bodies;
        this.board = board;
        this.members = members;
    }

    @Override
    public int order() {
        return BODIES;
    }

    @Override
    public void load(DemoCast cast) {
        LocalDate created = cast.lastAssembly().minusYears(1);
        for (DemoCast.Body b : cast.bodies()) {
            List<Long> memberIds = b.members().stream().map(key -> person(cast, key)).toList();
            var existing = bodies.all().stream().filter(x -> b.code().equals(x.code())).findFirst();
            if (existing.isPresent()) {
                // A body of that code exists already (the collective made it): the demo's people join it.
                for (long id : memberIds) {
                    if (!bodies.isMember(existing.get().id(), id, cast.today())) bodies.join(existing.get().id(), id, created, null);
                }
                continue;
            }
            Long coordinator = "COMMITTEE".equals(b.kind()) ? memberIds.getFirst() : null;
            bodies.create(new BodyCommands.CreateBody(BodyKind.valueOf(b.kind()), b.code(), b.nameFr(), b.nameEn(),
                    b.permanent(), b.mandateFr(), created, coordinator, memberIds));
        }
        // the paid workers hold the work committee from its start; volunteers join it through the monthly eligibility
        // verifications of the demo's year (governance's meetings part), as the bylaw says (ADR 0500)
        for (DemoCast.Person w : cast.workers()) {
            if ("SALARIED".equals(w.worker()) || "FREELANCE".equals(w.worker())) {
                bodies.joinWorkCommittee(person(cast, w.key()), created, null);
            }
        }
        LocalDate start = cast.lastAssembly();
        LocalDate end = cast.nextAssembly();
        for (DemoCast.Seat seat : cast.seats()) {
            SeatKind kind = SeatKind.valueOf(seat.kind());
            if (seat.holder() != null) {
                Long organisation = seat.organisation() == null ? null : organisation(cast, seat.organisation());
                LocalDate from = kind == SeatKind.WORK_COMMITTEE_DELEGATE ? start : start.minusYears(1);
                board.create(new BodyCommands.CreateSeat(kind, null, from, person(cast, seat.holder()), organisation, from, end));
            } else {
                LocalDate from = start.minusYears(1);
                long id = board.create(new BodyCommands.CreateSeat(kind, null, from, person(cast, seat.resignedHolder()), null, from, end));
                LocalDate resigned = start.plusMonths(1).isAfter(cast.today()) ? cast.today() : start.plusMonths(1);
                board.resign(id, new BodyCommands.Resign(resigned));
            }
        }
    }

    private long person(DemoCast cast, String key) {
        String email = cast.email(key);
        return members.personByEmail(email).orElseThrow(() -> new IllegalStateException("demo person missing: " + email)).id();
    }

    private long organisation(DemoCast cast, String key) {
        String name = cast.organisation(key).orElseThrow().name();
        return members.organisations().stream().filter(o -> o.name().equals(name)).map(OrganisationRef::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo organisation missing: " + name));
    }
}
