package org.fourmiliere.governance.internal.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.BodyRef;
import org.fourmiliere.governance.internal.decisions.Decision.HowTaken;
import org.fourmiliere.governance.internal.decisions.Decision.Participant;
import org.fourmiliere.governance.internal.decisions.Decision.Role;
import org.fourmiliere.governance.internal.decisions.Decision.Status;
import org.fourmiliere.governance.internal.decisions.DecisionCommands.RecordDecision;
import org.fourmiliere.governance.internal.meetings.Attendance;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.governance.internal.meetings.Presence;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision register ("Cahier des décisions", §7): recording, reversal by a higher body, search, export. The
 * rules are those of {@link Decision}; the SQL is in {@link DecisionStore}; every write is audited.
 */
@Service
public class DecisionRegister {

    /** The entity type of decisions in the audit trail. */
    static final String AUDIT_TYPE = "decision";

    public record Filter(String words, Long bodyId, Integer year, Status status, HowTaken how, String tag,
                         boolean publicOnly) {
        public static Filter all() {
            return new Filter(null, null, null, null, null, null, false);
        }
    }

    private final DecisionStore store;
    private final Clock clock;
    private final AuditTrail audit;
    private final BodyDirectory bodies;
    private final MeetingService meetings;

    DecisionRegister(DecisionStore store, Clock clock, AuditTrail audit, BodyDirectory bodies, MeetingService meetings) {
        this.store = store;
        this.clock = clock;
        this.audit = audit;
        this.bodies = bodies;
        this.meetings = meetings;
    }

    @Transactional
    public Decision record(RecordDecision d) {
        BodyRef body = bodies.body(d.bodyId()).orElseThrow(() -> new Problems.InvalidInput("bodyId", "meetings.body.unknown", d.bodyId()));
        Meeting meeting = null;
        if (d.meetingId() != null) {
            meeting = meetings.find(d.meetingId()).orElseThrow(() -> new Problems.InvalidInput("meetingId", "decisions.meeting.unknown"));
            if (meeting.bodyId() != d.bodyId()) throw new Problems.InvalidInput("meetingId", "decisions.meeting.other-body");
        }
        Decision.checkHowTaken(d.how(), meeting != null);
        LocalDate day = d.decidedOn() != null ? d.decidedOn() : meeting != null ? meeting.day() : LocalDate.now(clock);
        List<Participant> participants = List.of();
        Decision.Tally tally = null;
        if (d.how() == HowTaken.VOTE) {
            Decision.Vote vote = Decision.vote(d.votersFor(), d.votersAgainst(), d.votersAbstaining());
            if (meeting != null && meeting.type().workCommitteeVotes()) {
                Set<Long> voters = new LinkedHashSet<>();
                vote.participants().forEach(p -> voters.add(p.personId()));
                Set<Long> members = Set.copyOf(bodies.memberIds(bodies.the(BodyKind.WORK_COMMITTEE).id(), meeting.day()));
                Decision.checkVotingRights(voters, members, present(meeting.id()));
            }
            participants = vote.participants();
            tally = vote.tally();
        } else if (d.how() == HowTaken.CONSENSUS && meeting != null) {
            List<Participant> present = new ArrayList<>();
            for (Long id : present(meeting.id())) present.add(new Participant(id, Role.PRESENT));
            participants = present;
        }
        Status status = Decision.initialStatus(d.status());
        String tags = Decision.normaliseTags(d.tags());
        String text = d.text().strip();
        boolean isPublic = Boolean.TRUE.equals(d.isPublic());
        long id = store.insert(body.id(), d.meetingId(), day, text, d.how(), tally, status, tags, isPublic,
                Decision.searchable(d.text() + " " + tags), participants, clock.instant());
        Map<String, Object> after = new HashMap<>();
        after.put("text", text);
        after.put("how", d.how());
        after.put("status", status);
        after.put("votes", tally == null ? null : tally.votesFor() + "/" + tally.votesAgainst() + "/" + tally.votesAbstain());
        after.put("public", isPublic);
        audit.record(AUDIT_TYPE, id, "create", null, after);
        return get(id);
    }

    /** Who was present at the meeting, in the order of the attendance. */
    private Set<Long> present(long meetingId) {
        return meetings.attendance(meetingId).stream().filter(a -> a.presence() == Presence.PRESENT)
                .map(Attendance::personId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A higher body reverses a decision by a decision of its own; the reversed one links to it. */
    @Transactional
    public Decision reverse(long decisionId, long reversingId) {
        Decision original = get(decisionId);
        Decision reversing = get(reversingId);
        original.checkReversibleBy(reversing, kind(original.bodyId()), kind(reversing.bodyId()));
        store.markReversed(decisionId, reversingId);
        audit.record(AUDIT_TYPE, decisionId, "reverse", Map.of("status", original.status()),
                Map.of("status", Status.REVERSED, "reversedBy", reversingId));
        return get(decisionId);
    }

    private BodyKind kind(long bodyId) {
        return bodies.body(bodyId).map(BodyRef::kind).orElse(BodyKind.TEAM);
    }

    public Decision get(long id) {
        return store.decision(id).orElseThrow(() -> new Problems.NotFound("decisions.not-found", id));
    }

    public List<Decision> ofMeeting(long meetingId) {
        return store.ofMeeting(meetingId);
    }

    /** The {@code limit} latest decisions, newest first (by the day decided, then the order of recording). */
    public List<Decision> latest(int limit) {
        return store.latest(limit);
    }

    /** Every word must appear (case and accents ignored), then the filters; newest first. */
    public List<Decision> search(Filter f) {
        return store.search(Decision.searchWords(f.words()), f);
    }
}
