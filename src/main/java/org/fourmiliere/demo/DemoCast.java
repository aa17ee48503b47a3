package org.fourmiliere.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who is who in the demo collective, after Koumbit's annual report 2006–2007 (seed 000) and business plan
 * (seed 002): the board as printed there, the committees and teams, ten workers, individual members and the
 * client organisations named in the seeds. The structure is placed around today (mandates in force, members
 * in good standing) so that the demo is a living system; dated facts of the period (the wage from
 * 2007-03-13) keep their dates. E-mail addresses use the reserved domain {@code example.org}.
 */
public final class DemoCast {

    /** A person: {@code worker} names the engagement (VOLUNTEER, FREELANCE, SALARIED) or is null. */
    public record Person(String key, String name, String email, String language, String worker, List<String> roles) {}

    /** An organisation: kind NON_PROFIT, COOP, UNION, COMPANY or PUBLIC_BODY; {@code representative} a person key. */
    public record Organisation(String key, String name, String kind, String representative, boolean member) {}

    /** A committee or team with its members (person keys); the first member coordinates a committee. */
    public record Body(String code, String kind, String nameFr, String nameEn, boolean permanent, String mandateFr,
                       List<String> members) {}

    /** A board seat: kind WORK_COMMITTEE_DELEGATE, INDIVIDUAL_MEMBER or ORGANISATIONAL_MEMBER. */
    public record Seat(String kind, String holder, String organisation, String resignedHolder) {}

    /** The password of every demo person's sign-in: the demo is for looking around, never for real use. */
    public static final String PASSWORD = "fourmiliere-demo";

    private final LocalDate today;

    public DemoCast(Clock clock) {
        this.today = LocalDate.now(clock);
    }

    public LocalDate today() {
        return today;
    }

    /** The general assembly that elected the board in force: the last one, a year ago at most. */
    public LocalDate lastAssembly() {
        LocalDate thisYear = LocalDate.of(today.getYear(), 10, 20);
        return thisYear.isAfter(today) ? thisYear.minusYears(1) : thisYear;
    }

    public LocalDate nextAssembly() {
        return lastAssembly().plusYears(1);
    }

    public static final List<Person> PERSONS = List.of(
            new Person("antoine", "Antoine Beaupré", "antoine@example.org", "fr", "SALARIED", List.of("system-administration", "coordination")),
            new Person("omar", "Omar Bickell", "omar@example.org", "en", "SALARIED", List.of("web-development", "sales")),
            new Person("jsenecal", "Jean-Sébastien Senécal", "jsenecal@example.org", "fr", "SALARIED", List.of("web-development")),
            new Person("claire", "Claire Tremblay-Nadeau", "claire@example.org", "fr", "SALARIED", List.of("accounting", "secretariat")),
            new Person("mathieu", "Mathieu Lavoie", "mathieu@example.org", "fr", "FREELANCE", List.of("system-administration")),
            new Person("sofia", "Sofia Haddad", "sofia@example.org", "fr", "FREELANCE", List.of("graphic-design", "communication-marketing")),
            new Person("kim", "Kim Nguyen", "kim@example.org", "en", "FREELANCE", List.of("web-development")),
            new Person("julie", "Julie Gagnon", "julie@example.org", "fr", "FREELANCE", List.of("contract-grant-research")),
            new Person("felix", "Félix Ouellet", "felix@example.org", "fr", "VOLUNTEER", List.of("web-development")),
            new Person("amelie", "Amélie Roy", "amelie@example.org", "fr", "VOLUNTEER", List.of("communication-marketing")),
            new Person("patricia", "Patricia Bergeron", "patricia@example.org", "fr", null, List.of()),
            new Person("anne", "Anne Goldenberg", "anne@example.org", "fr", null, List.of()),
            new Person("yannick", "Yannick Brosseau", "yannick@example.org", "fr", null, List.of()),
            new Person("patrice", "Patrice D'Amours", "patrice@example.org", "fr", null, List.of()),
            new Person("lucie", "Lucie Bélanger", "lucie@example.org", "fr", null, List.of()),
            new Person("david", "David Morin", "david@example.org", "en", null, List.of()));

    public static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("labcmo", "LabCMO (UQAM)", "PUBLIC_BODY", "anne", true),
            new Organisation("facil", "FACIL, pour l'appropriation collective de l'informatique libre", "NON_PROFIT", "yannick", true),
            new Organisation("cmaq", "Centre des médias alternatifs du Québec (CMAQ)", "NON_PROFIT", null, true),
            new Organisation("alternatives", "Alternatives", "NON_PROFIT", null, true),
            new Organisation("praxis", "Coop Laboratoires Praxis", "COOP", null, true),
            new Organisation("cdec", "CDEC Villeray–Parc-Extension", "NON_PROFIT", null, false),
            new Organisation("rcabm", "Regroupement des centres d'action bénévole de la Montérégie", "NON_PROFIT", null, false),
            new Organisation("fqccl", "Fédération québécoise des centres communautaires de loisir", "NON_PROFIT", null, false));

    public static final List<Body> BODIES = List.of(
            new Body("production", "COMMITTEE", "Comité de production", "Production committee", true,
                    "Suivre au jour le jour la bonne marche des contrats; se réunit chaque semaine.",
                    List.of("omar", "antoine", "jsenecal", "kim", "mathieu", "sofia")),
            new Body("communication", "COMMITTEE", "Comité de communication et publicité", "Communication and publicity committee", true,
                    "Bulletin trimestriel, communiqués, normes graphiques, site web et portfolio, plan de communication.",
                    List.of("sofia", "amelie", "julie")),
            new Body("hiring", "COMMITTEE", "Comité d'embauche", "Hiring committee", true,
                    "Critères de distribution des contrats, d'embauche et de renvoi; évaluation des rôles et des travailleurs.",
                    List.of("claire", "antoine", "patricia", "lucie")),
            new Body("financing", "COMMITTEE", "Comité de financement et R&D", "Financing and R&D committee", true,
                    "Budgets et projections financières, recherche de financement.",
                    List.of("claire", "julie", "omar")),
            new Body("sysadmin", "COMMITTEE", "Comité de l'administration système", "System administration committee", true,
                    "Bon fonctionnement des serveurs et développement de l'infrastructure technique.",
                    List.of("antoine", "mathieu")),
            new Body("associative-life", "COMMITTEE", "Comité vie associative", "Associative life committee", true,
                    "Solutions aux problèmes associatifs, respect des principes, événements pédagogiques et festifs.",
                    List.of("amelie", "felix", "sofia", "claire")),
            new Body("drupal", "TEAM", "Équipe Drupal", "Drupal team", true, null, List.of("jsenecal", "kim", "felix", "omar")),
            new Body("infrastructure", "TEAM", "Équipe Infrastructure", "Infrastructure team", true, null, List.of("antoine", "mathieu")),
            new Body("non-profits", "TEAM", "Équipe OBNL", "Non-profits team", true, null, List.of("julie", "kim", "claire")));

    /** The board as printed in the 2006–07 report: two delegates, one individual, two organisations, two vacancies. */
    public static final List<Seat> SEATS = List.of(
            new Seat("WORK_COMMITTEE_DELEGATE", "antoine", null, null),
            new Seat("WORK_COMMITTEE_DELEGATE", "omar", null, null),
            new Seat("INDIVIDUAL_MEMBER", "patricia", null, null),
            new Seat("ORGANISATIONAL_MEMBER", "anne", "labcmo", null),
            new Seat("ORGANISATIONAL_MEMBER", "yannick", "facil", null),
            new Seat("INDIVIDUAL_MEMBER", null, null, "patrice"),
            new Seat("INDIVIDUAL_MEMBER", null, null, "anne"));

    /** The ten workers' keys. */
    public static List<Person> workers() {
        return PERSONS.stream().filter(p -> p.worker() != null).toList();
    }

    public static Optional<Person> person(String key) {
        return PERSONS.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public static String email(String key) {
        return person(key).map(Person::email).orElseThrow(() -> new IllegalArgumentException("no person " + key));
    }
}
