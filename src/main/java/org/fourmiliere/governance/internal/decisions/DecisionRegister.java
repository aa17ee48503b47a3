package org.fourmiliere.governance.internal.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.fourmiliere.governance.internal.meetings.Attendance;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.governance.internal.meetings.Presence;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The decision register ("Cahier des décisions", §7): recording, reversal by a higher body, search, export. */
@Service
public class DecisionRegister {

    /** The entity type of decisions in the audit trail. */
    static final String AUDIT_TYPE = "decision";

    /** What is decided. For a vote, the three lists name the voters; for a consensus at a meeting, those present are kept. */
    public record NewDecision(long bodyId, Long meetingId, LocalDate decidedOn, String text, HowTaken how,
                              List<Long> votersFor, List<Long> votersAgainst, List<Long> votersAbstaining,
                              Status status, List<String> tags, boolean isPublic) {}

    public record Filter(String words, Long bodyId, Integer year, Status status, HowTaken how, String tag,
                         boolean publicOnly) {
        public static Filter all() {
            return new Filter(null, null, null, null, null, null, false);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final BodyDirectory bodies;
    private final MeetingService meetings;

    DecisionRegister(JdbcClient jdbc, Clock clock, AuditTrail audit, BodyDirectory bodies, MeetingService meetings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.bodies = bodies;
        this.meetings = meetings;
    }

    @Transactional
    public Decision record(NewDecision d) {
        BodyRef body = bodies.body(d.bodyId()).orElseThrow(() -> new Problems.InvalidInput("bodyId", "meetings.body.unknown", d.bodyId()));
        Meeting meeting = null;
        if (d.meetingId() != null) {
            meeting = meetings.find(d.meetingId()).orElseThrow(() -> new Problems.InvalidInput("meetingId", "decisions.meeting.unknown"));
            if (meeting.bodyId() != d.bodyId()) throw new Problems.InvalidInput("meetingId", "decisions.meeting.other-body");
        }
        if (d.how() == HowTaken.QUICK_DECISION && meeting != null) {
            throw new Problems.InvalidInput("meetingId", "decisions.quick.no-meeting");
        }
        LocalDate day = d.decidedOn() != null ? d.decidedOn() : meeting != null ? meeting.day() : LocalDate.now(clock);
        List<Participant> participants = new ArrayList<>();
        Integer pour = null, contre = null, abst = null;
        if (d.how() == HowTaken.VOTE) {
            List<Long> f = nn(d.votersFor()), a = nn(d.votersAgainst()), x = nn(d.votersAbstaining());
            Set<Long> all = new LinkedHashSet<>();
            for (List<Long> l : List.of(f, a, x)) for (Long id : l) {
                if (!all.add(id)) throw new Problems.InvalidInput("votersFor", "decisions.vote.twice", id);
            }
            if (all.isEmpty()) throw new Problems.InvalidInput("votersFor", "decisions.vote.empty");
            if (meeting != null) checkVotingRights(meeting, all);
            f.forEach(id -> participants.add(new Participant(id, Role.FOR)));
            a.forEach(id -> participants.add(new Participant(id, Role.AGAINST)));
            x.forEach(id -> participants.add(new Participant(id, Role.ABSTAIN)));
            pour = f.size();
            contre = a.size();
            abst = x.size();
        } else if (d.how() == HowTaken.CONSENSUS && meeting != null) {
            for (Attendance at : meetings.attendance(meeting.id())) {
                if (at.presence() == Presence.PRESENT) participants.add(new Participant(at.personId(), Role.PRESENT));
            }
        }
        Status status = d.status() == null ? Status.ADOPTED : d.status();
        if (status == Status.REVERSED) throw new Problems.InvalidInput("status", "decisions.status.reversed-by-link");
        String tags = normaliseTags(d.tags());
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO decision (body_id, meeting_id, decided_on, decision_text, how_taken, votes_for, votes_against,
                  votes_abstain, status, tags, public_record, search_text, created_at)
                VALUES (:body, :meeting, :day, :text, :how, :for, :against, :abstain, :status, :tags, :public, :search, :now)""")
                .param("body", body.id()).param("meeting", d.meetingId(), java.sql.Types.BIGINT).param("day", day)
                .param("text", d.text().strip()).param("how", d.how().name())
                .param("for", pour, java.sql.Types.INTEGER).param("against", contre, java.sql.Types.INTEGER)
                .param("abstain", abst, java.sql.Types.INTEGER).param("status", status.name()).param("tags", tags)
                .param("public", d.isPublic()).param("search", searchable(d.text() + " " + tags))
                .param("now", Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Participant p : participants) {
            jdbc.sql("INSERT INTO decision_participant (decision_id, person_id, role) VALUES (:d, :p, :r)")
                    .param("d", id).param("p", p.personId()).param("r", p.role().name()).update();
        }
        Map<String, Object> after = new HashMap<>();
        after.put("text", d.text().strip());
        after.put("how", d.how());
        after.put("status", status);
        after.put("votes", pour == null ? null : pour + "/" + contre + "/" + abst);
        after.put("public", d.isPublic());
        audit.record(AUDIT_TYPE, id, "create", null, after);
        return get(id);
    }

    /** At reflection and production meetings only work-committee members vote, and only those present. */
    private void checkVotingRights(Meeting meeting, Set<Long> voters) {
        if (!meeting.type().workCommitteeVotes()) return;
        Set<Long> members = Set.copyOf(bodies.memberIds(bodies.the(BodyKind.WORK_COMMITTEE).id(), meeting.day()));
        Set<Long> present = meetings.attendance(meeting.id()).stream().filter(a -> a.presence() == Presence.PRESENT)
                .map(Attendance::personId).collect(Collectors.toSet());
        for (Long v : voters) {
            if (!members.contains(v)) throw new Problems.InvalidInput("votersFor", "decisions.vote.not-member", v);
            if (!present.contains(v)) throw new Problems.InvalidInput("votersFor", "decisions.vote.not-present", v);
        }
    }

    /** A higher body reverses a decision by a decision of its own; the reversed one links to it. */
    @Transactional
    public Decision reverse(long decisionId, long reversingId) {
        Decision original = get(decisionId);
        Decision reversing = get(reversingId);
        if (original.status() == Status.REVERSED) throw new Problems.Conflict("reversedBy", "decisions.already-reversed");
        int lower = rank(original.bodyId());
        int higher = rank(reversing.bodyId());
        if (higher <= lower) throw new Problems.InvalidInput("reversedBy", "decisions.reverse.not-higher");
        if (reversing.decidedOn().isBefore(original.decidedOn())) {
            throw new Problems.InvalidInput("reversedBy", "decisions.reverse.earlier");
        }
        jdbc.sql("UPDATE decision SET status = 'REVERSED', reversed_by = :r WHERE id = :id")
                .param("r", reversingId).param("id", decisionId).update();
        audit.record(AUDIT_TYPE, decisionId, "reverse", Map.of("status", original.status()),
                Map.of("status", Status.REVERSED, "reversedBy", reversingId));
        return get(decisionId);
    }

    private int rank(long bodyId) {
        BodyKind kind = bodies.body(bodyId).map(BodyRef::kind).orElse(BodyKind.TEAM);
        return switch (kind) {
            case GENERAL_ASSEMBLY -> 4;
            case BOARD -> 3;
            case WORK_COMMITTEE -> 2;
            case COMMITTEE, TEAM -> 1;
        };
    }

    public Decision get(long id) {
        return jdbc.sql("SELECT * FROM decision WHERE id = :id").param("id", id).query(this::row).optional()
                .map(this::withParticipants).orElseThrow(() -> new Problems.NotFound("decisions.not-found", id));
    }

    public List<Decision> ofMeeting(long meetingId) {
        return jdbc.sql("SELECT * FROM decision WHERE meeting_id = :m ORDER BY id").param("m", meetingId)
                .query(this::row).list().stream().map(this::withParticipants).toList();
    }

    /** Every word must appear (case and accents ignored), then the filters; newest first. */
    public List<Decision> search(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT * FROM decision WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.words() != null && !f.words().isBlank()) {
            String[] words = searchable(f.words()).split("\\s+");
            for (int i = 0; i < words.length && i < 10; i++) {
                if (words[i].isBlank()) continue;
                sql.append(" AND search_text LIKE :w").append(i).append(" ESCAPE '!'");
                params.put("w" + i, "%" + words[i].replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
        }
        if (f.bodyId() != null) { sql.append(" AND body_id = :body"); params.put("body", f.bodyId()); }
        if (f.year() != null) {
            sql.append(" AND decided_on BETWEEN :from AND :to");
            params.put("from", LocalDate.of(f.year(), 1, 1));
            params.put("to", LocalDate.of(f.year(), 12, 31));
        }
        if (f.status() != null) { sql.append(" AND status = :status"); params.put("status", f.status().name()); }
        if (f.how() != null) { sql.append(" AND how_taken = :how"); params.put("how", f.how().name()); }
        if (f.tag() != null && !f.tag().isBlank()) {
            sql.append(" AND (',' || tags || ',') LIKE :tag");
            params.put("tag", "%," + f.tag().strip().toLowerCase() + ",%");
        }
        if (f.publicOnly()) sql.append(" AND public_record = TRUE");
        sql.append(" ORDER BY decided_on DESC, id DESC LIMIT 1000");
        List<Decision> found = jdbc.sql(sql.toString()).params(params).query(this::row).list();
        return withParticipants(found);
    }

    private List<Decision> withParticipants(List<Decision> found) {
        if (found.isEmpty()) return found;
        Map<Long, List<Participant>> by = new HashMap<>();
        jdbc.sql("SELECT decision_id, person_id, role FROM decision_participant WHERE decision_id IN (:ids) ORDER BY person_id")
                .param("ids", found.stream().map(Decision::id).toList())
                .query((rs, n) -> by.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Participant(rs.getLong(2), Role.valueOf(rs.getString(3)))))
                .list();
        return found.stream().map(d -> copy(d, by.getOrDefault(d.id(), List.of()))).toList();
    }

    private Decision withParticipants(Decision d) {
        return withParticipants(List.of(d)).getFirst();
    }

    private static Decision copy(Decision d, List<Participant> p) {
        return new Decision(d.id(), d.bodyId(), d.meetingId(), d.decidedOn(), d.text(), d.how(), d.votesFor(),
                d.votesAgainst(), d.votesAbstain(), d.status(), d.reversedBy(), d.tags(), d.isPublic(), p);
    }

    private Decision row(ResultSet rs, int n) throws SQLException {
        String tags = rs.getString("tags");
        return new Decision(rs.getLong("id"), rs.getLong("body_id"), rs.getObject("meeting_id", Long.class),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decision_text"),
                HowTaken.valueOf(rs.getString("how_taken")), rs.getObject("votes_for", Integer.class),
                rs.getObject("votes_against", Integer.class), rs.getObject("votes_abstain", Integer.class),
                Status.valueOf(rs.getString("status")), rs.getObject("reversed_by", Long.class),
                tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(",")),
                rs.getBoolean("public_record"), List.of());
    }

    static String normaliseTags(List<String> tags) {
        if (tags == null) return "";
        return tags.stream().filter(t -> t != null && !t.isBlank()).map(t -> t.strip().toLowerCase().replace(",", " "))
                .distinct().collect(Collectors.joining(","));
    }

    /** Lower case without accents, so that "reunion" finds "Réunion". */
    public static String searchable(String text) {
        String n = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(java.util.Locale.ROOT);
    }

    private static List<Long> nn(List<Long> l) {
        return l == null ? List.of() : l;
    }
}
