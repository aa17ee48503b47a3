package org.fourmiliere.demo;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.shared.demo.DemoCast;
import org.fourmiliere.shared.demo.DemoCast.Person;
import org.fourmiliere.shared.demo.DemoYear;
import org.fourmiliere.shared.demo.DemoYear.Activity;
import org.fourmiliere.shared.demo.DemoYear.Sitting;
import org.fourmiliere.shared.demo.DemoYear.Work;

/**
 * The year the demo collective lived, from June 2006 to its today, after the annual report 2006–07 (seed 000) and
 * the business plan (seed 002): the weekly production meeting on Monday afternoons (three coordination meetings and
 * a reflection meeting a month before the holidays, a production meeting every week after them), the reflection
 * meeting on the first Tuesday of the month, each committee once a month, the board four times a year, the general
 * assembly of the fall; and each worker's week by engagement — salaried (about 24 h a week, 34 h once the four
 * salaried posts exist in April 2007), freelancers three days a week, volunteers a few hours — on the client
 * contracts and internal roles of their roles, with Wednesday the day at the office, volunteer hours given freely and
 * mandated hours of system administration and accounting left unpaid. A worker's blocks are cut around every meeting
 * they attend, so that the meeting time recorded from attendance never overlaps them.
 * <p>
 * The eligibility story (§4, ADR 0500): the paid workers hold the work committee from its start; {@value #NEWCOMER}, a
 * volunteer, gives her ten hours a month from September 2006 and attends, becomes a candidate in November and a
 * member in January once the hiring committee confirmed her; {@value #CANDIDATE} does the same from April 2007 and is
 * a candidate at the verification of June 5, 2007; {@value #WARNED}, a freelancer short of contracts from late April
 * 2007 (under ten hours in May), is warned at that verification.
 * <p>
 * Deterministic: no clock, no randomness; what varies (who is excused, which contract a morning goes to) comes from
 * hashes of names and days.
 */
final class KoumbitYear {

    static final LocalDate FIRST_DAY = LocalDate.of(2006, 6, 1);
    /** The year is told when the demo's today lies between these days; otherwise the demo is its structure only. */
    static final LocalDate EARLIEST_TODAY = LocalDate.of(2006, 8, 1), LATEST_TODAY = LocalDate.of(2008, 5, 31);

    /** The office at 8655 Saint-Denis; after the holidays, the weekly production meeting; the four salaried posts. */
    static final LocalDate OFFICE = LocalDate.of(2006, 9, 1), RESTRUCTURED = LocalDate.of(2007, 1, 1),
            SALARIED_POSTS = LocalDate.of(2007, 4, 1);

    static final String NEWCOMER = "amelie", CANDIDATE = "felix", WARNED = "julie";
    static final LocalDate NEWCOMER_ACTIVE = LocalDate.of(2006, 9, 1), CANDIDATE_ACTIVE = LocalDate.of(2007, 4, 1);
    static final LocalDate WARNED_FROM = LocalDate.of(2007, 4, 23), WARNED_UNTIL = LocalDate.of(2007, 5, 31);

    private static final int SHORTEST_PIECE_MINUTES = 30;
    private static final String PAID = "PAID", VOLUNTEER = "VOLUNTEER", MANDATED = "MANDATED_UNPAID";

    private static final Set<LocalDate> HOLIDAYS = Set.of(
            d(2006, 6, 24), d(2006, 7, 1), d(2006, 9, 4), d(2006, 10, 9),
            d(2007, 4, 6), d(2007, 4, 9), d(2007, 5, 21), d(2007, 6, 25), d(2007, 7, 2), d(2007, 9, 3), d(2007, 10, 8),
            d(2008, 3, 21), d(2008, 3, 24), d(2008, 5, 19), d(2008, 6, 24), d(2008, 7, 1));

    private static final List<LocalDate> BOARD_DAYS = List.of(d(2006, 9, 14), d(2006, 12, 7), d(2007, 3, 22),
            d(2007, 6, 7), d(2007, 9, 13), d(2007, 12, 6), d(2008, 3, 13), d(2008, 6, 12));

    /** When each committee meets: the n-th weekday of the month, from and to. */
    private record Slot(DayOfWeek day, int week, LocalTime start, LocalTime end) {}

    private static final Map<String, Slot> COMMITTEE_SLOTS = Map.of(
            "communication", new Slot(WEDNESDAY, 2, t(16, 0), t(17, 30)),
            "hiring", new Slot(THURSDAY, 3, t(18, 0), t(19, 30)),
            "financing", new Slot(THURSDAY, 2, t(10, 0), t(11, 30)),
            "sysadmin", new Slot(TUESDAY, 3, t(10, 0), t(11, 30)),
            "associative-life", new Slot(WEDNESDAY, 4, t(16, 0), t(17, 30)));
    private static final Slot OTHER_COMMITTEE = new Slot(FRIDAY, 2, t(10, 0), t(11, 30));

    private static final String OLD_PLACE = "Locaux d'Alternatives, 3720 avenue du Parc";
    private static final String OFFICE_PLACE = "Bureau, 8655 rue Saint-Denis";

    /** The activities of the time tracker, with the day each starts to be worked on (null: from the start). */
    private record Planned(Activity activity, LocalDate from, List<String> notes) {}

    private static final List<Planned> ACTIVITIES = List.of(
            contract("contrat-cmaq", "CMAQ — hébergement et soutien du site", "cmaq", 120, null,
                    "Mise à jour du site du CMAQ", "Soutien aux contributeurs", "Sauvegardes du CMAQ"),
            contract("contrat-alternatives", "Alternatives — refonte du site (Drupal)", "alternatives", 300, null,
                    "Thème et gabarits", "Migration des articles", "Module de dons", "Tests avec l'équipe d'Alternatives"),
            contract("contrat-praxis", "Coop Laboratoires Praxis — intranet et graphisme", "praxis", 150, null,
                    "Maquettes graphiques", "Intranet : gestion des membres", "Rencontre avec la coop"),
            contract("contrat-cdec", "CDEC Villeray–Parc-Extension — site web", "cdec", 120, d(2006, 11, 1),
                    "Architecture du site", "Formation de l'équipe de la CDEC", "Intégration du contenu"),
            contract("contrat-rcabm", "RCABM — portail des centres d'action bénévole", "rcabm", 250, null,
                    "Répertoire des centres", "Calendrier des activités", "Correctifs après la mise en ligne"),
            contract("contrat-fqccl", "FQCCL — serveur en colocation", "fqccl", 60, null,
                    "Installation du serveur de la FQCCL", "Surveillance et mises à jour"),
            contract("contrat-labcmo", "LabCMO (UQAM) — site de recherche", "labcmo", 100, null,
                    "Bibliographie en ligne", "Gabarit du site du LabCMO"),
            contract("contrat-facil", "FACIL — wiki et listes de discussion", "facil", 40, null,
                    "Wiki de FACIL", "Listes de discussion"),
            project("projet-site-koumbit", "Refonte du site de Koumbit (Drupal 5)", d(2007, 1, 8),
                    "Migration du contenu vers Drupal 5", "Logo remanié", "Portfolio", "Traduction vers l'anglais"),
            project("projet-strategie-drupal", "Stratégie Drupal", d(2007, 2, 6),
                    "Contribution de modules", "Rencontre de la communauté Drupal de Montréal"),
            project("projet-filmforge", "FilmForge", null, "Serveur de FilmForge", "Documentation de FilmForge"),
            project("projet-appellemoi", "AppelleMoi (téléphonie IP)", d(2007, 5, 1),
                    "Essais d'Asterisk", "Boîtes vocales IP"),
            internal("coordination", "Coordination", "Suivi de la ProjectList", "Ordre du jour de la réunion", "Suivi des comités"),
            internal("comptabilite", "Comptabilité", "Saisie des factures", "Paies", "Rapprochement bancaire",
                    "États financiers trimestriels"),
            internal("secretariat", "Secrétariat", "Courrier et téléphone", "Procès-verbaux", "Cotisations des membres"),
            internal("admin-systeme", "Administration système et infrastructure", "Mises à jour de sécurité",
                    "Sauvegardes et surveillance", "Quotas de disque sur Homère", "Serveur de bases de données"),
            internal("ventes", "Ventes et soumissions", "Soumission", "Devis dans LedgerSMB", "Appel d'un client"),
            internal("communication", "Communication et marketing", "Bulletin La fourmi", "Communiqué", "Normes graphiques"),
            internal("recherche-financement", "Recherche de contrats et de subventions", "Plan d'affaires pour la CDEC",
                    "Demande de subvention", "Veille des bailleurs de fonds"),
            internal("soutien", "Soutien aux membres hébergés (RT)", "Requêtes RT", "Soutien AlternC"),
            internal("vie-associative", "Vie associative", "Atelier du mercredi : transfert de connaissances",
                    "Trousse de vie associative", "Accueil des nouveaux membres"),
            meetings("reunions-comite-travail", "Réunions du comité de travail (réflexion et production)", "work-committee"),
            meetings("reunions-communication", "Réunions du comité de communication et publicité", "communication"),
            meetings("reunions-embauche", "Réunions du comité d'embauche", "hiring"),
            meetings("reunions-financement", "Réunions du comité de financement et R&D", "financing"),
            meetings("reunions-admin-systeme", "Réunions du comité de l'administration système", "sysadmin"),
            meetings("reunions-vie-associative", "Réunions du comité vie associative", "associative-life"),
            meetings("reunions-conseil", "Réunions du conseil d'administration", "board"));

    /** What each role works on. */
    private static final Map<String, List<String>> ROLE_WORK = Map.of(
            "system-administration", List.of("admin-systeme", "contrat-fqccl", "contrat-cmaq", "soutien", "projet-appellemoi"),
            "coordination", List.of("coordination"),
            "web-development", List.of("contrat-alternatives", "contrat-rcabm", "contrat-cdec", "contrat-labcmo", "projet-site-koumbit"),
            "sales", List.of("ventes", "contrat-praxis"),
            "accounting", List.of("comptabilite"),
            "secretariat", List.of("secretariat"),
            "graphic-design", List.of("contrat-praxis", "projet-site-koumbit", "contrat-labcmo"),
            "communication-marketing", List.of("communication", "projet-site-koumbit"),
            "contract-grant-research", List.of("recherche-financement", "ventes", "contrat-facil"));

    /** What volunteers work on (never a client's contract). */
    private static final Map<String, List<String>> VOLUNTEER_WORK = Map.of(
            "web-development", List.of("projet-filmforge", "projet-strategie-drupal", "projet-site-koumbit"),
            "communication-marketing", List.of("communication", "vie-associative", "projet-site-koumbit"));

    private final DemoCast cast;
    private final LocalDate today;
    private final LocalDate until;
    private final Map<String, Planned> activities = new LinkedHashMap<>();
    private final List<String> founders;
    private final List<String> freelancers;

    private KoumbitYear(DemoCast cast) {
        this.cast = cast;
        this.today = cast.today();
        this.until = YearMonth.from(today).plusMonths(2).atEndOfMonth();
        ACTIVITIES.forEach(p -> activities.put(p.activity().code(), p));
        this.founders = cast.workers().stream().filter(KoumbitYear::foundsTheWorkCommittee).map(Person::key).toList();
        this.freelancers = cast.workers().stream().filter(p -> "FREELANCE".equals(p.worker())).map(Person::key).toList();
    }

    /**
     * The paid workers (salaried and freelancers) hold the work committee from its start; volunteers join it through
     * the eligibility verifications.
     */
    static boolean foundsTheWorkCommittee(Person p) {
        return "SALARIED".equals(p.worker()) || "FREELANCE".equals(p.worker());
    }

    /** The year lived up to the cast's today (and the meetings to come to the end of the second month after it). */
    static DemoYear of(DemoCast cast) {
        if (cast.today().isBefore(EARLIEST_TODAY) || cast.today().isAfter(LATEST_TODAY)) return DemoYear.NONE;
        return new KoumbitYear(cast).build();
    }

    private DemoYear build() {
        List<Sitting> sittings = sittings();
        Map<LocalDate, List<Sitting>> byDay = new HashMap<>();
        sittings.forEach(s -> byDay.computeIfAbsent(s.day(), k -> new ArrayList<>()).add(s));
        List<Work> work = new ArrayList<>();
        for (LocalDate day = FIRST_DAY; !day.isAfter(today); day = day.plusDays(1)) {
            for (Person w : cast.workers()) {
                List<Sitting> attended = byDay.getOrDefault(day, List.of()).stream().filter(s -> s.present(w.key())).toList();
                for (Work block : blocks(w, day)) work.addAll(around(block, attended));
            }
        }
        return new DemoYear(FIRST_DAY, ACTIVITIES.stream().map(Planned::activity).toList(), sittings, work);
    }

    // ------------------------------------------------------------------ meetings

    private List<Sitting> sittings() {
        List<Sitting> out = new ArrayList<>();
        Set<LocalDate> reflections = reflectionDays();
        for (LocalDate day = FIRST_DAY; !day.isAfter(until); day = day.plusDays(1)) {
            String place = day.isBefore(OFFICE) ? OLD_PLACE : OFFICE_PLACE;
            if (day.getDayOfWeek() == MONDAY && !closed(day)
                    && !(day.isBefore(RESTRUCTURED) && reflections.contains(day.plusDays(1)))) {
                out.add(sitting("work-committee", "PRODUCTION", day, t(13, 30), t(15, 30), place, this::production, List.of()));
            }
            if (reflections.contains(day)) {
                boolean retreat = day.getDayOfWeek() == FRIDAY; // the Journées de réflexion, a day long
                out.add(sitting("work-committee", "REFLECTION", day, retreat ? t(9, 30) : t(18, 0), retreat ? t(17, 0) : t(21, 0),
                        retreat ? "Journées de réflexion (forum ouvert), lieu à confirmer" : place + " (ouverte au public)",
                        this::reflection, List.of()));
            }
            if (BOARD_DAYS.contains(day)) {
                out.add(sitting("board", "BOARD", day, t(18, 30), t(20, 30), place, this::board, boardMembers(day)));
            }
            if (day.equals(cast.lastAssembly()) || day.equals(cast.nextAssembly())) {
                out.add(sitting("general-assembly", "GENERAL_ASSEMBLY", day, t(18, 30), t(21, 30),
                        "Centre Saint-Pierre, 1212 rue Panet", this::assembly, cast.persons().stream().map(Person::key).toList()));
            }
            for (DemoCast.Body b : cast.bodies()) {
                if (!"COMMITTEE".equals(b.kind()) || "production".equals(b.code())) continue;
                Slot slot = COMMITTEE_SLOTS.getOrDefault(b.code(), OTHER_COMMITTEE);
                LocalDate meets = day.with(TemporalAdjusters.dayOfWeekInMonth(slot.week(), slot.day()));
                if (meets.equals(day) && !closed(day)) {
                    out.add(sitting(b.code(), "COMMITTEE", day, slot.start(), slot.end(), place, this::committee, b.members()));
                }
            }
        }
        out.sort(Comparator.comparing(Sitting::day).thenComparing(Sitting::start));
        return out;
    }

    /** The first Tuesday of each month (the second in January, after the holidays), the extra one of 2006-12-19, the Journées de réflexion. */
    static Set<LocalDate> reflectionDays() {
        Set<LocalDate> days = new LinkedHashSet<>();
        for (YearMonth m = YearMonth.from(FIRST_DAY); !m.isAfter(YearMonth.from(LATEST_TODAY).plusMonths(2)); m = m.plusMonths(1)) {
            days.add(m.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(m.getMonthValue() == 1 ? 2 : 1, TUESDAY)));
        }
        days.add(d(2006, 12, 19));
        days.add(d(2007, 7, 27));
        return days;
    }

    private interface Presence {
        String of(String person, LocalDate day, String body);
    }

    private Sitting sitting(String body, String type, LocalDate day, LocalTime start, LocalTime end, String place,
                            Presence presence, List<String> invited) {
        Map<String, String> attendance = new LinkedHashMap<>();
        if (!day.isAfter(today)) {
            List<String> who = invited.isEmpty() ? cast.workers().stream().map(Person::key).toList() : invited;
            for (String p : who) {
                String s = presence.of(p, day, body);
                if (s != null) attendance.putIfAbsent(p, s);
            }
        }
        return new Sitting(body, type, day, start, end, place, attendance);
    }

    private String production(String p, LocalDate day, String body) {
        if (onVacation(p, day)) return DemoYear.EXCUSED;
        int h = hash(p, day, "production");
        if (p.equals(NEWCOMER)) return !day.isBefore(NEWCOMER_ACTIVE) && h < 30 ? DemoYear.PRESENT : null;
        if (p.equals(CANDIDATE)) return !day.isBefore(CANDIDATE_ACTIVE) ? (h < 80 ? DemoYear.PRESENT : DemoYear.EXCUSED)
                : h < 15 ? DemoYear.PRESENT : null;
        if (!founders.contains(p)) return h < 20 ? DemoYear.PRESENT : null;
        return h < 6 ? DemoYear.EXCUSED : h < 9 ? DemoYear.ABSENT : DemoYear.PRESENT;
    }

    private String reflection(String p, LocalDate day, String body) {
        if (founders.contains(p)) return DemoYear.PRESENT;
        int h = hash(p, day, "reflection");
        LocalDate active = p.equals(NEWCOMER) ? NEWCOMER_ACTIVE : p.equals(CANDIDATE) ? CANDIDATE_ACTIVE : null;
        if (active != null && !day.isBefore(active)) return DemoYear.PRESENT;
        return h < 30 ? DemoYear.PRESENT : DemoYear.ABSENT;
    }

    private String committee(String p, LocalDate day, String body) {
        int h = hash(p, day, body);
        if (cast.person(p).map(x -> x.worker() == null).orElse(true)) return h < 20 ? DemoYear.EXCUSED : DemoYear.PRESENT;
        if (onVacation(p, day)) return DemoYear.EXCUSED;
        // a founder is excused now and then, in odd months out of the summer (when the holidays already keep some away)
        boolean summer = day.getMonthValue() >= 6 && day.getMonthValue() <= 9;
        if (founders.contains(p)) return !summer && day.getMonthValue() % 2 == 1 && h < 20 ? DemoYear.EXCUSED : DemoYear.PRESENT;
        LocalDate active = p.equals(NEWCOMER) ? NEWCOMER_ACTIVE : p.equals(CANDIDATE) ? CANDIDATE_ACTIVE : null;
        if (active != null && !day.isBefore(active)) return DemoYear.PRESENT;
        return h < 40 ? DemoYear.PRESENT : DemoYear.EXCUSED;
    }

    private String board(String p, LocalDate day, String body) {
        return hash(p, day, body) < 15 ? DemoYear.EXCUSED : DemoYear.PRESENT;
    }

    private String assembly(String p, LocalDate day, String body) {
        if (cast.person(p).map(x -> x.worker() != null).orElse(false)) return DemoYear.PRESENT;
        return hash(p, day, body) < 25 ? DemoYear.EXCUSED : DemoYear.PRESENT;
    }

    /** Who sits on the board on a day: the holders of the seats, and those who resigned until they did. */
    private List<String> boardMembers(LocalDate day) {
        Set<String> members = new LinkedHashSet<>();
        LocalDate resigned = cast.lastAssembly().plusMonths(1);
        for (DemoCast.Seat s : cast.seats()) {
            if (s.holder() != null) members.add(s.holder());
            else if (s.resignedHolder() != null && day.isBefore(resigned)) members.add(s.resignedHolder());
        }
        return List.copyOf(members);
    }

    // ------------------------------------------------------------------ work

    /** A worker's blocks on a day, before they are cut around meetings. */
    private List<Work> blocks(Person w, LocalDate day) {
        if (closed(day) || onVacation(w.key(), day)) return List.of();
        DayOfWeek dow = day.getDayOfWeek();
        List<Work> out = new ArrayList<>();
        switch (w.worker()) {
            case "SALARIED" -> {
                if (day.isBefore(SALARIED_POSTS)) {
                    if (dow != FRIDAY) {
                        out.add(block(w, day, t(9, 30), t(12, 0), 0));
                        out.add(block(w, day, t(13, 0), t(16, 30), 1));
                    }
                } else {
                    out.add(block(w, day, t(9, 0), t(12, 0), 0));
                    out.add(block(w, day, t(13, 0), dow == FRIDAY ? t(16, 0) : t(17, 0), 1));
                }
            }
            case "FREELANCE" -> {
                if (w.key().equals(WARNED) && !day.isBefore(WARNED_FROM) && !day.isAfter(WARNED_UNTIL)) {
                    if (dow == THURSDAY) out.add(block(w, day, t(13, 0), t(14, 30), 1));
                } else if (freelanceDays(w.key()).contains(dow)) {
                    boolean lightWeek = hash(w.key(), day.with(MONDAY), "week") < 25;
                    if (dow == WEDNESDAY || !lightWeek) {
                        out.add(block(w, day, t(9, 30), t(12, 0), 0));
                        out.add(block(w, day, t(13, 0), hash(w.key(), day, "long") < 25 ? t(17, 30) : t(16, 0), 1));
                    }
                }
            }
            default -> { // volunteers
                int week = day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                if (w.key().equals(NEWCOMER) && !day.isBefore(NEWCOMER_ACTIVE)) {
                    if (dow == WEDNESDAY) out.add(block(w, day, t(13, 0), t(16, 0), 1));
                    if (dow == THURSDAY) out.add(block(w, day, t(19, 0), t(21, 0), 2));
                } else if (w.key().equals(CANDIDATE) && !day.isBefore(CANDIDATE_ACTIVE)) {
                    if (dow == WEDNESDAY) {
                        out.add(block(w, day, t(10, 0), t(12, 0), 0));
                        out.add(block(w, day, t(13, 0), t(16, 0), 1));
                    }
                } else if (dow == WEDNESDAY && (w.key().equals(CANDIDATE) ? week % 2 == 1 : week % 2 == 0 || !w.key().equals(NEWCOMER))) {
                    out.add(block(w, day, t(13, 30), t(15, 30), 1));
                }
            }
        }
        if (!"VOLUNTEER".equals(w.worker())) {
            if (w.roles().contains("system-administration") && dow == THURSDAY) {
                out.add(new Work(w.key(), day, t(19, 30), t(21, 30), "admin-systeme", MANDATED, false, "Garde des serveurs (soir)"));
            }
            if (w.roles().contains("accounting") && dow == TUESDAY && day.getDayOfMonth() >= 24) {
                out.add(new Work(w.key(), day, t(19, 0), t(21, 0), "comptabilite", MANDATED, false,
                        "Fin de mois : saisie et rapprochement bancaire"));
            }
        }
        return out;
    }

    /** The three weekdays of each freelancer, Wednesday (the day at the office) among them. */
    private Set<DayOfWeek> freelanceDays(String key) {
        return switch (freelancers.indexOf(key) % 4) {
            case 0 -> Set.of(MONDAY, WEDNESDAY, THURSDAY);
            case 1 -> Set.of(TUESDAY, WEDNESDAY, FRIDAY);
            case 2 -> Set.of(MONDAY, WEDNESDAY, FRIDAY);
            default -> Set.of(TUESDAY, WEDNESDAY, THURSDAY);
        };
    }

    /** One block: the activity from the worker's roles, the kind from the engagement, a note now and then. */
    private Work block(Person w, LocalDate day, LocalTime start, LocalTime end, int n) {
        boolean volunteer = "VOLUNTEER".equals(w.worker());
        String activity;
        String kind = volunteer ? VOLUNTEER : PAID;
        if (!volunteer && day.getDayOfWeek() == WEDNESDAY && n == 1 && hash(w.key(), day, "given") < 45) {
            activity = "vie-associative";
            kind = VOLUNTEER;
        } else {
            List<String> pool = new ArrayList<>();
            for (String role : w.roles()) {
                for (String a : (volunteer ? VOLUNTEER_WORK : ROLE_WORK).getOrDefault(role, List.of())) {
                    Planned p = activities.get(a);
                    if (p != null && (p.from() == null || !day.isBefore(p.from())) && !pool.contains(a)) pool.add(a);
                }
            }
            activity = pool.isEmpty() ? "vie-associative" : pool.get(hash(w.key(), day, "activity" + n) % pool.size());
        }
        Planned p = activities.get(activity);
        boolean billable = PAID.equals(kind) && "CONTRACT".equals(p.activity().kind());
        boolean recent = !day.isBefore(today.minusDays(10));
        String note = recent || hash(w.key(), day, "note" + n) < 35 ? p.notes().get(hash(w.key(), day, "which" + n) % p.notes().size()) : null;
        return new Work(w.key(), day, start, end, activity, kind, billable, note);
    }

    /** The parts of a block outside the meetings attended that day; pieces shorter than half an hour are dropped. */
    static List<Work> around(Work block, List<Sitting> attended) {
        List<Work> pieces = new ArrayList<>(List.of(block));
        for (Sitting s : attended) {
            List<Work> next = new ArrayList<>();
            for (Work w : pieces) {
                if (!s.start().isBefore(w.end()) || !s.end().isAfter(w.start())) {
                    next.add(w);
                    continue;
                }
                if (s.start().isAfter(w.start())) next.add(piece(w, w.start(), s.start()));
                if (s.end().isBefore(w.end())) next.add(piece(w, s.end(), w.end()));
            }
            pieces = next;
        }
        return pieces.stream().filter(w -> ChronoUnit.MINUTES.between(w.start(), w.end()) >= SHORTEST_PIECE_MINUTES).toList();
    }

    private static Work piece(Work w, LocalTime start, LocalTime end) {
        return new Work(w.person(), w.day(), start, end, w.activity(), w.kind(), w.billable(), w.note());
    }

    // ------------------------------------------------------------------ calendar

    /** Weekends, Québec's statutory holidays and the holidays at the end of December. */
    static boolean closed(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY || HOLIDAYS.contains(day)) return true;
        return day.getMonthValue() == 12 && day.getDayOfMonth() >= 22 || day.getMonthValue() == 1 && day.getDayOfMonth() <= 2;
    }

    /** Two weeks of summer holidays for each paid worker, staggered over July and August. */
    private boolean onVacation(String person, LocalDate day) {
        int i = founders.indexOf(person);
        if (i < 0) return false;
        LocalDate start = List.of(d(2006, 7, 10), d(2006, 7, 17), d(2006, 8, 7), d(2006, 8, 14)).get(i % 4);
        LocalDate thisYear = start.plusWeeks(52L * (day.getYear() - 2006));
        return !day.isBefore(thisYear) && day.isBefore(thisYear.plusDays(12));
    }

    /** A number from 0 to 99 that stands for chance, the same on every run. */
    static int hash(String who, LocalDate day, String what) {
        int h = (who + "|" + day + "|" + what).hashCode();
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return Math.floorMod(h, 100);
    }

    private static Planned contract(String code, String name, String organisation, int budgetHours, LocalDate from, String... notes) {
        return new Planned(new Activity(code, name, "CONTRACT", organisation, null, true, budgetHours), from, List.of(notes));
    }

    private static Planned project(String code, String name, LocalDate from, String... notes) {
        return new Planned(new Activity(code, name, "PROJECT", null, null, false, null), from, List.of(notes));
    }

    private static Planned internal(String code, String name, String... notes) {
        return new Planned(new Activity(code, name, "INTERNAL", null, null, false, null), null, List.of(notes));
    }

    private static Planned meetings(String code, String name, String body) {
        return new Planned(new Activity(code, name, "COMMITTEE", null, body, false, null), null, List.of("Réunion"));
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static LocalTime t(int h, int m) {
        return LocalTime.of(h, m);
    }
}
