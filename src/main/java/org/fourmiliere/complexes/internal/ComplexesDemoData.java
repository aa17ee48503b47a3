package org.fourmiliere.complexes.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fourmiliere.complexes.CreateTask;
import org.fourmiliere.contracts.ServiceKind;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.shared.demo.DemoCast;
import org.fourmiliere.shared.demo.DemoContributor;
import org.springframework.stereotype.Component;

/**
 * The demo collective's tasks, one rating round closed in the spring of 2007 and the ratings of its workers. The
 * tasks that the time tracker's demo already punches on (coordination, accounting, secretariat, system
 * administration, sales, communication, contract and grant research, support, associative life) take the code of
 * its internal activity, so the demo's hours count on them; web development and graphic design get tasks of their
 * own (web development's takes the web development contracts, so the hours punched on them count on it). Loaded after the time tracker's part ({@code TIME + 50}), through the module's service.
 */
@Component
class ComplexesDemoData implements DemoContributor {

    /** A task of the demo: role, code, names, yearly hours, and the base of its ratings (desirability, empowerment). */
    record DemoTask(String role, String code, String fr, String en, int hours, int desirability, int empowerment, String howto) {}

    static final List<DemoTask> TASKS = List.of(
            new DemoTask("coordination", "coordination", "Suivi de la ProjectList et des comités", "Following the ProjectList and the committees", 420, 3, 5,
                    "1. Relire la ProjectList chaque lundi.\n2. Préparer l'ordre du jour de la réunion de production."),
            new DemoTask("coordination", "vie-associative", "Vie associative et accueil", "Associative life and welcome", 214, 4, 4,
                    "Accueillir les nouveaux membres : visite, trousse de vie associative, parrainage."),
            new DemoTask("accounting", "comptabilite", "Saisie, paies et rapprochements", "Bookkeeping, pay and reconciliations", 232, 1, 3,
                    "Saisir les factures dans LedgerSMB, faire les paies aux deux semaines, rapprocher le compte chaque mois."),
            new DemoTask("secretariat", "secretariat", "Courrier, téléphone et procès-verbaux", "Mail, phone and minutes", 100, 2, 2,
                    "Relever la boîte vocale et le courrier; mettre les procès-verbaux sur le wiki."),
            new DemoTask("system-administration", "admin-systeme", "Mises à jour et sauvegardes", "Updates and backups", 500, 3, 4,
                    "Appliquer les mises à jour de sécurité de Debian; vérifier les sauvegardes chaque matin."),
            new DemoTask("system-administration", "soutien", "Soutien aux membres hébergés (RT)", "Support of hosted members (RT)", 227, 2, 3,
                    "Répondre aux requêtes RT dans la journée; escalader au comité d'administration système."),
            new DemoTask("sales", "ventes", "Soumissions et devis", "Quotes and estimates", 543, 3, 4,
                    "Évaluer la demande, estimer avec l'équipe, rédiger le devis dans LedgerSMB."),
            new DemoTask("communication-marketing", "communication", "Bulletin, communiqués et normes graphiques", "Newsletter, press releases, graphic standards", 155, 4, 3,
                    "Le bulletin La fourmi paraît chaque mois; les communiqués passent par le comité de communication."),
            new DemoTask("contract-grant-research", "recherche-financement", "Demandes de subvention et veille", "Grant applications and watch", 78, 2, 4,
                    "Suivre les programmes de la CDEC et d'Emploi-Québec; monter les demandes avec le comité de financement."),
            new DemoTask("web-development", "dev-drupal", "Développement Drupal pour les clients", "Drupal development for clients", 1514, 4, 4,
                    "Toujours partir d'un module contribué; documenter sur le wiki."),
            new DemoTask("graphic-design", "graphisme-maquettes", "Maquettes et identités visuelles", "Mock-ups and visual identities", 40, 5, 3,
                    "Deux propositions de maquette par client, puis une ronde de corrections."));

    private final ComplexesService complexes;
    private final MemberDirectory members;

    ComplexesDemoData(ComplexesService complexes, MemberDirectory members) {
        this.complexes = complexes;
        this.members = members;
    }

    @Override
    public int order() {
        return TIME + 50;
    }

    @Override
    public void load(DemoCast cast) {
        List<Long> taskIds = new ArrayList<>();
        for (DemoTask t : TASKS) {
            taskIds.add(complexes.createTask(new CreateTask(t.role(), t.code(), t.fr(), t.en(), BigDecimal.valueOf(t.hours()),
                    BigDecimal.valueOf(t.hours()).multiply(new BigDecimal("21.50")), t.howto(),
                    "dev-drupal".equals(t.code()) ? ServiceKind.WEB_DEVELOPMENT : null)).id());
        }
        List<Long> raters = new ArrayList<>();
        for (DemoCast.Person p : cast.workers()) raters.add(members.personByEmail(p.email()).orElseThrow().id());
        // each worker's rating: the task's base, moved by -1, 0 or +1 in a fixed pattern (people disagree a little)
        List<ComplexesService.PastRating> ratings = new ArrayList<>();
        for (int r = 0; r < raters.size(); r++) {
            for (int i = 0; i < TASKS.size(); i++) {
                DemoTask t = TASKS.get(i);
                int dd = ((r * 7 + i * 3) % 3) - 1, de = ((r * 5 + i) % 3) - 1;
                ratings.add(new ComplexesService.PastRating(taskIds.get(i), raters.get(r),
                        Math.max(1, Math.min(5, t.desirability() + dd)), Math.max(1, Math.min(5, t.empowerment() + de))));
            }
        }
        LocalDate today = cast.today();
        complexes.loadClosedRound(today.minusMonths(2), today.minusMonths(1), ratings);
    }
}
