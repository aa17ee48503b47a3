package org.fourmiliere.governance.internal.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fourmiliere.shared.demo.DemoYear.Sitting;

/**
 * What the demo collective wrote during its year, in French as it writes: the agenda of each meeting, its minutes,
 * and the decisions of the register taken at it, after the annual report 2006–07 (seed 000) and the business plan
 * (seed 002). Pure text, no database: {@link MeetingsDemoData} loads it through the services.
 */
final class YearTexts {

    private YearTexts() {}

    /** An item of an agenda. */
    record Item(String title, String text) {}

    /**
     * A decision of the register: the body's code and the day of its meeting (or of a quick decision); for a vote, how
     * many of the voters were against and abstained (the others for); {@code reverses}: the day and the first words
     * of a decision of a lower body this one reverses.
     */
    record Planned(String body, LocalDate day, String how, String text, String status, List<String> tags, boolean isPublic,
                   int against, int abstaining, String reverses) {}

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static Planned consensus(String body, LocalDate day, String text, boolean isPublic, String... tags) {
        return new Planned(body, day, "CONSENSUS", text, "ADOPTED", List.of(tags), isPublic, 0, 0, null);
    }

    private static Planned vote(String body, LocalDate day, String text, int against, int abstaining, boolean isPublic, String... tags) {
        return new Planned(body, day, "VOTE", text, "ADOPTED", List.of(tags), isPublic, against, abstaining, null);
    }

    static final String WC = "work-committee";

    /** The decisions of the register, in the order they were taken. */
    static final List<Planned> DECISIONS = List.of(
            consensus(WC, d(2006, 6, 6), "Adoption du règlement interne sur l'éligibilité au comité de travail : est membre la "
                    + "personne qui, au moment de la vérification (à chaque réunion de réflexion), a participé aux réunions d'au moins "
                    + "2 comités et à au moins 2 réunions de réflexion dans les 2 derniers mois, et a effectué au moins 10 heures de "
                    + "travail par mois dans ces 2 mois (réunions exclues). L'acceptation est confirmée par le comité d'embauche après "
                    + "une probation de deux mois; un membre sous 20 heures sur deux mois est d'abord averti. Première vérification "
                    + "à la réunion de réflexion d'août.", true, "règlement", "éligibilité"),
            consensus(WC, d(2006, 7, 4), "Adoption des rôles du collectif (ventes, coordination, développement web, administration "
                    + "système, secrétariat, comptabilité, communication et marketing, graphisme, recherche de contrats et de "
                    + "subventions) : chaque rôle a une description, un budget et des personnes qui le tiennent. Les tâches sont "
                    + "réparties en ensembles de tâches balancés, comparables en désirabilité et en valorisation.", true, "rôles"),
            vote(WC, d(2006, 8, 1), "Location d'un bureau au 8655, rue Saint-Denis (métro Crémazie) à partir du 1er septembre 2006.",
                    1, 1, false, "locaux", "budget"),
            consensus(WC, d(2006, 9, 5), "Adoption du budget annuel 2006-2007 proposé par le comité de financement; suivi à chaque "
                    + "trimestre.", false, "budget"),
            consensus("board", d(2006, 9, 14), "Le conseil reçoit le rapport trimestriel du comité de travail et lui demande de rédiger, "
                    + "avec le comité d'embauche, un document sur les droits et devoirs des travailleurs.", false, "rapport", "embauche"),
            vote(WC, d(2006, 10, 3), "Révision des taux horaires indicatifs offerts aux clients : un taux pour les OBNL, un pour les "
                    + "individus et un pour les entreprises, publiés sur le site.", 0, 2, true, "tarifs"),
            consensus("general-assembly", d(2006, 10, 20), "Adoption du rapport annuel 2005-2006 et des états financiers de l'exercice.",
                    true, "ag", "rapport annuel"),
            consensus("general-assembly", d(2006, 10, 20), "Élection du conseil d'administration : Antoine Beaupré et Omar Bickell, "
                    + "délégués du comité de travail; Patricia Bergeron, réélue pour deux ans; LabCMO et FACIL, membres "
                    + "organisationnels.", true, "ag", "conseil"),
            consensus(WC, d(2006, 11, 7), "Adoption de la procédure d'embauche formelle proposée par le comité d'embauche (offre, "
                    + "critères, entrevue) pour les pigistes comme pour les salariés.", false, "embauche"),
            consensus("sysadmin", d(2006, 11, 21), "Ajout de mémoire vive au serveur d'hébergement principal.", false, "serveurs"),
            consensus(WC, d(2006, 12, 5), "Dépôt du plan d'affaires à la CDEC Villeray–Parc-Extension avec une demande de financement "
                    + "du Fonds d'économie sociale.", false, "financement", "cdec"),
            consensus(WC, d(2006, 12, 19), "Nouvelle structure du comité de travail : création du comité de communication et publicité; "
                    + "après les Fêtes, la réunion hebdomadaire devient la réunion de production et les réunions de coordination sont "
                    + "remplacées par les sous-comités, qui se réunissent au moins une fois par mois et font rapport à la réunion de "
                    + "réflexion.", true, "structure", "comités"),
            consensus("sysadmin", d(2006, 12, 19), "Le service de bases de données passe sur un serveur distinct du serveur principal.",
                    false, "serveurs"),
            consensus(WC, d(2007, 1, 8), "Le mercredi devient la journée de travail au bureau (atelier à la Bande passante), pour le "
                    + "transfert de connaissances et l'esprit de groupe.", false, "production", "formation"),
            vote(WC, d(2007, 2, 6), "Investissement de 1 500 $ dans la stratégie Drupal (contributions de modules, présence dans la "
                    + "communauté).", 2, 0, false, "drupal", "budget"),
            consensus("communication", d(2007, 2, 14), "Le bulletin La fourmi est envoyé aux seuls membres en règle.", false, "bulletin"),
            new Planned(WC, d(2007, 3, 6), "CONSENSUS", "Le comité de travail renverse la décision du comité de communication du "
                    + "14 février : le bulletin La fourmi reste ouvert à tous les abonnés, membres ou non.", "ADOPTED",
                    List.of("bulletin"), false, 0, 0, "Le bulletin La fourmi est envoyé"),
            consensus(WC, d(2007, 3, 6), "Taux horaire unique de 21,50 $ pour tous les travailleurs, permanents et pigistes, quel que "
                    + "soit le travail (coordination, comptabilité, marketing ou développement web), à compter du 13 mars 2007.",
                    true, "salaire", "économie participative"),
            consensus("communication", d(2007, 3, 14), "Adoption du logo remanié (police de caractères libre) et du document des normes "
                    + "graphiques.", true, "communication"),
            consensus("board", d(2007, 3, 22), "Le conseil appuie l'entente de financement avec la CDEC Villeray–Parc-Extension "
                    + "(45 000 $ sur l'année : matériel, locaux, postes salariés).", false, "financement", "cdec"),
            consensus(WC, d(2007, 4, 3), "Création de quatre postes salariés à partir d'avril 2007, autrefois comblés par des travailleurs "
                    + "autonomes, au taux horaire unique; congés payés et cotisations d'usage.", true, "embauche", "salaire"),
            new Planned(WC, d(2007, 4, 17), "QUICK_DECISION", "Achat d'un appareil de redémarrage des serveurs à distance pour le "
                    + "nouveau cabinet (350 $).", "ADOPTED", List.of("serveurs"), false, 0, 0, null),
            consensus("sysadmin", d(2007, 4, 17), "Déménagement des serveurs dans un cabinet dédié à Koumbit, avec un nouveau "
                    + "fournisseur de bande passante, et mise en ligne du serveur de serveurs virtuels marius.koumbit.net.", false,
                    "serveurs", "hébergement"),
            consensus("hiring", d(2007, 4, 19), "Adoption du contrat de travail type; un premier contrat est conclu avec "
                    + "Jean-Sébastien Senécal.", false, "embauche"),
            vote(WC, d(2007, 5, 1), "Nouvelle grille de prix de l'hébergement (baisse des coûts avec le nouveau cabinet) et grille de "
                    + "prix de la ferme de wikis, qui ne sont plus gratuits pour les membres.", 1, 0, true, "hébergement", "tarifs"),
            new Planned(WC, d(2007, 5, 1), "CONSENSUS", "Rémunérer la présence aux réunions de production : reporté à la réunion de "
                    + "réflexion de juillet, après l'avis du comité de financement.", "POSTPONED", List.of("réunions", "salaire"),
                    false, 0, 0, null),
            consensus("financing", d(2007, 5, 10), "Présentation des projections du budget 2007-2008 (plus de 40 000 $ "
                    + "d'investissements) au comité de travail en juillet.", false, "budget"),
            consensus("associative-life", d(2007, 5, 23), "Les Journées de réflexion auront lieu les 27 et 28 juillet 2007, en forum "
                    + "ouvert.", true, "vie associative"),
            consensus("board", d(2007, 6, 7), "L'assemblée générale annuelle est convoquée pour octobre 2007; les mandats de LabCMO, "
                    + "de FACIL et des postes vacants y seront en jeu.", false, "ag", "conseil"),
            consensus(WC, d(2007, 6, 5), "Le comité de travail accueille la demande de Félix Ouellet : la vérification du jour le "
                    + "fait candidat, en probation de deux mois; le comité d'embauche est invité à confirmer son admission.", false,
                    "admission", "éligibilité"),
            consensus(WC, d(2007, 6, 5), "Le comité de financement présentera le budget 2007-2008 à la réunion de réflexion du 3 juillet, "
                    + "avec le suivi demandé par la CDEC.", false, "budget"),
            vote(WC, d(2007, 6, 11), "Le projet de téléphonie IP AppelleMoi est accueilli comme projet spécial, hébergé sur "
                    + "l'infrastructure de Koumbit.", 0, 1, false, "projets", "voip"));

    // ------------------------------------------------------------------ agendas

    private static final Map<LocalDate, List<Item>> SPECIAL = Map.ofEntries(
            Map.entry(d(2006, 6, 6), List.of(new Item("Règlement interne sur l'éligibilité au comité de travail",
                    "Proposition de texte : trois critères, vérification mensuelle, probation, avertissement."))),
            Map.entry(d(2006, 7, 4), List.of(new Item("Rôles et ensembles de tâches balancés", "Liste des rôles et de leurs tâches."))),
            Map.entry(d(2006, 8, 1), List.of(new Item("Bureau au 8655, rue Saint-Denis", "Bail à partir de septembre."))),
            Map.entry(d(2006, 9, 5), List.of(new Item("Budget 2006-2007", "Proposition du comité de financement."))),
            Map.entry(d(2006, 10, 3), List.of(new Item("Taux horaires indicatifs", "OBNL, individus, entreprises."),
                    new Item("Préparation de l'assemblée générale du 20 octobre", null))),
            Map.entry(d(2006, 11, 7), List.of(new Item("Procédure d'embauche", "Proposition du comité d'embauche."),
                    new Item("Demande d'adhésion d'Amélie Roy au comité de travail (huis clos)", null))),
            Map.entry(d(2006, 12, 5), List.of(new Item("Plan d'affaires pour la CDEC", null))),
            Map.entry(d(2006, 12, 19), List.of(new Item("Nouvelle structure : sous-comités et réunion de production",
                    "Recommandations du comité vie associative après le questionnaire anonyme."))),
            Map.entry(d(2007, 1, 8), List.of(new Item("Journée de travail au bureau le mercredi", null))),
            Map.entry(d(2007, 2, 6), List.of(new Item("Stratégie Drupal", "Proposition : 1 500 $."))),
            Map.entry(d(2007, 3, 6), List.of(new Item("Taux horaire unique", "21,50 $ pour tous à compter du 13 mars."),
                    new Item("Bulletin La fourmi : décision du comité de communication", null))),
            Map.entry(d(2007, 4, 3), List.of(new Item("Postes salariés", "Quatre postes à partir d'avril."))),
            Map.entry(d(2007, 5, 1), List.of(new Item("Grille de prix de l'hébergement et des wikis", null),
                    new Item("Rémunération de la présence aux réunions de production", null))),
            Map.entry(d(2007, 6, 5), List.of(new Item("Demande d'adhésion de Félix Ouellet au comité de travail (huis clos)", null),
                    new Item("Budget 2007-2008 : échéancier", null))),
            Map.entry(d(2007, 6, 11), List.of(new Item("Projet AppelleMoi", "Téléphonie IP, proposé par l'équipe de sysadmin."))),
            Map.entry(d(2007, 7, 3), List.of(new Item("Adoption du budget 2007-2008", "Proposition du comité de financement."),
                    new Item("Rémunération de la présence aux réunions de production (reporté du 1er mai)", null))),
            Map.entry(d(2007, 7, 27), List.of(new Item("Forum ouvert : l'ordre du jour est fait par les participants", null),
                    new Item("Révision des objectifs annuels 2007 et objectifs 2008", null))),
            Map.entry(d(2007, 8, 7), List.of(new Item("Compte rendu des Journées de réflexion", null),
                    new Item("Préparation de l'assemblée générale annuelle", null))));

    /** The agenda of a meeting: its own items first, then the usual ones of its kind. */
    static List<Item> agenda(Sitting s) {
        List<Item> items = new ArrayList<>();
        if (!"COMMITTEE".equals(s.type()) && !"BOARD".equals(s.type())) items.addAll(SPECIAL.getOrDefault(s.day(), List.of()));
        switch (s.type()) {
            case "PRODUCTION" -> {
                items.add(new Item("Tour de table", null));
                items.add(new Item("ProjectList : contrats en cours et à venir", "La page du wiki, mise à jour pendant la semaine."));
                items.add(new Item("Requêtes RT en attente", null));
            }
            case "REFLECTION" -> {
                if (s.start().getHour() < 12) break;
                items.add(new Item("Rapports des comités", null));
                items.add(new Item("Vérification mensuelle de l'éligibilité au comité de travail", null));
                items.add(new Item("Suivi du budget", null));
            }
            case "BOARD" -> {
                items.add(new Item("Rapport trimestriel du comité de travail", null));
                items.add(new Item("Finances et financement", null));
                items.add(new Item("Vie associative et membership", null));
            }
            case "GENERAL_ASSEMBLY" -> {
                items.add(new Item("Rapport annuel 2005-2006", null));
                items.add(new Item("États financiers", null));
                items.add(new Item("Élection du conseil d'administration", null));
                items.add(new Item("Orientations et objectifs 2006-2007", null));
            }
            default -> items.addAll(switch (s.body()) {
                case "communication" -> List.of(new Item("Bulletin La fourmi", null), new Item("Site web et portfolio", null),
                        new Item("Plan de communication", null));
                case "hiring" -> List.of(new Item("Suivi des embauches et des admissions", null),
                        new Item("Évaluation des rôles et des travailleurs", null),
                        new Item("Droits et devoirs des travailleurs", null));
                case "financing" -> List.of(new Item("États financiers et suivi du budget", null),
                        new Item("Bailleurs de fonds : suivi des demandes", null), new Item("Projections financières", null));
                case "sysadmin" -> List.of(new Item("État des serveurs", null), new Item("Sauvegardes et surveillance", null),
                        new Item("Demandes d'hébergement et de colocation", null));
                case "associative-life" -> List.of(new Item("Accueil des nouveaux membres travailleurs", null),
                        new Item("Trousse vie associative", null), new Item("Activités et formations à venir", null));
                default -> List.of(new Item("Suivi du mandat", null), new Item("Rapport au comité de travail", null));
            });
        }
        return items;
    }

    // ------------------------------------------------------------------ minutes

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    /** "5 juin 2007", "1er août 2006". */
    static String day(LocalDate d) {
        return (d.getDayOfMonth() == 1 ? "1er" : String.valueOf(d.getDayOfMonth())) + " " + DAY_MONTH_YEAR.format(d);
    }

    static String title(Sitting s, String bodyName) {
        String what = switch (s.type()) {
            case "PRODUCTION" -> s.day().getYear() < 2007 ? "Réunion de coordination" : "Réunion de production";
            case "REFLECTION" -> s.start().getHour() < 12 ? "Journées de réflexion" : "Réunion de réflexion";
            case "BOARD" -> "Conseil d'administration";
            case "GENERAL_ASSEMBLY" -> "Assemblée générale annuelle";
            default -> bodyName;
        };
        return what + " du " + day(s.day());
    }

    private static final List<String> CONTRACT_NEWS = List.of(
            "Alternatives : la migration des articles avance, tests prévus avec l'équipe d'Alternatives.",
            "RCABM : le calendrier des activités est en test; quelques correctifs après la mise en ligne.",
            "CMAQ : mises à jour du site faites, soutien aux contributeurs à suivre.",
            "Coop Praxis : maquettes graphiques présentées, retour attendu.",
            "LabCMO : gabarit du site livré, bibliographie en ligne à terminer.",
            "FQCCL : serveur en colocation stable.",
            "CDEC Villeray–Parc-Extension : architecture du site acceptée.",
            "FACIL : wiki migré, listes de discussion à venir.");

    /** What the minutes say of the usual items. */
    private static final Map<String, String> USUAL = Map.ofEntries(
            Map.entry("Rapports des comités", "Chaque comité présente son rapport du mois; les comptes rendus sont sur le wiki."),
            Map.entry("Suivi du budget", "Revenus et dépenses du mois comparés au budget; le comité de financement suit les écarts."),
            Map.entry("Rapport trimestriel du comité de travail", "Les délégués présentent le rapport du trimestre; questions du conseil."),
            Map.entry("Finances et financement", "États financiers du trimestre et suivi des bailleurs de fonds."),
            Map.entry("Vie associative et membership", "Renouvellement des cotisations et accueil des nouveaux membres."),
            Map.entry("Bulletin La fourmi", "Sommaire du prochain numéro et répartition des textes."),
            Map.entry("Site web et portfolio", "Nouveaux projets à ajouter au portfolio; traduction des pages principales."),
            Map.entry("Plan de communication", "Reporté faute d'effectifs; à reprendre au prochain trimestre."),
            Map.entry("Suivi des embauches et des admissions", "Suivi des offres en cours et des candidatures au comité de travail."),
            Map.entry("Évaluation des rôles et des travailleurs", "Ébauche de la procédure d'évaluation annuelle."),
            Map.entry("Droits et devoirs des travailleurs", "Révision du document avec le comité vie associative."),
            Map.entry("États financiers et suivi du budget", "États du trimestre examinés; rapprochements à jour."),
            Map.entry("Bailleurs de fonds : suivi des demandes", "Suivi de la demande à la CDEC Villeray–Parc-Extension."),
            Map.entry("Projections financières", "Mise à jour des projections de revenus par département."),
            Map.entry("État des serveurs", "Charge des serveurs et incidents du mois; rien de bloquant."),
            Map.entry("Sauvegardes et surveillance", "Sauvegardes vérifiées; alertes de surveillance revues."),
            Map.entry("Demandes d'hébergement et de colocation", "Nouvelles demandes réparties; grille de prix à appliquer."),
            Map.entry("Accueil des nouveaux membres travailleurs", "Trousse de bienvenue et parrainage des nouveaux."),
            Map.entry("Trousse vie associative", "Procédure de résolution de conflits et guide de rétroaction en rédaction."),
            Map.entry("Activités et formations à venir", "Calendrier des formations (RT, LedgerSMB) et activités festives."),
            Map.entry("Rapport annuel 2005-2006", "Présentation du rapport par le comité de travail."),
            Map.entry("États financiers", "Présentation des états financiers de l'exercice; questions des membres."),
            Map.entry("Élection du conseil d'administration", "Élection des administratrices et administrateurs; voir les décisions."),
            Map.entry("Orientations et objectifs 2006-2007", "Les membres discutent des objectifs de l'année, dont le taux horaire unique."));

    /** Short minutes: who was there, a line per item, the decisions taken and, on a verification day, its outcome. */
    static String minutes(Sitting s, String bodyName, List<String> present, List<String> excused, List<String> absent,
                          List<Item> agenda, List<String> decisions, List<String> verification) {
        StringBuilder md = new StringBuilder("# ").append(title(s, bodyName)).append("\n\n");
        md.append("Présents : ").append(String.join(", ", present)).append(".");
        if (!excused.isEmpty()) md.append(" Excusés : ").append(String.join(", ", excused)).append(".");
        if (!absent.isEmpty()) md.append(" Absents : ").append(String.join(", ", absent)).append(".");
        md.append("\n\n");
        int week = (int) (s.day().toEpochDay() / 7);
        for (Item item : agenda) {
            md.append("## ").append(item.title()).append("\n");
            String title = item.title();
            if (title.startsWith("ProjectList")) {
                md.append("- ").append(CONTRACT_NEWS.get(Math.floorMod(week, CONTRACT_NEWS.size()))).append("\n");
                md.append("- ").append(CONTRACT_NEWS.get(Math.floorMod(week + 3, CONTRACT_NEWS.size()))).append("\n");
            } else if (title.startsWith("Vérification mensuelle")) {
                if (verification.isEmpty()) md.append("Pas de vérification ce mois-ci.\n");
                else verification.forEach(v -> md.append("- ").append(v).append("\n"));
            } else if (title.startsWith("Tour de table")) {
                md.append("Chacun présente ses priorités de la semaine.\n");
            } else if (title.startsWith("Requêtes RT")) {
                md.append("Les requêtes de plus d'une semaine sont réparties.\n");
            } else if (title.startsWith("Demande d'adhésion")) {
                md.append("Le comité délibère à huis clos, puis la personne est invitée à entendre la réponse du groupe.\n");
            } else if (item.text() != null) {
                md.append(item.text()).append(" Discussion; voir les décisions.\n");
            } else {
                md.append(USUAL.getOrDefault(title, "Point traité; rien à signaler.")).append("\n");
            }
            md.append("\n");
        }
        if (!decisions.isEmpty()) {
            md.append("## Décisions\n");
            decisions.forEach(t -> md.append("- ").append(t).append("\n"));
        }
        return md.toString();
    }
}
