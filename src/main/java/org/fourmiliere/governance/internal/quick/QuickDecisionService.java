package org.fourmiliere.governance.internal.quick;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fourmiliere.calendar.BusinessCalendars;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.internal.decisions.Decision;
import org.fourmiliere.governance.internal.decisions.DecisionCommands.RecordDecision;
import org.fourmiliere.governance.internal.decisions.DecisionRegister;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingCommands.AddAgendaItem;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.governance.internal.quick.QuickDecision.Answer;
import org.fourmiliere.governance.internal.quick.QuickDecision.Status;
import org.fourmiliere.governance.internal.quick.QuickDecision.Via;
import org.fourmiliere.governance.internal.quick.QuickDecisionStore.MailRow;
import org.fourmiliere.mail.OutgoingMail;
import org.fourmiliere.mail.Outbox;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.TimeConfig;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quick decisions (§6): proposing, answering (support, abstention, veto), reminding and adopting. Each step writes
 * its records, its entry in the register when it ends the proposal, and its mail (through the outbox) in one
 * transaction. The rules are those of {@link QuickDecision}; the SQL is in {@link QuickDecisionStore}.
 * <p>
 * {@link #propose} and {@link #answer} check every rule before they write anything, and a refusal does not spoil the
 * caller's transaction ({@code noRollbackFor}): the mail handler catches it and answers the sender in the same
 * transaction that marks the message handled.
 */
@Service
public class QuickDecisionService {

    static final String AUDIT_TYPE = "quick_decision";

    /** A proposal as made, on the web or by mail. */
    public record Proposal(long proposerId, String title, String text, Money amount, Instant at, Via via,
                           String sourceMessageId, Long sourceInboundId) {
        /** Kept to the second, as mail dates are: the deadline falls on a whole second too. */
        public Proposal {
            at = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        }
    }

    /** One step of a proposal's trail: what happened, when, who, and the mail behind it. */
    public record Step(Instant at, String kind, Long personId, String reason, Via via, Long inboundId,
                       List<String> messageIds) {}

    private final QuickDecisionStore store;
    private final QuickDecisionMails mails;
    private final QuickDecisionSettings settings;
    private final Outbox outbox;
    private final BodyDirectory bodies;
    private final MemberDirectory members;
    private final BusinessCalendars calendars;
    private final MeetingService meetings;
    private final DecisionRegister register;
    private final AuditTrail audit;
    private final Clock clock;

    QuickDecisionService(QuickDecisionStore store, QuickDecisionMails mails, QuickDecisionSettings settings, Outbox outbox,
                         BodyDirectory bodies, MemberDirectory members, BusinessCalendars calendars,
                         MeetingService meetings, DecisionRegister register, AuditTrail audit, Clock clock) {
        this.store = store;
        this.mails = mails;
        this.settings = settings;
        this.outbox = outbox;
        this.bodies = bodies;
        this.members = members;
        this.calendars = calendars;
        this.meetings = meetings;
        this.register = register;
        this.audit = audit;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    public QuickDecisionSettings settings() {
        return settings;
    }

    private long workCommittee() {
        return bodies.the(BodyKind.WORK_COMMITTEE).id();
    }

    /** The members of the work committee at that moment. */
    public List<Long> membersAt(Instant at) {
        return bodies.memberIds(workCommittee(), LocalDate.ofInstant(at, TimeConfig.ZONE));
    }

    public boolean holdsWorkCommittee(long personId, Instant at) {
        return membersAt(at).contains(personId);
    }

    // ---- proposing

    /** Records a proposal and sends it to every member of the work committee, in their language. */
    @Transactional(noRollbackFor = Problems.DomainException.class)
    public QuickDecision propose(Proposal p) {
        List<Long> memberIds = membersAt(p.at());
        QuickDecision.checkProposer(memberIds.contains(p.proposerId()));
        QuickDecision.checkAmount(p.amount(), settings.cap());
        String title = p.title().strip();
        String text = p.text() == null || p.text().isBlank() ? title : p.text().strip();
        QuickDecision.Times times = QuickDecision.times(calendars.current(), p.at());
        Instant now = clock.instant();
        if (p.sourceInboundId() != null && !now.isBefore(times.reminderAt())) {
            // an e-mail handled late (kept to look at, processed again): the members still get the whole delay from now
            times = QuickDecision.times(calendars.current(), now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
        long id = store.insert(workCommittee(), title, text, p.amount(), p.proposerId(), p.at(), times, p.via(),
                p.sourceMessageId(), p.sourceInboundId());
        QuickDecision q = store.find(id).orElseThrow();
        Map<String, Object> after = new HashMap<>();
        after.put("title", title);
        after.put("amount", p.amount() == null ? null : p.amount().toString());
        after.put("proposer", p.proposerId());
        after.put("deadline", times.deadline());
        after.put("via", p.via());
        audit.record(AUDIT_TYPE, id, "propose", null, after);
        Map<Long, PersonRef> persons = persons(memberIds);
        PersonRef proposer = persons.containsKey(p.proposerId()) ? persons.get(p.proposerId())
                : members.person(p.proposerId()).orElse(null);
        for (Long memberId : memberIds) {
            PersonRef to = persons.get(memberId);
            if (!hasAddress(to)) continue;
            send(q.id(), "NOTICE", to.id(), mails.notice(q, proposer, to));
        }
        return q;
    }

    // ---- answering

    /**
     * A member's answer, at {@code at}: support, abstention (with a reason) or veto. A veto before the deadline ends
     * the proposal: it is postponed to the next production or reflection meeting, whose agenda gets it, the register
     * says so and everyone is told.
     */
    @Transactional(noRollbackFor = Problems.DomainException.class)
    public QuickDecision answer(long id, long personId, Answer answer, String reason, Instant at, Via via, Long inboundId) {
        QuickDecision q = store.lock(id).orElseThrow(() -> new Problems.NotFound("quick.not-found", id));
        q.checkAnswerable(at);
        QuickDecision.checkAnswerer(holdsWorkCommittee(personId, at));
        String r = QuickDecision.reason(answer, reason);
        store.insertAnswer(id, personId, answer, r, at, via, inboundId);
        Map<String, Object> after = new HashMap<>();
        after.put("answer", answer);
        after.put("person", personId);
        after.put("reason", r);
        after.put("via", via);
        audit.record(AUDIT_TYPE, id, "answer", null, after);
        if (answer == Answer.VETO) veto(q, personId, r, at);
        return store.find(id).orElseThrow();
    }

    private void veto(QuickDecision q, long personId, String reason, Instant at) {
        PersonRef by = members.person(personId).orElse(null);
        Optional<Meeting> meeting = nextMeeting(at);
        meeting.ifPresent(m -> meetings.addAgendaItem(m.id(), new AddAgendaItem(agendaTitle(q),
                agendaText(q, by, reason), null), personId, by == null ? null : by.name(), at));
        Decision d = register.record(new RecordDecision(q.bodyId(), null, LocalDate.ofInstant(at, TimeConfig.ZONE),
                decisionText(q), Decision.HowTaken.QUICK_DECISION, null, null, null, Decision.Status.POSTPONED,
                List.of("quick-decision"), false));
        store.close(q.id(), Status.VETOED, at, personId, d.id(), meeting.map(Meeting::id).orElse(null));
        audit.record(AUDIT_TYPE, q.id(), "veto", Map.of("status", Status.OPEN),
                Map.of("status", Status.VETOED, "decision", d.id(), "meeting", meeting.map(Meeting::id).orElse(0L)));
        QuickDecision closed = store.find(q.id()).orElseThrow();
        Map<Long, String> threads = threads(q.id());
        for (PersonRef to : everyone(q, at)) {
            String when = meeting.map(m -> meetingName(m, QuickDecisionMails.language(to))).orElse(null);
            send(q.id(), "VETOED", to.id(), mails.vetoed(closed, by, reason, when, to, threads.get(to.id())));
        }
    }

    /**
     * The next production or reflection meeting of the work committee that has not begun, the meetings of the
     * schedules for the coming weeks created first (creating them again changes nothing).
     */
    Optional<Meeting> nextMeeting(Instant at) {
        LocalDate day = LocalDate.ofInstant(at, TimeConfig.ZONE);
        meetings.generate(day);
        return meetings.between(day, day.plusDays(MeetingService.HORIZON_DAYS), workCommittee()).stream()
                .filter(m -> m.type().workCommitteeVotes() && m.startsAt().isAfter(at))
                .min(Comparator.comparing(Meeting::startsAt).thenComparing(Meeting::id));
    }

    private String meetingName(Meeting m, String language) {
        return mails.meeting(m, language);
    }

    private static String agendaTitle(QuickDecision q) {
        String t = q.token() + " " + q.title();
        return t.length() > 200 ? t.substring(0, 200) : t;
    }

    private String agendaText(QuickDecision q, PersonRef by, String reason) {
        StringBuilder b = new StringBuilder(q.text());
        if (q.amount() != null) b.append("\n\n").append(mails.money(q.amount(), "fr"));
        b.append("\n\nVeto : ").append(by == null ? "?" : by.name());
        if (reason != null) b.append(" — ").append(reason);
        b.append("\n").append(settings.link(q.id()));
        String s = b.toString();
        return s.length() > 20000 ? s.substring(0, 20000) : s;
    }

    private String decisionText(QuickDecision q) {
        String s = q.title() + (q.text().equals(q.title()) ? "" : "\n\n" + q.text())
                + (q.amount() == null ? "" : "\n\n" + mails.money(q.amount(), "fr"));
        return s.length() > 20000 ? s.substring(0, 20000) : s;
    }

    // ---- the deadline

    /** Adopts the proposal if it is still open and its deadline has passed; whether it did. */
    @Transactional
    public boolean adopt(long id) {
        QuickDecision q = store.lock(id).orElse(null);
        Instant now = clock.instant();
        if (q == null || !q.adoptableAt(now)) return false;
        Decision d = register.record(new RecordDecision(q.bodyId(), null, LocalDate.ofInstant(q.deadline(), TimeConfig.ZONE),
                decisionText(q), Decision.HowTaken.QUICK_DECISION, null, null, null, Decision.Status.ADOPTED,
                List.of("quick-decision"), false));
        store.close(id, Status.ADOPTED, q.deadline(), null, d.id(), null);
        audit.record(AUDIT_TYPE, id, "adopt", Map.of("status", Status.OPEN), Map.of("status", Status.ADOPTED, "decision", d.id()));
        QuickDecision adopted = store.find(id).orElseThrow();
        Map<Long, String> threads = threads(id);
        for (PersonRef to : everyone(q, q.deadline())) {
            send(id, "ADOPTED", to.id(), mails.adopted(adopted, d.id(), to, threads.get(to.id())));
        }
        return true;
    }

    /** Reminds the members who have not answered, once, if its moment has come; whether it did. */
    @Transactional
    public boolean remind(long id) {
        QuickDecision q = store.lock(id).orElse(null);
        Instant now = clock.instant();
        if (q == null || !q.reminderDueAt(now) || !store.markReminded(id, now)) return false;
        Set<Long> answered = store.answers(id).stream().map(QuickAnswer::personId).collect(Collectors.toSet());
        List<Long> toRemind = membersAt(now).stream().filter(p -> !answered.contains(p)).toList();
        Map<Long, String> threads = threads(id);
        for (PersonRef to : persons(toRemind).values()) {
            if (!hasAddress(to)) continue;
            send(id, "REMINDER", to.id(), mails.reminder(q, to, threads.get(to.id())));
        }
        audit.record(AUDIT_TYPE, id, "remind", null, Map.of("reminded", toRemind.size()));
        return true;
    }

    public List<Long> dueForAdoption() {
        return store.dueForAdoption(clock.instant());
    }

    public List<Long> dueForReminder() {
        return store.dueForReminder(clock.instant());
    }

    // ---- reading

    public QuickDecision get(long id) {
        return store.find(id).orElseThrow(() -> new Problems.NotFound("quick.not-found", id));
    }

    /** The quick decision (its trail) behind each of these decisions of the register: decision → quick decision. */
    public Map<Long, Long> ofDecisions(java.util.Collection<Long> decisionIds) {
        return store.ofDecisions(decisionIds);
    }

    public List<QuickDecision> open() {
        return store.open();
    }

    public List<QuickDecision> closed(int limit) {
        return store.closed(null, limit);
    }

    public List<QuickDecision> closed(Status status, int limit) {
        return store.closed(status, limit);
    }

    /** The proposal a message is about: one of ours it answers (or the proposal's own mail), else its subject's token. */
    public Optional<QuickDecision> about(List<String> answers, String subject) {
        return store.proposalOfMail(answers).or(() -> MailWords.token(subject)).flatMap(store::find);
    }

    /** Whether the message answers one of our own answers to a message (a refusal, an acknowledgement). */
    public boolean answersOurAnswer(String inReplyTo) {
        return inReplyTo != null && store.stepOfMail(inReplyTo).filter("ANSWER"::equals).isPresent();
    }

    /** Whether any of these {@code Message-ID}s is one of the messages the application sent (through the outbox). */
    public boolean answersOurMail(List<String> messageIds) {
        return !messageIds.isEmpty() && !outbox.deliveries(messageIds).isEmpty();
    }

    public List<QuickAnswer> answers(long id) {
        return store.answers(id);
    }

    /** Business time left before the deadline (zero once passed). */
    public Duration timeLeft(QuickDecision q) {
        Instant now = clock.instant();
        return now.isBefore(q.deadline()) ? calendars.current().businessTimeBetween(now, q.deadline()) : Duration.ZERO;
    }

    /** The trail of a proposal, in order: proposed, notified, answers, reminded, vetoed or adopted, with their mail. */
    public List<Step> trail(long id) {
        QuickDecision q = get(id);
        List<MailRow> sent = store.mails(id);
        Map<String, List<String>> byStep = sent.stream().collect(Collectors.groupingBy(MailRow::step,
                java.util.LinkedHashMap::new, Collectors.mapping(MailRow::messageId, Collectors.toList())));
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(q.proposedAt(), "PROPOSED", q.proposerId(), null, q.via(), q.sourceInboundId(),
                q.sourceMessageId() == null ? List.of() : List.of(q.sourceMessageId())));
        if (byStep.containsKey("NOTICE")) {
            steps.add(new Step(firstAt(sent, "NOTICE"), "NOTIFIED", null, null, null, null, byStep.get("NOTICE")));
        }
        for (QuickAnswer a : store.answers(id)) {
            steps.add(new Step(a.at(), "ANSWER_" + a.answer(), a.personId(), a.reason(), a.via(), a.inboundId(), List.of()));
        }
        if (q.remindedAt() != null) {
            steps.add(new Step(q.remindedAt(), "REMINDED", null, null, null, null, byStep.getOrDefault("REMINDER", List.of())));
        }
        if (q.status() == Status.VETOED) {
            steps.add(new Step(q.closedAt(), "VETOED", q.vetoedBy(), null, null, null, byStep.getOrDefault("VETOED", List.of())));
        } else if (q.status() == Status.ADOPTED) {
            steps.add(new Step(q.closedAt(), "ADOPTED", null, null, null, null, byStep.getOrDefault("ADOPTED", List.of())));
        }
        steps.sort(Comparator.comparing(Step::at));
        return steps;
    }

    private static Instant firstAt(List<MailRow> rows, String step) {
        return rows.stream().filter(r -> r.step().equals(step)).map(MailRow::queuedAt).min(Comparator.naturalOrder()).orElse(null);
    }

    // ---- helpers

    /** The members at that moment and the proposer, once each, with an address. */
    private List<PersonRef> everyone(QuickDecision q, Instant at) {
        Set<Long> ids = new LinkedHashSet<>(membersAt(at));
        ids.add(q.proposerId());
        return persons(ids).values().stream().filter(QuickDecisionService::hasAddress)
                .sorted(Comparator.comparing(PersonRef::id)).toList();
    }

    /** The notice each person received: later mail to them answers it. */
    private Map<Long, String> threads(long id) {
        Map<Long, String> threads = new HashMap<>();
        for (MailRow m : store.mails(id)) {
            if ("NOTICE".equals(m.step()) && m.personId() != null) threads.putIfAbsent(m.personId(), m.messageId());
        }
        return threads;
    }

    private Map<Long, PersonRef> persons(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) return Map.of();
        return members.persons(ids).stream().collect(Collectors.toMap(PersonRef::id, Function.identity()));
    }

    private static boolean hasAddress(PersonRef p) {
        return p != null && p.email() != null && !p.email().isBlank();
    }

    private void send(long id, String step, Long personId, OutgoingMail mail) {
        String messageId = outbox.enqueue(mail);
        if (!store.mailKnown(messageId)) store.insertMail(id, step, personId, messageId, clock.instant());
    }

    /** Mail that answers a message we received, tied to a proposal when there is one (kept in its trail). */
    public void reply(Long id, OutgoingMail mail) {
        String messageId = outbox.enqueue(mail);
        if (id != null && !store.mailKnown(messageId)) store.insertMail(id, "ANSWER", null, messageId, clock.instant());
    }
}
