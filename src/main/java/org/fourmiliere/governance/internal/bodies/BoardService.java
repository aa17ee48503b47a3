package org.fourmiliere.governance.internal.bodies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fourmiliere.governance.internal.bodies.BodyCommands.CreateSeat;
import org.fourmiliere.governance.internal.bodies.BodyCommands.GiveMandate;
import org.fourmiliere.governance.internal.bodies.BodyCommands.Resign;
import org.fourmiliere.governance.internal.bodies.BodyCommands.UpdateSeat;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.governance.MandateChanged;
import org.fourmiliere.governance.MandateEnded;
import org.fourmiliere.governance.MandateGiven;
import org.fourmiliere.governance.SeatChanged;
import org.fourmiliere.governance.SeatCreated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seats of the board and their mandates (§2): a seat is held by one person at a time; an organisational
 * member's seat names the organisation the holder represents; a resignation leaves the seat vacant. Every
 * write is audited on the seat (type {@value #AUDIT_TYPE}).
 */
@Service
public class BoardService {

    /** The entity type of board seats in the audit trail. */
    public static final String AUDIT_TYPE = "board_seat";
    public static final int DEFAULT_NOTICE_DAYS = 90;

    private final BodyStore store;
    private final MemberDirectory members;
    private final AuditTrail audit;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    BoardService(BodyStore store, MemberDirectory members, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<BoardSeat> seats() {
        return store.seats();
    }

    public BoardSeat seat(long id) {
        return store.seat(id).orElseThrow(() -> new Problems.NotFound("seat.not-found", id));
    }

    public List<Mandate> mandatesOn(LocalDate day) {
        return store.mandatesOn(day);
    }

    public boolean holdsASeat(long personId, LocalDate day) {
        return store.holdsASeat(personId, day);
    }

    /** The mandates ending within {@code days} days from today, soonest first. */
    public List<DatedRules.MandateEnd> upcomingEnds(int days) {
        if (days < 0 || days > 3660) throw new Problems.InvalidInput("days", "seat.days.invalid");
        return DatedRules.upcomingEnds(store.seats(), today(), days);
    }

    public List<AuditTrail.Event> history(long seatId) {
        return audit.history(AUDIT_TYPE, seatId);
    }

    @Transactional
    public long create(CreateSeat c) {
        boolean withHolder = c.holderId() != null;
        if (!withHolder) {
            if (c.organisationId() != null) throw new Problems.InvalidInput("holderId", "seat.holder.required");
            if (c.mandateStart() != null || c.mandateEnd() != null) throw new Problems.InvalidInput("holderId", "seat.holder.required");
        }
        GiveMandate first = withHolder ? new GiveMandate(c.holderId(), c.organisationId(), c.mandateStart(), c.mandateEnd()) : null;
        if (first != null) checkMandate(c.kind(), first);
        LocalDate createdOn = c.createdOn() != null ? c.createdOn() : first != null ? first.mandateStart() : today();
        if (first != null && first.mandateStart().isBefore(createdOn)) {
            throw new Problems.InvalidInput("mandateStart", "seat.mandate.before-seat", createdOn);
        }
        String label = blankToNull(c.label());
        long id = store.insertSeat(c.kind(), label, createdOn);
        var after = new LinkedHashMap<String, Object>();
        after.put("kind", c.kind());
        after.put("label", label);
        after.put("createdOn", createdOn);
        audit.record(AUDIT_TYPE, id, "created", null, after);
        events.publishEvent(new SeatCreated(id));
        if (first != null) addMandate(id, c.kind(), first);
        return id;
    }

    @Transactional
    public void update(long id, UpdateSeat c) {
        store.lockSeat(id);
        BoardSeat before = seat(id);
        if (before.kind() != c.kind() && before.kind().representsAnOrganisation() != c.kind().representsAnOrganisation()
                && !before.mandates().isEmpty()) {
            throw new Problems.Conflict("kind", "seat.kind.fixed");
        }
        String label = blankToNull(c.label());
        store.updateSeat(id, c.kind(), label);
        var was = new LinkedHashMap<String, Object>();
        was.put("kind", before.kind());
        was.put("label", before.label());
        var now = new LinkedHashMap<String, Object>();
        now.put("kind", c.kind());
        now.put("label", label);
        audit.record(AUDIT_TYPE, id, "updated", was, now);
        events.publishEvent(new SeatChanged(id));
    }

    /** Gives the seat to a person for a mandate; refused (409) when it overlaps another mandate of the seat. */
    @Transactional
    public long giveMandate(long seatId, GiveMandate c) {
        store.lockSeat(seatId);
        BoardSeat seat = seat(seatId);
        checkMandate(seat.kind(), c);
        if (c.mandateStart().isBefore(seat.createdOn())) {
            throw new Problems.InvalidInput("mandateStart", "seat.mandate.before-seat", seat.createdOn());
        }
        return addMandate(seatId, seat.kind(), c);
    }

    /** Corrects a mandate's holder or dates (a renewal moves its end). A resigned mandate stays as it was. */
    @Transactional
    public void updateMandate(long seatId, long mandateId, GiveMandate c) {
        store.lockSeat(seatId);
        BoardSeat seat = seat(seatId);
        Mandate before = seat.mandates().stream().filter(m -> m.id() == mandateId).findFirst()
                .orElseThrow(() -> new Problems.NotFound("seat.mandate.not-found", mandateId));
        if (before.resigned()) throw new Problems.Conflict(null, "seat.mandate.resigned", before.resignedOn());
        checkMandate(seat.kind(), c);
        checkNoOverlap(seat, c.mandateStart(), c.mandateEnd(), mandateId);
        store.updateMandate(mandateId, c.holderId(), c.organisationId(), c.mandateStart(), c.mandateEnd());
        Mandate after = new Mandate(mandateId, seatId, c.holderId(), c.organisationId(), c.mandateStart(), c.mandateEnd(), null);
        audit.record(AUDIT_TYPE, seatId, "mandate-updated", view(before), view(after));
        events.publishEvent(new MandateChanged(seatId, mandateId, c.holderId(), c.mandateStart(), c.mandateEnd()));
    }

    /** The holder of the mandate in force on that day resigns from that day: the seat becomes vacant. */
    @Transactional
    public void resign(long seatId, Resign c) {
        store.lockSeat(seatId);
        BoardSeat seat = seat(seatId);
        LocalDate on = c == null || c.on() == null ? today() : c.on();
        Mandate m = seat.mandateOn(on).orElseThrow(() -> new Problems.Conflict("on", "seat.vacant", on));
        store.resign(m.id(), on);
        Mandate after = new Mandate(m.id(), seatId, m.personId(), m.organisationId(), m.startsOn(), m.endsOn(), on);
        audit.record(AUDIT_TYPE, seatId, "resigned", view(m), view(after));
        events.publishEvent(new MandateEnded(seatId, m.id(), m.personId(), on));
    }

    private long addMandate(long seatId, SeatKind kind, GiveMandate c) {
        BoardSeat seat = seat(seatId);
        checkNoOverlap(seat, c.mandateStart(), c.mandateEnd(), null);
        long id = store.insertMandate(seatId, c.holderId(), kind.representsAnOrganisation() ? c.organisationId() : null,
                c.mandateStart(), c.mandateEnd());
        Mandate after = new Mandate(id, seatId, c.holderId(), c.organisationId(), c.mandateStart(), c.mandateEnd(), null);
        audit.record(AUDIT_TYPE, seatId, "mandate-given", null, view(after));
        events.publishEvent(new MandateGiven(seatId, id, c.holderId(), c.mandateStart(), c.mandateEnd()));
        return id;
    }

    /** The rules of a mandate on a seat of that kind; each refusal names its field. */
    void checkMandate(SeatKind kind, GiveMandate c) {
        if (c.holderId() == null) throw new Problems.InvalidInput("holderId", "seat.holder.required");
        if (c.mandateStart() == null) throw new Problems.InvalidInput("mandateStart", "seat.mandate.start.required");
        if (c.mandateEnd() == null) throw new Problems.InvalidInput("mandateEnd", "seat.mandate.end.required");
        if (!c.mandateEnd().isAfter(c.mandateStart())) throw new Problems.InvalidInput("mandateEnd", "seat.mandate.end.before-start");
        if (members.person(c.holderId()).isEmpty()) throw new Problems.InvalidInput("holderId", "body.person.unknown", c.holderId());
        if (kind.representsAnOrganisation()) {
            if (c.organisationId() == null) throw new Problems.InvalidInput("organisationId", "seat.organisation.required");
            if (members.organisation(c.organisationId()).isEmpty()) {
                throw new Problems.InvalidInput("organisationId", "seat.organisation.unknown", c.organisationId());
            }
        } else if (c.organisationId() != null) {
            throw new Problems.InvalidInput("organisationId", "seat.organisation.not-here");
        }
    }

    private static void checkNoOverlap(BoardSeat seat, LocalDate start, LocalDate end, Long except) {
        for (Mandate m : seat.mandates()) {
            if (except != null && m.id() == except) continue;
            if (DatedRules.overlap(m.startsOn(), m.effectiveEnd(), start, end)) {
                throw new Problems.Conflict("mandateStart", "seat.mandate.overlap", m.startsOn(), m.effectiveEnd());
            }
        }
    }

    /** A mandate as the history shows it: the holder and organisation by name. */
    private Map<String, Object> view(Mandate m) {
        Map<String, Object> v = m.auditView();
        v.put("holder", members.person(m.personId()).map(p -> p.name() + " (#" + m.personId() + ")").orElse("#" + m.personId()));
        if (m.organisationId() != null) {
            v.put("organisation", members.organisation(m.organisationId())
                    .map(o -> o.name() + " (#" + m.organisationId() + ")").orElse("#" + m.organisationId()));
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
