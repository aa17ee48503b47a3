package org.fourmiliere.governance.internal.eligibility;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.BodyRef;
import org.fourmiliere.governance.internal.eligibility.EligibilityRules.Outcome;
import org.fourmiliere.mail.Outbox;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work-committee eligibility (§4): computes every person's status from the facts, records verifications with
 * their reasons forever, keeps the work committee's membership in step, and holds the acts of the bodies around
 * it: hiring-committee confirmation, board reversal, work-committee exceptions.
 */
@Service
public class EligibilityService {

    /** The entity types of a person's eligibility and of each verification run in the audit trail. */
    public static final String PERSON_AUDIT_TYPE = "eligibility_person", VERIFICATION_AUDIT_TYPE = "eligibility_verification";

    /** The entity type of the eligibility settings in the audit trail. */
    static final String SETTINGS_AUDIT_TYPE = "eligibility_settings";

    public enum Trigger { SCHEDULED, ON_DEMAND }

    public record Verification(long id, LocalDate asOf, java.time.Instant runAt, String runBy, Trigger trigger,
                               int persons, int changes, long durationMs) {}

    /** One person's result in a verification (recorded) or a computation (not recorded: verificationId null). */
    public record Result(Long verificationId, LocalDate asOf, long personId, EligibilityStatus status,
                         EligibilityStatus previous, int committees, int reflections, long firstMonthMinutes,
                         long secondMonthMinutes, List<Reason> reasons) {
        static Result of(Long vid, LocalDate asOf, Outcome o) {
            return new Result(vid, asOf, o.personId(), o.status(), o.previous(), o.committees(), o.reflections(),
                    o.firstMonthMinutes(), o.secondMonthMinutes(), o.reasons());
        }

        public boolean changed() {
            return status != previous;
        }

        /** Who holds or held the membership, and every change: what a verification is read for. */
        public boolean notable() {
            return changed() || status != EligibilityStatus.NOT_ELIGIBLE;
        }
    }

    public record Computation(LocalDate asOf, EligibilityWindow window, EligibilitySettings settings, List<Result> results) {}

    public record ExceptionGrant(long id, long personId, String reason, LocalDate from, LocalDate to, String grantedBy) {}

    public record AdmissionView(long id, long personId, LocalDate candidateSince, LocalDate confirmedOn, String confirmedBy,
                                LocalDate reversedOn, String reversedBy, String reversalReason) {}

    private final EligibilityStore store;
    private final Clock clock;
    private final AuditTrail audit;
    private final EligibilityFacts facts;
    private final EligibilitySettingsStore settings;
    private final WorkCommitteeRoster roster;
    private final BodyDirectory bodies;
    private final String hiringCommitteeCode;
    private final EligibilityNotifier notifier;
    private final Outbox outbox;

    EligibilityService(EligibilityStore store, Clock clock, AuditTrail audit, EligibilityFacts facts,
                       EligibilitySettingsStore settings, WorkCommitteeRoster roster, BodyDirectory bodies,
                       EligibilityNotifier notifier, Outbox outbox,
                       @Value("${fourmiliere.governance.hiring-committee-code:hiring}") String hiringCommitteeCode) {
        this.store = store;
        this.clock = clock;
        this.audit = audit;
        this.facts = facts;
        this.settings = settings;
        this.roster = roster;
        this.bodies = bodies;
        this.hiringCommitteeCode = hiringCommitteeCode;
        this.notifier = notifier;
        this.outbox = outbox;
    }

    // ---- thresholds

    public EligibilitySettings settings() {
        return settings.get();
    }

    /** Changes the thresholds of the bylaw; audited. */
    @Transactional
    public EligibilitySettings updateSettings(EligibilitySettings s) {
        EligibilitySettings before = settings.get();
        settings.save(s);
        audit.record(SETTINGS_AUDIT_TYPE, 1, "update", settingsMap(before), settingsMap(s));
        return settings.get();
    }

    private static Map<String, Object> settingsMap(EligibilitySettings s) {
        return Map.of("minCommittees", s.minCommittees(), "minReflections", s.minReflections(),
                "minMonthlyHours", s.minMonthlyHours(), "warningHours", s.warningHours(),
                "probationMonths", s.probationMonths());
    }

    // ---- verifications

    /** Every person's status as of a day, from the facts; nothing is saved. */
    @Transactional(readOnly = true)
    public Computation compute(LocalDate asOf) {
        EligibilityWindow w = EligibilityWindow.of(asOf);
        EligibilitySettings s = settings.get();
        List<Result> results = new ArrayList<>();
        for (PersonFacts f : facts.gather(w)) {
            results.add(Result.of(null, asOf, EligibilityRules.evaluate(f, s, w)));
        }
        return new Computation(asOf, w, s, results);
    }

    /**
     * Where a person stands for the coming verification if the facts stayed as they are today, with the numbers
     * behind it; nothing is saved. The window is last month and this month so far, the window of a verification
     * next month: the day of next month's first reflection meeting when one is planned, else the first of next
     * month. {@code nextVerification} is the day of the next verification, whatever its month (null: none planned).
     */
    public record Outlook(LocalDate nextVerification, EligibilityWindow window, EligibilitySettings settings, Result result) {}

    /** The person's {@link Outlook}: the facts of every person are read as a verification reads them, one is judged. */
    @Transactional(readOnly = true)
    public Outlook outlook(long personId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate nextMonth = today.withDayOfMonth(1).plusMonths(1);
        LocalDate asOf = store.reflectionDayFrom(nextMonth)
                .filter(d -> YearMonth.from(d).equals(YearMonth.from(nextMonth))).orElse(nextMonth);
        EligibilityWindow w = EligibilityWindow.of(asOf);
        EligibilitySettings s = settings.get();
        PersonFacts f = facts.gatherFor(w, personId);
        return new Outlook(nextVerification(today).orElse(null), w, s, Result.of(null, asOf, EligibilityRules.evaluate(f, s, w)));
    }

    /**
     * The day of the next verification: the next reflection meeting's, from today on, unless today's scheduled
     * verification has run already.
     */
    public Optional<LocalDate> nextVerification(LocalDate today) {
        Optional<LocalDate> day = store.reflectionDayFrom(today);
        if (day.isPresent() && day.get().equals(today) && store.verifiedOn(today, Trigger.SCHEDULED)) {
            day = store.reflectionDayFrom(today.plusDays(1));
        }
        return day;
    }

    /** Runs one verification and records it: every result with its reasons, the new standings, the roster. */
    @Transactional
    public Verification verify(LocalDate asOf, Trigger trigger) {
        long started = System.nanoTime();
        EligibilityWindow w = EligibilityWindow.of(asOf);
        EligibilitySettings s = settings.get();
        List<Outcome> outcomes = new ArrayList<>();
        for (PersonFacts f : facts.gather(w)) outcomes.add(EligibilityRules.evaluate(f, s, w));

        long vid = store.insertVerification(asOf, clock.instant(), AuditTrail.currentActor(), trigger);
        List<Outcome> changed = outcomes.stream().filter(Outcome::changed).toList();
        store.insertResults(vid, outcomes);
        store.recordChanges(vid, asOf, changed);
        for (Outcome o : changed) {
            boolean held = o.previous().holdsMembership();
            boolean holds = o.status().holdsMembership();
            if (holds && !held) roster.join(o.personId(), asOf);
            else if (!holds && held) roster.leave(o.personId(), asOf);
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        handOverNotices();
        store.finishVerification(vid, outcomes.size(), changed.size(), ms);
        audit.record(VERIFICATION_AUDIT_TYPE, vid, "run", null,
                Map.of("asOf", asOf, "trigger", trigger, "persons", outcomes.size(), "changes", changed.size()));
        return verification(vid).orElseThrow();
    }

    public Optional<Verification> verification(long id) {
        return store.verification(id);
    }

    public List<Verification> verifications(int limit) {
        return store.verifications(limit);
    }

    public boolean verifiedOn(LocalDate day, Trigger trigger) {
        return store.verifiedOn(day, trigger);
    }

    public List<Result> results(long verificationId) {
        return store.results(verificationId);
    }

    /** The results of a verification; only the {@linkplain Result#notable() notable} ones when asked. */
    public List<Result> results(long verificationId, boolean notableOnly) {
        List<Result> all = store.results(verificationId);
        return notableOnly ? all.stream().filter(Result::notable).toList() : all;
    }

    /** A person's results, newest first: every verification that looked at them. */
    public List<Result> history(long personId) {
        return store.resultsOf(personId);
    }

    /** The person's result in the latest recorded verification; empty when none has looked at them yet. */
    public Optional<Result> latestResult(long personId) {
        return store.latestResultOf(personId);
    }

    /**
     * The person's standing today, as the next verification will take it: the recorded one, except that someone on
     * the work committee's roster without a recorded standing that holds the membership (added by hand, or before
     * the verifications began; a member staying a member is never written again) is a member, as
     * {@link EligibilityFacts} judges them.
     */
    public EligibilityStatus standing(long personId) {
        Optional<EligibilityStatus> recorded = store.standing(personId);
        if (recorded.filter(EligibilityStatus::holdsMembership).isPresent()) return recorded.get();
        if (roster.members(LocalDate.now(clock)).contains(personId)) return EligibilityStatus.MEMBER;
        return recorded.orElse(EligibilityStatus.NOT_ELIGIBLE);
    }

    // ---- acts of the bodies

    /** The work committee grants an exception (a justified absence) over a period; verifications honour it. */
    @Transactional
    public ExceptionGrant grantException(EligibilityCommands.GrantException c) {
        long personId = c.personId();
        String reason = c.reason();
        LocalDate from = c.from(), to = c.to();
        SignedIn who = SignedIn.require();
        AdmissionRules.checkException(who.has(Permission.VOTE_WORK_COMMITTEE) || who.has(Permission.ADMINISTER), from, to);
        long id = store.insertException(personId, reason.strip(), from, to, who.email(), clock.instant());
        audit.record(PERSON_AUDIT_TYPE, personId, "exception", null, Map.of("reason", reason.strip(), "from", from, "to", to));
        return new ExceptionGrant(id, personId, reason.strip(), from, to, who.email());
    }

    public List<ExceptionGrant> exceptions(long personId) {
        return store.exceptions(personId);
    }

    public Optional<AdmissionView> admission(long personId) {
        return store.latestAdmission(personId);
    }

    /** A member of the hiring committee confirms a candidate's acceptance (§4.2). */
    @Transactional
    public AdmissionView confirm(long personId) {
        SignedIn who = SignedIn.require();
        return confirm(personId, who.personId(), who.email(), LocalDate.now(clock));
    }

    /**
     * The hiring committee's confirmation as given by {@code confirmerId} ({@code confirmer} their e-mail), a member of
     * that committee on {@code on}, the day of the confirmation. What the demo's past confirmations were.
     */
    @Transactional
    public AdmissionView confirm(long personId, Long confirmerId, String confirmer, LocalDate on) {
        BodyRef hiring = bodies.bodies().stream().filter(b -> b.kind() == BodyKind.COMMITTEE && hiringCommitteeCode.equals(b.code()))
                .findFirst().orElseThrow(() -> new Problems.Conflict("personId", "eligibility.hiring.missing", hiringCommitteeCode));
        boolean hiringMember = confirmerId != null && bodies.memberIds(hiring.id(), on).contains(confirmerId);
        AdmissionView a = AdmissionRules.confirmable(hiringMember, admission(personId), standing(personId));
        store.confirmAdmission(a.id(), on, confirmer);
        audit.record(PERSON_AUDIT_TYPE, personId, "confirm", null, Map.of("confirmedOn", on));
        return admission(personId).orElseThrow();
    }

    /** The board reverses an admission (§4.7): the person leaves the work committee at once. */
    @Transactional
    public AdmissionView reverse(long personId, String reason) {
        SignedIn who = SignedIn.require();
        LocalDate today = LocalDate.now(clock);
        BodyRef board = bodies.the(BodyKind.BOARD);
        boolean boardMember = who.personId() != null && bodies.memberIds(board.id(), today).contains(who.personId());
        AdmissionView a = AdmissionRules.reversible(boardMember, admission(personId));
        EligibilityStatus before = standing(personId);
        store.reverseAdmission(a.id(), today, who.email(), reason == null ? null : reason.strip());
        store.markLost(personId, today);
        if (before.holdsMembership()) roster.leave(personId, today);
        audit.record(PERSON_AUDIT_TYPE, personId, "reverse", Map.of("status", before),
                Map.of("status", EligibilityStatus.LOST, "reason", reason == null ? "" : reason.strip()));
        return admission(personId).orElseThrow();
    }

    // ---- notices

    public record Notice(long verificationId, long personId, EligibilityStatus status, EligibilityStatus previous,
                         LocalDate asOf) {}

    public List<Notice> pendingNotices(int limit) {
        return store.pendingNotices(limit);
    }

    /**
     * Hands every pending notice to the outbox, in the person's language, and marks it sent (the moment it was
     * handed over; the outbox sends it). Runs inside each verification; the job runs it for notices written before
     * the outbox existed.
     */
    @Transactional
    public int handOverNotices() {
        int handed = 0;
        for (List<Notice> batch = store.pendingNotices(500); !batch.isEmpty(); batch = store.pendingNotices(500)) {
            notifier.mails(batch).forEach(outbox::enqueue);
            for (Notice n : batch) store.noticeSent(n.verificationId(), n.personId(), clock.instant());
            handed += batch.size();
        }
        return handed;
    }

    public Clock clock() {
        return clock;
    }
}
