package org.fourmiliere.demo;

import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.shared.demo.DemoCast;
import org.fourmiliere.shared.demo.DemoCast.Body;
import org.fourmiliere.shared.demo.DemoCast.Organisation;
import org.fourmiliere.shared.demo.DemoCast.Person;
import org.fourmiliere.shared.demo.DemoCast.Seat;

/**
 * The demo collective, after Koumbit's annual report 2006–2007 (seed 000) and business plan (seed 002): the
 * board as printed there, the committees and teams, ten workers, individual members and the client
 * organisations named in the seeds. The structure is placed around the day of loading so that the demo is a
 * living system; dated facts of the period (the wage from 2007-03-13) keep their dates. E-mail addresses use
 * the reserved domain {@code example.org}.
 */
final class Koumbit2007 {

    /** The password of every demo person's sign-in: the demo is for looking around, never for real use. */
    static final String PASSWORD = "fourmiliere-demo";

    private Koumbit2007() {
    }

    /** The cast, placed around {@code today}, with the year it lived up to that day ({@link KoumbitYear}). */
    static DemoCast cast(LocalDate today) {
        DemoCast cast = new DemoCast(today, PASSWORD, PERSONS, ORGANISATIONS, BODIES, SEATS);
        return cast.withYear(KoumbitYear.of(cast));
    }

    static final List<Person> PERSONS = List.of(
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

    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("labcmo", "LabCMO (UQAM)", "PUBLIC_BODY", "anne", true),
            new Organisation("facil", "FACIL, pour l'appropriation collective de l'informatique libre", "NON_PROFIT", "yannick", true),
            new Organisation("cmaq", "Centre des médias alternatifs du Québec (CMAQ)", "NON_PROFIT", null, true),
            new Organisation("alternatives", "Alternatives", "NON_PROFIT", null, true),
            new Organisation("praxis", "Coop Laboratoires Praxis", "COOP", null, true),
            new Organisation("cdec", "CDEC Villeray–Parc-Extension", "NON_PROFIT", null, false),
            new Organisation("rcabm", "Regroupement des centres d'action bénévole de la Montérégie", "NON_PROFIT", null, false),
            new Organisation("fqccl", "Fédération québécoise des centres communautaires de loisir", "NON_PROFIT", null, false));

    static final List<Body> BODIES = List.of(
            new Body("production", "COMMITTEE", "Comité de production", "Production committee", true,
                    "Suivre au jour le jour la bonne marche des contrats; se réunit chaque semaine.",
                    List.of("omar", "antoine", "jsenecal", "kim", "mathieu", "sofia")),
            new Body("communication", "COMMITTEE", "Comité de communication et publicité", "Communication and publicity committee", true,
                    "Bulletin trimestriel, communiqués, normes graphiques, site web et portfolio, plan de communication.",
                    List.of("sofia", "amelie", "julie", "kim")),
            new Body("hiring", "COMMITTEE", "Comité d'embauche", "Hiring committee", true,
                    "Critères de distribution des contrats, d'embauche et de renvoi; évaluation des rôles et des travailleurs.",
                    List.of("claire", "antoine", "patricia", "lucie")),
            new Body("financing", "COMMITTEE", "Comité de financement et R&D", "Financing and R&D committee", true,
                    "Budgets et projections financières, recherche de financement.",
                    List.of("claire", "julie", "omar")),
            new Body("sysadmin", "COMMITTEE", "Comité de l'administration système", "System administration committee", true,
                    "Bon fonctionnement des serveurs et développement de l'infrastructure technique.",
                    List.of("antoine", "mathieu", "jsenecal")),
            new Body("associative-life", "COMMITTEE", "Comité vie associative", "Associative life committee", true,
                    "Solutions aux problèmes associatifs, respect des principes, événements pédagogiques et festifs.",
                    List.of("amelie", "felix", "sofia", "claire")),
            new Body("drupal", "TEAM", "Équipe Drupal", "Drupal team", true, null, List.of("jsenecal", "kim", "felix", "omar")),
            new Body("infrastructure", "TEAM", "Équipe Infrastructure", "Infrastructure team", true, null, List.of("antoine", "mathieu")),
            new Body("non-profits", "TEAM", "Équipe OBNL", "Non-profits team", true, null, List.of("julie", "kim", "claire")));

    /** The board as printed in the 2006–07 report: two delegates, one individual, two organisations, two vacancies. */
    static final List<Seat> SEATS = List.of(
            new Seat("WORK_COMMITTEE_DELEGATE", "antoine", null, null),
            new Seat("WORK_COMMITTEE_DELEGATE", "omar", null, null),
            new Seat("INDIVIDUAL_MEMBER", "patricia", null, null),
            new Seat("ORGANISATIONAL_MEMBER", "anne", "labcmo", null),
            new Seat("ORGANISATIONAL_MEMBER", "yannick", "facil", null),
            new Seat("INDIVIDUAL_MEMBER", null, null, "patrice"),
            new Seat("INDIVIDUAL_MEMBER", null, null, "anne"));
}
