package org.fourmiliere.sales.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.OrganisationRef;
import org.fourmiliere.sales.ClientKind;
import org.fourmiliere.sales.NewDocument;
import org.fourmiliere.sales.NewLine;
import org.fourmiliere.sales.NewParty;
import org.fourmiliere.shared.demo.DemoCast;
import org.fourmiliere.shared.demo.DemoContributor;
import org.springframework.stereotype.Component;

/**
 * The demo collective's customers and order book in June 2007, added through the module's own service after the
 * books ({@link DemoContributor#BOOKS} + 50): the partners of the seeds (CMAQ, Alternatives, FACIL, LabCMO, FQCCL,
 * Praxis) from the members registry and Studio XX, a client who is not a member; quotes sent, accepted (the sales
 * orders) and refused. The invoices, payments and bad debts of 2006–07 are already in the books the accounting
 * module posts to the cent of the annual report, so none is issued here (they would count twice).
 */
@Component
class SalesDemoData implements DemoContributor {

    private final SalesService sales;
    private final MemberDirectory members;

    SalesDemoData(SalesService sales, MemberDirectory members) {
        this.sales = sales;
        this.members = members;
    }

    @Override
    public int order() {
        return BOOKS + 50;
    }

    @Override
    public void load(DemoCast cast) {
        Map<String, OrganisationRef> byName = new java.util.HashMap<>();
        for (OrganisationRef o : members.organisations()) byName.put(o.name(), o);
        java.util.Map<String, Long> customers = new java.util.LinkedHashMap<>();
        for (String key : List.of("cmaq", "alternatives", "facil", "labcmo", "fqccl", "praxis")) {
            cast.organisation(key).ifPresent(o -> {
                OrganisationRef ref = byName.get(o.name());
                ClientKind kind = "COOP".equals(o.kind()) || "PUBLIC_BODY".equals(o.kind()) ? ClientKind.COMPANY : ClientKind.NON_PROFIT;
                customers.put(key, sales.createParty(new NewParty(null, kind, "QC", "fr", null, null, 30, null,
                        ref == null ? null : ref.id(), null), true).id());
            });
        }
        customers.put("studioxx", sales.createParty(new NewParty("Studio XX", ClientKind.NON_PROFIT, "QC", "fr",
                "info@studioxx.example.org", "4001, rue Berri, Montréal", 30, null, null, null), true).id());
        LocalDate today = cast.today();

        quoteAccepted(customers.get("cmaq"), today.minusDays(40), List.of(
                NewLine.of("Refonte du site (Drupal 5)", "60", "65.00", "WEBDEV", null),
                NewLine.of("Hébergement partagé, un an", "1", "240.00", "HOSTING", null)));
        quoteAccepted(customers.get("studioxx"), today.minusDays(25), List.of(
                NewLine.of("Site de l'exposition HTMlles", "35", "60.00", "WEBDEV", null),
                NewLine.of("Graphisme : affiche et bannières", "12", "55.00", "DESIGN", null)));
        if (customers.containsKey("facil")) {
            quoteAccepted(customers.get("facil"), today.minusDays(12), List.of(
                    NewLine.of("Formation CiviCRM (une journée)", "1", "600.00", "TRAINING", null)));
        }
        if (customers.containsKey("alternatives")) {
            sales.quote(new NewDocument(customers.get("alternatives"), null, today.minusDays(5), null, today.plusDays(25),
                    null, null, null, null, List.of(NewLine.of("Serveur virtuel, contrat de gestion", "12", "75.00", "SYSADMIN", null))));
        }
        if (customers.containsKey("fqccl")) {
            Document refused = sales.quote(new NewDocument(customers.get("fqccl"), null, today.minusDays(60), null, today.minusDays(30),
                    null, null, null, null, List.of(NewLine.of("Intranet des centres", "80", "60.00", "WEBDEV", null))));
            sales.refuse(refused.id());
        }
        if (customers.containsKey("labcmo")) {
            sales.order(new NewDocument(customers.get("labcmo"), null, today.minusDays(3), null, null, null, null, null, null,
                    List.of(NewLine.of("Noms de domaine, renouvellement", "3", "20.00", "DOMAINS", null),
                            NewLine.of("Wiki de recherche (ferme de wikis)", "1", "150.00", "HOSTING", null))));
        }
    }

    private void quoteAccepted(long customerId, LocalDate day, List<NewLine> lines) {
        Document q = sales.quote(new NewDocument(customerId, null, day, null, day.plusDays(30), null, null, null, null, lines));
        sales.accept(q.id(), day.plusDays(7));
    }
}
