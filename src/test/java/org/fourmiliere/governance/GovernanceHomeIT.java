package org.fourmiliere.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.governance.internal.bodies.BoardService;
import org.fourmiliere.governance.internal.bodies.BodyCommands;
import org.fourmiliere.governance.internal.bodies.SeatKind;
import org.fourmiliere.governance.internal.decisions.Decision;
import org.fourmiliere.governance.internal.decisions.DecisionCommands.RecordDecision;
import org.fourmiliere.governance.internal.decisions.DecisionRegister;
import org.fourmiliere.governance.internal.eligibility.EligibilityService;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingType;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.TestClock;
import org.fourmiliere.support.Years;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Governance's blocks of the home page, each fragment as its reader gets it: the content for a person who has
 * data, the empty state, and 403 for whoever lacks the permission. Each test lives in a year of its own
 * ({@link Years#fresh()}): reflection meetings and the register's latest decisions are seen by everyone.
 */
@IntegrationTest
class GovernanceHomeIT extends MeetingTestBase {

    @Autowired WebApplicationContext context;
    @Autowired TestClock testClock;
    @Autowired BoardService board;
    @Autowired DecisionRegister register;
    @Autowired EligibilityService eligibility;
    static final DateTimeFormatter LONG_EN = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("en-CA"));
    static final DateTimeFormatter MEDIUM_EN = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag("en-CA"));
    static final DateTimeFormatter DAY_FR = DateTimeFormatter.ofPattern("EEE d MMM", Locale.FRENCH);
    MockMvc mvc;
    HomeFixtures home;

    /** A fragment as its reader got it. */
    record Fragment(int status, String html) {
        /** The element of that id, from its opening tag to the first closing tag of the same name. */
        String element(String id) {
            int at = html.indexOf("id=\"" + id + "\"");
            assertThat(at).as("element #" + id + " in\n" + html).isGreaterThanOrEqualTo(0);
            int start = html.lastIndexOf('<', at);
            String tag = html.substring(start + 1).split("[\\s>]", 2)[0];
            int end = html.indexOf("</" + tag + ">", at);
            return html.substring(start, end + tag.length() + 3);
        }

        /** The text of the element of that id, tags removed and blanks collapsed. */
        String text(String id) {
            return textOf(element(id));
        }

        boolean has(String id) {
            return html.contains("id=\"" + id + "\"");
        }

        /** How many elements carry that class. */
        int count(String cssClass) {
            Matcher m = Pattern.compile("class=\"(?:[^\"]*\\s)?" + Pattern.quote(cssClass) + "(?:\\s[^\"]*)?\"").matcher(html);
            int n = 0;
            while (m.find()) n++;
            return n;
        }

        static String textOf(String html) {
            return html.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&")
                    .replace("&lt;", "<").replace("&gt;", ">").replaceAll("\\s+", " ").strip();
        }
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        home = new HomeFixtures(facts, meetings, bodies, board, register, eligibility, registration, people, testClock);
    }

    /** GET as that person: their account's statuses are computed afresh by the application, as at each request. */
    Fragment get(Person p, String path) throws Exception {
        long account = accountDirectory.accountIdOfPerson(p.id()).orElseThrow();
        var principal = new SignedIn(account, p.email(), p.id(), "fr", Set.of());
        MockHttpServletResponse r = mvc.perform(MockMvcRequestBuilders.get(path)
                .with(authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()))))
                .andReturn().getResponse();
        r.setCharacterEncoding("UTF-8");
        return new Fragment(r.getStatus(), r.getContentAsString());
    }

    @Test
    void myComingMeetingsWithTheirAgendasTheFirstMarked() throws Exception {
        LocalDate day = LocalDate.of(Years.fresh(), 3, 13);
        home.at(day);
        Person nobody = home.worker("Nadia", "fr");
        Fragment empty = get(nobody, "/meetings/home");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.text("home-meetings-empty"))
                .isEqualTo("Aucune réunion pour vous dans les 6 prochaines semaines. "
                        + "Planifiez-en une ou abonnez-vous à votre calendrier depuis la page des réunions.");
        assertThat(empty.element("home-meetings-empty")).contains("href=\"/meetings\"");

        Person me = home.worker("Rosalie", "fr");
        long a = home.committee("Hébergement", "Hosting", me.id(), me.id());
        long other = home.committee("Autre", "Other", null);
        String aName = bodies.get(a).nameFr();
        Meeting over = home.meeting(a, MeetingType.COMMITTEE, day, LocalTime.of(7, 0), LocalTime.of(8, 30), null);
        Meeting next = home.meeting(a, MeetingType.COMMITTEE, day, LocalTime.of(13, 30), LocalTime.of(15, 0), "Local du collectif");
        home.agenda(next, "Budget de l'hébergement", "Nouveaux serveurs");
        Meeting soon = home.meeting(a, MeetingType.COMMITTEE, day.plusDays(3), LocalTime.of(18, 0), LocalTime.of(20, 0), null);
        Meeting notMine = home.meeting(other, MeetingType.COMMITTEE, day.plusDays(2), LocalTime.of(18, 0), LocalTime.of(20, 0), null);
        Meeting reflection = home.meeting(facts.workCommittee(), MeetingType.REFLECTION, day.plusDays(14),
                LocalTime.of(18, 0), LocalTime.of(21, 0), "Salle 2");
        home.agenda(reflection, "Bilan du mois");
        Meeting fourth = home.meeting(a, MeetingType.COMMITTEE, day.plusDays(20), LocalTime.of(18, 0), LocalTime.of(20, 0), null);
        Meeting fifth = home.meeting(a, MeetingType.COMMITTEE, day.plusDays(27), LocalTime.of(18, 0), LocalTime.of(20, 0), null);
        Meeting sixth = home.meeting(a, MeetingType.COMMITTEE, day.plusDays(34), LocalTime.of(18, 0), LocalTime.of(20, 0), null);
        Meeting later = home.meeting(a, MeetingType.COMMITTEE, day.plusDays(50), LocalTime.of(18, 0), LocalTime.of(20, 0), null);

        Fragment f = get(me, "/meetings/home");
        assertThat(f.status()).isEqualTo(200);
        assertThat(f.element("home-next-meeting")).contains("data-meeting-id=\"" + next.id() + "\"")
                .contains("href=\"/meetings/" + next.id() + "\"");
        assertThat(f.text("home-next-meeting")).isEqualTo(DAY_FR.format(day) + " 13:30–15:00 Réunion de comité · " + aName
                + " · Local du collectif Ordre du jour : Budget de l'hébergement · Nouveaux serveurs");
        assertThat(f.count("home-meeting")).isEqualTo(5);
        assertThat(f.text("home-meeting-" + soon.id())).contains(DAY_FR.format(day.plusDays(3)) + " 18:00–20:00")
                .contains("Rien à l'ordre du jour pour l'instant");
        assertThat(f.text("home-meeting-" + reflection.id())).contains("Réunion de réflexion")
                .contains("Salle 2").contains("Bilan du mois");
        assertThat(f.has("home-meeting-" + fourth.id())).isTrue();
        assertThat(f.has("home-meeting-" + fifth.id())).isTrue();
        for (Meeting absent : List.of(over, notMine, sixth, later)) {
            assertThat(f.html()).doesNotContain("data-meeting-id=\"" + absent.id() + "\"");
        }
        assertThat(f.has("home-meetings-empty")).isFalse();

        Person outsider = people.withAccount("Outsider");
        assertThat(get(outsider, "/meetings/home").status()).isEqualTo(403);
    }

    @Test
    void theLatestDecisionsOfTheRegister() throws Exception {
        // a year after every year given before: these are the register's latest decisions
        LocalDate day = LocalDate.of(Years.fresh(), 4, 14);
        home.at(day);
        Person me = home.worker("Rosalind", "en");
        long a = home.committee("Hébergement", "Hosting", me.id(), me.id());
        String aName = bodies.get(a).nameEn();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 6; i >= 1; i--) {
            Decision.HowTaken how = i == 2 ? Decision.HowTaken.VOTE : Decision.HowTaken.QUICK_DECISION;
            ids.add(register.record(new RecordDecision(a, null, day.minusDays(i), "Decision " + i + " of the hosting committee",
                    how, how == Decision.HowTaken.VOTE ? List.of(me.id()) : null, null, null,
                    i == 3 ? Decision.Status.REJECTED : null, List.of(), false)).id());
        }

        Fragment f = get(me, "/decisions/home");
        assertThat(f.status()).isEqualTo(200);
        String list = f.element("home-decisions-latest");
        assertThat(list).doesNotContain("home-decision-" + ids.getFirst() + "\"");
        int previous = -1;
        for (int i = 1; i <= 5; i++) {
            long id = ids.get(6 - i);
            int at = list.indexOf("id=\"home-decision-" + id + "\"");
            assertThat(at).as("decision " + i + " after the newer ones").isGreaterThan(previous);
            previous = at;
            assertThat(f.element("home-decision-" + id)).contains("href=\"/decisions#decision-" + id + "\"");
        }
        assertThat(f.text("home-decision-" + ids.get(5))).isEqualTo("Decision 1 of the hosting committee " + aName
                + " · " + MEDIUM_EN.format(day.minusDays(1)) + " · Quick decision");
        assertThat(f.text("home-decision-" + ids.get(4))).endsWith("· Vote");
        assertThat(f.text("home-decision-" + ids.get(3))).endsWith("· Quick decision · Rejected");
        assertThat(f.element("home-decisions-register")).contains("href=\"/decisions\"");

        assertThat(get(people.withAccount("Outsider"), "/decisions/home").status()).isEqualTo(403);
    }

    @Test
    void myStatusWithTheNumbersAndWhatIsMissing() throws Exception {
        int year = Years.fresh();
        HomeFixtures.Made made = home.personWithData(year, "en");
        Fragment f = get(made.person(), "/eligibility/home");
        assertThat(f.status()).isEqualTo(200);
        assertThat(f.text("home-status-now")).isEqualTo("Candidate (probation) at the verification of "
                + LONG_EN.format(made.verifiedOn()));
        assertThat(f.text("home-status-outlook"))
                .isEqualTo("To stay on the work committee at the verification in July " + year + ", with today's facts:");
        assertThat(f.text("home-status-hours")).isEqualTo("Hours, meetings excluded: May " + year + ": 11:40 of 10:00 ✓ met "
                + "June " + year + " (so far): 4:00 of 10:00 — 6:00 missing");
        assertThat(f.text("home-status-committees")).isEqualTo("Distinct committees: 1 of 2 — 1 missing");
        assertThat(f.text("home-status-reflections")).isEqualTo("Reflection meetings: 2 of 2 ✓ met");
        assertThat(f.text("home-status-two-months")).isEqualTo("Over the two months: 15:40 of 20:00 (under it, a warning) — 4:20 missing");
        assertThat(f.text("home-status-result")).isEqualTo("If nothing changes by then: Status lost");
        assertThat(f.text("home-status-next")).isEqualTo("Next verification: " + LONG_EN.format(made.reflection().day())
                + " (a reflection meeting day)");
        assertThat(f.element("home-status-now").length()).isPositive();
        assertThat(f.html()).contains("href=\"/eligibility/me\"");

        // never verified, nothing done yet: every number, in French
        Person newcomer = home.worker("Nadia", "fr");
        Fragment n = get(newcomer, "/eligibility/home");
        assertThat(n.text("home-status-now")).isEqualTo("Jamais vérifié·e : aucune vérification ne vous a encore examiné·e.");
        assertThat(n.text("home-status-outlook")).isEqualTo(
                "Pour entrer au comité de travail à la vérification prévue en juillet " + year + ", avec les faits d'aujourd'hui :");
        assertThat(n.text("home-status-hours")).isEqualTo("Heures hors réunions : mai " + year + " : 0 h 00 sur 10 h 00 — il manque 10 h 00 "
                + "juin " + year + " (jusqu'ici) : 0 h 00 sur 10 h 00 — il manque 10 h 00");
        assertThat(n.text("home-status-committees")).isEqualTo("Comités distincts : 0 sur 2 — il manque 2");
        assertThat(n.text("home-status-reflections")).isEqualTo("Réunions de réflexion : 0 sur 2 — il manque 2");
        assertThat(n.has("home-status-two-months")).isFalse();
        assertThat(n.text("home-status-result")).isEqualTo("Si rien ne change d'ici là : Non membre");

        // a board member who does not work for the collective takes part in meetings, but has no status to keep
        Person boardMember = people.withAccount("Board member");
        board.create(new BodyCommands.CreateSeat(SeatKind.INDIVIDUAL_MEMBER, null, made.today().minusYears(1),
                boardMember.id(), null, made.today().minusYears(1), made.today().plusYears(1)));
        assertThat(get(boardMember, "/meetings/home").status()).isEqualTo(200);
        assertThat(get(boardMember, "/eligibility/home").status()).isEqualTo(403);
    }

    @Test
    void myMandatesEndingSoonAndEveryonesForWhoManagesTheBodies() throws Exception {
        LocalDate day = LocalDate.of(Years.fresh(), 2, 11);
        home.at(day);
        Person me = home.worker("Rosalind", "en");
        long a = home.committee("Hébergement", "Hosting", me.id(), me.id());
        long b = home.committee("Formation", "Training", null, me.id());
        long c = home.committee("Archives", "Archives", null, me.id());
        bodies.leave(a, me.id(), day.plusDays(70), null);
        bodies.leave(b, me.id(), day.plusDays(40), null);
        bodies.leave(c, me.id(), day.plusDays(120), null);
        long seat = board.create(new BodyCommands.CreateSeat(SeatKind.INDIVIDUAL_MEMBER, null, day.minusYears(1), me.id(),
                null, day.minusYears(1), day.plusDays(20)));
        Person colleague = home.worker("Colleague", "en");
        bodies.join(b, colleague.id(), day.minusMonths(3), null);
        bodies.leave(b, colleague.id(), day.plusDays(10), null);

        // a seat on the board: the permission to manage the bodies, and so everyone's ends within 60 days too
        Fragment f = get(me, "/structure/home");
        assertThat(f.status()).isEqualTo(200);
        String mine = f.element("home-mandates-mine");
        int seatAt = mine.indexOf("id=\"home-mandate-SEAT-" + seat + "\"");
        int bAt = mine.indexOf("id=\"home-mandate-MEMBERSHIP-" + b + "\"");
        int aAt = mine.indexOf("id=\"home-mandate-COORDINATION-" + a + "\"");
        assertThat(seatAt).isNotNegative().isLessThan(bAt);
        assertThat(bAt).isLessThan(aAt);
        assertThat(mine).doesNotContain("-" + c + "\"");
        assertThat(f.text("home-mandate-SEAT-" + seat)).isEqualTo("Board seat (Individual member) ends on "
                + LONG_EN.format(day.plusDays(20)) + ", in 20 days");
        assertThat(f.element("home-mandate-SEAT-" + seat)).contains("href=\"/board/seats/" + seat + "\"");
        assertThat(f.text("home-mandate-MEMBERSHIP-" + b)).isEqualTo("Member: " + bodies.get(b).nameEn()
                + " ends on " + LONG_EN.format(day.plusDays(40)) + ", in 40 days");
        assertThat(f.text("home-mandate-COORDINATION-" + a)).isEqualTo("Coordination: " + bodies.get(a).nameEn()
                + " ends on " + LONG_EN.format(day.plusDays(70)) + ", in 70 days");
        String everyone = Fragment.textOf(f.element("home-mandates-everyone"));
        assertThat(everyone).contains(colleague.name() + " — Member: " + bodies.get(b).nameEn() + " ends on "
                        + LONG_EN.format(day.plusDays(10)) + ", in 10 days")
                .contains(me.name() + " — Board seat (Individual member)")
                .contains(me.name() + " — Member: " + bodies.get(b).nameEn())
                .doesNotContain("Coordination");

        // a worker who does not manage the bodies sees their own only
        Fragment theirs = get(colleague, "/structure/home");
        assertThat(theirs.text("home-mandates-mine")).isEqualTo("Member: " + bodies.get(b).nameEn()
                + " ends on " + LONG_EN.format(day.plusDays(10)) + ", in 10 days");
        assertThat(theirs.html()).doesNotContain("home-mandates-everyone");

        Person newcomer = home.worker("Nadia", "fr");
        assertThat(get(newcomer, "/structure/home").text("home-mandates-empty"))
                .isEqualTo("Aucun de vos mandats ne finit dans les 90 prochains jours. Voir la structure du collectif.");

        assertThat(get(people.withAccount("Outsider"), "/structure/home").status()).isEqualTo(403);
    }
}
