package org.fourmiliere.governance.internal.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.BodyRef;
import org.fourmiliere.governance.internal.decisions.Decision;
import org.fourmiliere.governance.internal.decisions.DecisionCommands.RecordDecision;
import org.fourmiliere.governance.internal.decisions.DecisionRegister;
import org.fourmiliere.governance.internal.eligibility.EligibilityService;
import org.fourmiliere.governance.internal.eligibility.EligibilityService.Result;
import org.fourmiliere.governance.internal.eligibility.EligibilityStatus;
import org.fourmiliere.governance.internal.meetings.MeetingCommands.AddAgendaItem;
import org.fourmiliere.governance.internal.meetings.MeetingCommands.CreateMeeting;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.shared.demo.DemoCast;
import org.fourmiliere.shared.demo.DemoContributor;
import org.fourmiliere.shared.demo.DemoYear;
import org.fourmiliere.shared.demo.DemoYear.Sitting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo collective's year of meetings, through governance's own services, after the time tracker's part
 * ({@link DemoContributor#MEETINGS}): every meeting of the {@link DemoYear} with its agenda; for those held, the
 * attendance (the meeting time of the workers present recorded in the time tracker by the usual event), the monthly
 * eligibility verification on the day of each reflection meeting once two whole months lie behind it, the hiring
 * committee's confirmation of each new candidate at its next meeting, the decisions of the register, and short minutes
 * written by one of those present; the meetings to come have their agenda only.
 */
@Component
class MeetingsDemoData implements DemoContributor {

    private static final Logger log = LoggerFactory.getLogger(MeetingsDemoData.class);

    private final MeetingService meetings;
    private final DecisionRegister register;
    private final EligibilityService eligibility;
    private final BodyDirectory bodies;
    private final MemberDirectory members;
    private final Clock clock;

    MeetingsDemoData(MeetingService meetings, DecisionRegister register, EligibilityService eligibility, BodyDirectory bodies,
                     MemberDirectory members, Clock clock) {
        this.meetings = meetings;
        this.register = register;
        this.eligibility = eligibility;
        this.bodies = bodies;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public int order() {
        return MEETINGS;
    }

    /** A meeting as loaded: the plan, its id, its agenda, whether it was held. */
    private record Loaded(Sitting plan, long id, BodyRef body, List<YearTexts.Item> agenda, boolean held) {}

    @Override
    public void load(DemoCast cast) {
        DemoYear year = cast.year();
        if (year.sittings().isEmpty()) return;
        long started = System.nanoTime();
        Instant now = clock.instant();
        People people = new People(cast, members);
        Map<String, BodyRef> byCode = new HashMap<>();
        for (BodyRef b : bodies.bodies()) byCode.put(b.code(), b);

        // 1. meetings, agendas, attendance
        List<Loaded> loaded = new ArrayList<>();
        for (Sitting s : year.sittings()) {
            BodyRef body = byCode.get(s.body());
            if (body == null) continue;
            Meeting m = meetings.create(new CreateMeeting(body.id(), MeetingType.valueOf(s.type()), s.day(), s.start(), s.end(),
                    s.place(), null));
            boolean held = s.held() && !s.endsAt().isAfter(now);
            List<YearTexts.Item> agenda = YearTexts.agenda(s);
            Long proposer = people.id(proposer(cast, s));
            Instant proposed = held ? s.startsAt().minus(Duration.ofDays(3)) : now;
            for (YearTexts.Item item : agenda) {
                meetings.addAgendaItem(m.id(), new AddAgendaItem(item.title(), item.text(), null), proposer,
                        people.email(proposer), proposed);
            }
            if (held) {
                for (var a : s.attendance().entrySet()) {
                    Presence presence = Presence.valueOf(a.getValue());
                    // the workers' meeting time goes to the time tracker; an assembly of the members is not work
                    boolean recordTime = presence == Presence.PRESENT && people.worker(a.getKey()) && !"GENERAL_ASSEMBLY".equals(s.type());
                    meetings.mark(m.id(), people.id(a.getKey()), presence, recordTime);
                }
            }
            loaded.add(new Loaded(s, m.id(), body, agenda, held));
        }

        // 2. the monthly verifications, and the hiring committee's confirmation of each new candidate at its next meeting
        Map<LocalDate, List<String>> verificationNotes = new HashMap<>();
        Map<Long, List<Long>> confirmedAt = new HashMap<>();
        List<Loaded> hiringMeetings = loaded.stream().filter(l -> l.held() && "hiring".equals(l.plan().body())).toList();
        List<Long> candidates = new ArrayList<>();
        List<LocalDate> verificationDays = verificationDays(year, loaded);
        for (int i = 0; i < verificationDays.size(); i++) {
            LocalDate day = verificationDays.get(i);
            var verification = eligibility.verify(day, EligibilityService.Trigger.SCHEDULED);
            List<Result> results = eligibility.results(verification.id(), true);
            verificationNotes.put(day, outcome(results, people));
            results.stream().filter(r -> r.changed() && r.status() == EligibilityStatus.CANDIDATE).forEach(r -> candidates.add(r.personId()));
            LocalDate next = i + 1 < verificationDays.size() ? verificationDays.get(i + 1) : LocalDate.MAX;
            for (Loaded h : hiringMeetings) {
                if (!h.plan().day().isAfter(day) || !h.plan().day().isBefore(next)) continue;
                Long by = h.plan().attendance().entrySet().stream().filter(e -> DemoYear.PRESENT.equals(e.getValue()))
                        .map(e -> people.id(e.getKey())).findFirst().orElse(null);
                for (Long c : List.copyOf(candidates)) {
                    eligibility.confirm(c, by, people.email(by), h.plan().day());
                    confirmedAt.computeIfAbsent(h.id(), k -> new ArrayList<>()).add(c);
                    candidates.remove(c);
                }
                break;
            }
        }
        for (Long c : candidates) {
            loaded.stream().filter(l -> !l.held() && "hiring".equals(l.plan().body())).findFirst().ifPresent(h ->
                    meetings.addAgendaItem(h.id(), new AddAgendaItem("Confirmation de l'admission de " + people.name(c)
                            + " au comité de travail", "Candidat ou candidate depuis la dernière vérification.", null)));
        }

        // 3. the decisions of the register
        Map<Long, List<String>> decided = new HashMap<>();
        Map<String, Long> byFirstWords = new HashMap<>();
        long workCommittee = bodies.the(BodyKind.WORK_COMMITTEE).id();
        for (Loaded h : hiringMeetings) {
            for (Long c : confirmedAt.getOrDefault(h.id(), List.of())) {
                Decision d = register.record(new RecordDecision(h.body().id(), h.id(), null, "Confirmation de l'admission de "
                        + people.name(c) + " au comité de travail, après la vérification d'éligibilité.", Decision.HowTaken.CONSENSUS,
                        null, null, null, null, List.of("admission", "éligibilité"), false));
                decided.computeIfAbsent(h.id(), k -> new ArrayList<>()).add(d.text());
            }
        }
        for (YearTexts.Planned p : YearTexts.DECISIONS) {
            BodyRef body = byCode.get(p.body());
            if (body == null || p.day().isAfter(LocalDate.ofInstant(now, clock.getZone()))) continue;
            Decision.HowTaken how = Decision.HowTaken.valueOf(p.how());
            Loaded at = how == Decision.HowTaken.QUICK_DECISION ? null : loaded.stream()
                    .filter(l -> l.body().id() == body.id() && l.plan().day().equals(p.day())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no meeting of " + p.body() + " on " + p.day() + " for: " + p.text()));
            if (at != null && !at.held()) continue; // later today
            List<Long> voters = new ArrayList<>(), against = new ArrayList<>(), abstaining = new ArrayList<>();
            if (how == Decision.HowTaken.VOTE) {
                List<Long> members = at.plan().type().equals("PRODUCTION") || at.plan().type().equals("REFLECTION")
                        ? bodies.memberIds(workCommittee, p.day()) : null;
                for (var a : at.plan().attendance().entrySet()) {
                    long id = people.id(a.getKey());
                    if (DemoYear.PRESENT.equals(a.getValue()) && (members == null || members.contains(id))) voters.add(id);
                }
                for (int i = 0; i < p.against() && voters.size() > 1; i++) against.add(voters.removeLast());
                for (int i = 0; i < p.abstaining() && voters.size() > 1; i++) abstaining.add(voters.removeLast());
            }
            Decision d = register.record(new RecordDecision(body.id(), at == null ? null : at.id(),
                    at == null ? p.day() : null, p.text(), how, how == Decision.HowTaken.VOTE ? voters : null,
                    how == Decision.HowTaken.VOTE ? against : null, how == Decision.HowTaken.VOTE ? abstaining : null,
                    Decision.Status.valueOf(p.status()), p.tags(), p.isPublic()));
            byFirstWords.put(p.text(), d.id());
            if (p.reverses() != null) {
                byFirstWords.entrySet().stream().filter(e -> e.getKey().startsWith(p.reverses())).findFirst()
                        .ifPresent(e -> register.reverse(e.getValue(), d.id()));
            }
            if (at != null) decided.computeIfAbsent(at.id(), k -> new ArrayList<>()).add(p.text());
        }

        // 4. the minutes, written after each meeting by one of those present
        for (Loaded l : loaded) {
            if (!l.held()) continue;
            Sitting s = l.plan();
            List<String> present = new ArrayList<>(), excused = new ArrayList<>(), absent = new ArrayList<>();
            for (var a : s.attendance().entrySet()) {
                String name = people.firstName(a.getKey());
                switch (a.getValue()) {
                    case DemoYear.PRESENT -> present.add(name);
                    case DemoYear.EXCUSED -> excused.add(name);
                    default -> absent.add(name);
                }
            }
            List<String> verification = s.type().equals("REFLECTION") ? verificationNotes.getOrDefault(s.day(), List.of()) : List.of();
            String text = YearTexts.minutes(s, l.body().nameFr(), present, excused, absent, l.agenda(),
                    decided.getOrDefault(l.id(), List.of()), verification);
            String writer = writer(cast, s);
            if (writer == null) continue;
            Long writerId = people.id(writer);
            meetings.saveMinutes(l.id(), 0, text, writerId, people.email(writerId), false, s.endsAt().plus(Duration.ofHours(2)));
        }
        log.info("Demo meetings: {} meetings ({} held), {} verifications, {} decisions in {} ms.", loaded.size(),
                loaded.stream().filter(Loaded::held).count(), verificationDays.size(), YearTexts.DECISIONS.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The first reflection meeting held in each month, once two whole months of the year lie behind it (ADR 0501). */
    private static List<LocalDate> verificationDays(DemoYear year, List<Loaded> loaded) {
        Map<YearMonth, LocalDate> first = new TreeMap<>();
        for (Loaded l : loaded) {
            Sitting s = l.plan();
            if (l.held() && s.type().equals("REFLECTION") && !s.day().isBefore(year.from().plusMonths(2))) {
                first.putIfAbsent(YearMonth.from(s.day()), s.day());
            }
        }
        return List.copyOf(first.values());
    }

    /** What the minutes say of a verification: each change, and how many hold the membership. */
    private static List<String> outcome(List<Result> results, People people) {
        List<String> lines = new ArrayList<>();
        long holders = results.stream().filter(r -> r.status().holdsMembership()).count();
        lines.add(holders + " personnes membres du comité de travail à l'issue de la vérification.");
        for (Result r : results) {
            if (!r.changed()) continue;
            String name = people.name(r.personId());
            lines.add(switch (r.status()) {
                case CANDIDATE -> name + " : candidature au comité de travail, en probation de deux mois; confirmation demandée au comité d'embauche.";
                case MEMBER -> name + " devient membre du comité de travail.";
                case WARNED -> name + " reçoit un avertissement : heures sous le seuil du règlement.";
                case LOST -> name + " perd le statut de membre du comité de travail.";
                case NOT_ELIGIBLE -> name + " n'est pas admissible.";
            });
        }
        return lines;
    }

    /** Who put the items on the agenda: the committee's coordinator, else whoever holds coordination. */
    private static String proposer(DemoCast cast, Sitting s) {
        return cast.bodies().stream().filter(b -> b.code().equals(s.body()) && !b.members().isEmpty())
                .map(b -> b.members().getFirst()).findFirst()
                .orElseGet(() -> cast.workers().stream().filter(p -> p.roles().contains("coordination")).map(DemoCast.Person::key)
                        .findFirst().orElse(cast.workers().getFirst().key()));
    }

    /** The minutes are co-written: one of the workers present holds the pen, in turn. */
    private static String writer(DemoCast cast, Sitting s) {
        List<String> present = s.attendance().keySet().stream().filter(s::present)
                .filter(k -> cast.person(k).map(p -> p.worker() != null).orElse(false)).toList();
        if (present.isEmpty()) present = s.attendance().keySet().stream().filter(s::present).toList();
        return present.isEmpty() ? null : present.get((int) Math.floorMod(s.day().toEpochDay(), present.size()));
    }

    /** The cast's persons as the registry knows them. */
    private static final class People {
        private final Map<String, Long> ids = new LinkedHashMap<>();
        private final Map<Long, DemoCast.Person> byId = new HashMap<>();
        private final Set<String> workers;

        People(DemoCast cast, MemberDirectory members) {
            for (DemoCast.Person p : cast.persons()) {
                long id = members.personByEmail(p.email()).orElseThrow(() -> new IllegalStateException("demo person missing: " + p.email())).id();
                ids.put(p.key(), id);
                byId.put(id, p);
            }
            workers = Set.copyOf(cast.workers().stream().map(DemoCast.Person::key).toList());
        }

        Long id(String key) {
            return key == null ? null : ids.get(key);
        }

        boolean worker(String key) {
            return workers.contains(key);
        }

        String email(Long id) {
            return id == null ? null : byId.get(id).email();
        }

        String name(long id) {
            return byId.containsKey(id) ? byId.get(id).name() : "n° " + id;
        }

        String firstName(String key) {
            return byId.get(ids.get(key)).name().split(" ")[0];
        }
    }
}
