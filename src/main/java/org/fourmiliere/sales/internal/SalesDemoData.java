package org.fourmiliere.sales.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.OrganisationRef;
import org.fourmiliere.sales.ClientKind;
import org.fourmiliere.sales.NewDocument;
import org.fourmiliere.sales.NewLine;
import org.fourmiliere.sales.NewParty;
import org.fourmiliere.sales.NewPayment;
import org.fourmiliere.sales.PaymentMethod;
import org.fourmiliere.shared.demo.DemoCast;
import org.fourmiliere.shared.demo.DemoContributor;
import org.springframework.stereotype.Component;

/**
 * The demo collective's customers, its invoices of fiscal year 2006–07 and its order book in June 2007, added through
 * the module's own service. The customers are the partners of the seeds (CMAQ, Alternatives, FACIL, LabCMO, FQCCL,
 * Praxis) from the members registry and Studio XX, a client who is not a member.
 *
 * <p>The year's documents have their own dates, whatever the demo's today: seven invoices, a payment over two of them,
 * a partial payment, a credit note, a payment of what the credit note left, and one invoice written off as a bad debt;
 * two invoices are still owed at the year's end. They are issued <em>before</em> the books ({@link DemoContributor#BOOKS}
 * − 20) and post to the journal like any document; the accounting module's demo then reads what they posted and posts
 * only the rest of the annual report (ADR 0903), so that each amount has one source and the statements stay the
 * report's to the cent. The quotes and orders are placed around the demo's today.
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
        return BOOKS - 20;
    }

    @Override
    public void load(DemoCast cast) {
        Map<String, OrganisationRef> byName = new HashMap<>();
        for (OrganisationRef o : members.organisations()) byName.put(o.name(), o);
        Map<String, Long> customers = new LinkedHashMap<>();
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
        theYear(customers);
        orderBook(customers, cast.today());
    }

    /**
     * Fiscal year 2006–07, in the order of the days so that the numbers follow the dates (F-2007-0001…): what each
     * customer was invoiced, paid, credited and what was written off.
     */
    private void theYear(Map<String, Long> customers) {
        Long alternatives = customers.get("alternatives"), fqccl = customers.get("fqccl"), cmaq = customers.get("cmaq"),
                labcmo = customers.get("labcmo"), studio = customers.get("studioxx");

        Document mockups = fqccl == null ? null : invoice(fqccl, day(2006, 10, 2),
                NewLine.of("Maquettes graphiques de l'intranet des centres", "20", "50.00", "DESIGN", null));
        if (alternatives != null) {
            Document campaign = invoice(alternatives, day(2006, 10, 16),
                    NewLine.of("Site de campagne « Pas de démocratie sans voix » (Drupal 4.7)", "40", "60.00", "WEBDEV", null));
            Document hosting = invoice(alternatives, day(2006, 11, 20),
                    NewLine.of("Hébergement mutualisé, novembre 2006 à octobre 2007", "1", "300.00", "HOSTING", null));
            // one cheque for both invoices
            pay(alternatives, day(2006, 12, 15), PaymentMethod.CHEQUE, "chèque 2231", campaign, hosting);
        }
        Document training = cmaq == null ? null : invoice(cmaq, day(2007, 2, 12),
                NewLine.of("Formation Drupal pour l'équipe du CMAQ (une journée)", "1", "600.00", "TRAINING", null));
        if (mockups != null) {
            // the federation never paid the mock-ups: a bad debt at the end of the second quarter's follow-ups
            sales.writeOff(mockups.id(), day(2007, 2, 28));
        }
        Document wikis = labcmo == null ? null : invoice(labcmo, day(2007, 3, 5),
                NewLine.of("Ferme de wikis : installation et configuration", "12", "65.00", "SYSADMIN", null),
                NewLine.of("Hébergement de la ferme de wikis, mars 2007 à février 2008", "1", "240.00", "HOSTING", null));
        Document site = invoice(studio, day(2007, 3, 12),
                NewLine.of("Refonte du site de Studio XX, première phase", "30", "60.00", "WEBDEV", null),
                NewLine.of("Graphisme : affiche et bannières", "8", "55.00", "DESIGN", null));
        if (training != null) pay(cmaq, day(2007, 3, 16), PaymentMethod.CHEQUE, "chèque 5127", training);
        // two banners were not delivered: a credit note for them, at the invoice's rates
        sales.creditNote(new NewDocument(null, null, day(2007, 3, 30), null, null, null, site.id(), null, null,
                List.of(NewLine.of("Bannières non livrées", "2", "55.00", "DESIGN", null))));
        if (wikis != null) {
            // a part now, the rest still owed at the year's end
            sales.pay(new NewPayment(labcmo, null, day(2007, 4, 13), PaymentMethod.TRANSFER, new BigDecimal("500.00"),
                    "virement UQAM", List.of(new NewPayment.Allocation(wikis.id(), null, new BigDecimal("500.00")))));
        }
        pay(studio, day(2007, 4, 20), PaymentMethod.CHEQUE, "chèque 0458", sales.document(site.id()));
        if (cmaq != null) {
            // still owed at the year's end
            invoice(cmaq, day(2007, 6, 11),
                    NewLine.of("Refonte du site : gabarits et migration des contenus", "20", "65.00", "WEBDEV", null));
        }
    }

    /** The order book around the demo's today: quotes sent, accepted (the sales orders) and refused, an order without a quote. */
    private void orderBook(Map<String, Long> customers, LocalDate today) {
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

    private Document invoice(long customerId, LocalDate date, NewLine... lines) {
        return sales.invoice(new NewDocument(customerId, null, date, null, null, null, null, null, null, List.of(lines)));
    }

    /** A payment of what the invoices still owe, each settled in full. */
    private void pay(long customerId, LocalDate date, PaymentMethod method, String reference, Document... invoices) {
        BigDecimal total = BigDecimal.ZERO;
        List<NewPayment.Allocation> allocations = new ArrayList<>();
        for (Document d : invoices) {
            BigDecimal owed = d.balance().amount();
            allocations.add(new NewPayment.Allocation(d.id(), null, owed));
            total = total.add(owed);
        }
        sales.pay(new NewPayment(customerId, null, date, method, total, reference, allocations));
    }

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    private void quoteAccepted(long customerId, LocalDate day, List<NewLine> lines) {
        Document q = sales.quote(new NewDocument(customerId, null, day, null, day.plusDays(30), null, null, null, null, lines));
        sales.accept(q.id(), day.plusDays(7));
    }
}
