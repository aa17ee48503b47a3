package org.fourmiliere.contracts.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fourmiliere.contracts.BillingMode;
import org.fourmiliere.contracts.Commands.MoveStage;
import org.fourmiliere.contracts.Commands.NewContract;
import org.fourmiliere.contracts.Commands.NewMilestone;
import org.fourmiliere.contracts.Commands.NewOpportunity;
import org.fourmiliere.contracts.Commands.NewPartner;
import org.fourmiliere.contracts.Commands.NewRate;
import org.fourmiliere.contracts.ServiceKind;
import org.fourmiliere.contracts.Stage;
import org.fourmiliere.sales.ClientKind;
import org.fourmiliere.sales.Invoicing;
import org.fourmiliere.shared.demo.DemoCast;
import org.fourmiliere.shared.demo.DemoContributor;
import org.springframework.stereotype.Component;

/**
 * The demo collective's rate grid of 2006–07 (the wiki's indicative rates), a partner agreement with the CMAQ, a
 * pipeline of the sales demo's customers at every stage, and two contracts: the CMAQ's site by the hour (won) and
 * Studio XX's exhibition site at a fixed price with its milestones. No invoice is issued here: the demo's invoices are
 * the sales demo's of 2006–07, which the books of the annual report count once (ADR 0903).
 */
@Component
class ContractsDemoData implements DemoContributor {

    private final ContractsService contracts;
    private final PipelineService pipeline;
    private final Invoicing invoicing;

    ContractsDemoData(ContractsService contracts, PipelineService pipeline, Invoicing invoicing) {
        this.contracts = contracts;
        this.pipeline = pipeline;
        this.invoicing = invoicing;
    }

    @Override
    public int order() {
        return BOOKS + 60;
    }

    @Override
    public void load(DemoCast cast) {
        LocalDate grid = LocalDate.of(2006, 9, 1);
        Map<ServiceKind, String[]> rates = new java.util.EnumMap<>(ServiceKind.class);
        rates.put(ServiceKind.WEB_DEVELOPMENT, new String[] {"60.00", "65.00", "85.00"});
        rates.put(ServiceKind.DESIGN, new String[] {"55.00", "60.00", "75.00"});
        rates.put(ServiceKind.SYSADMIN, new String[] {"65.00", "70.00", "90.00"});
        rates.put(ServiceKind.TRAINING, new String[] {"50.00", "55.00", "75.00"});
        rates.put(ServiceKind.TRANSLATION, new String[] {"45.00", "50.00", "60.00"});
        rates.put(ServiceKind.HOSTING, new String[] {"20.00", "20.00", "30.00"});
        rates.put(ServiceKind.WIKI_FARM, new String[] {"12.50", "12.50", "25.00"});
        ClientKind[] kinds = {ClientKind.NON_PROFIT, ClientKind.INDIVIDUAL, ClientKind.COMPANY};
        rates.forEach((service, prices) -> {
            for (int i = 0; i < kinds.length; i++) contracts.setRate(new NewRate(service, kinds[i], grid, new BigDecimal(prices[i])));
        });

        Map<String, Invoicing.Customer> byName = new HashMap<>();
        for (Invoicing.Customer c : invoicing.customers()) byName.put(c.name(), c);
        Invoicing.Customer cmaq = byName.values().stream().filter(c -> c.name().contains("CMAQ")).findFirst().orElse(null);
        Invoicing.Customer studio = byName.get("Studio XX");
        if (cmaq != null && cmaq.organisationId() != null) {
            contracts.addPartner(new NewPartner(cmaq.name(), null, cmaq.organisationId(), null, null, new BigDecimal("10"),
                    grid, LocalDate.of(2008, 9, 1)));
        }
        LocalDate today = cast.today();
        String by = "demo";
        if (cmaq != null) {
            Opportunity site = pipeline.create(new NewOpportunity("Refonte du site du CMAQ (Drupal 5)", cmaq.id(), null,
                    ServiceKind.WEB_DEVELOPMENT, new BigDecimal("60"), new BigDecimal("3900.00"), 60, today.minusDays(35), null,
                    "Demande reçue par le formulaire ; analyse par l'équipe web."), by);
            for (Stage s : List.of(Stage.TRIAGE, Stage.ANALYSIS, Stage.QUOTE_SENT, Stage.WON)) {
                pipeline.move(site.id(), new MoveStage(s, null, null, null), by);
            }
            contracts.create(new NewContract(site.id(), null, null, null, null, null, BillingMode.TIME_AND_MATERIALS,
                    null, null, null, today.minusDays(30), today.plusMonths(3), null, null, null));
        }
        if (studio != null) {
            var c = contracts.create(new NewContract(null, null, studio.id(), null, "Site de l'exposition HTMlles", ServiceKind.WEB_DEVELOPMENT,
                    BillingMode.FIXED_PRICE, null, new BigDecimal("35"), new BigDecimal("2760.00"), today.minusDays(20),
                    today.plusMonths(2), null, null, null));
            contracts.addMilestone(c.id(), new NewMilestone("Maquettes approuvées", new BigDecimal("900.00")));
            contracts.addMilestone(c.id(), new NewMilestone("Mise en ligne", new BigDecimal("1860.00")));
        }
        int n = 0;
        for (Invoicing.Customer c : byName.values().stream().sorted(java.util.Comparator.comparing(Invoicing.Customer::name)).toList()) {
            if (c == cmaq || c == studio) continue;
            ServiceKind service = ServiceKind.values()[n % ServiceKind.values().length];
            Opportunity o = pipeline.create(new NewOpportunity("Demande de " + c.name(), c.id(), null, service,
                    new BigDecimal(10 + 5 * n), new BigDecimal(800 + 400 * n), 20 + 15 * (n % 4), today.plusDays(7 + 10 * n), null, null), by);
            Stage to = switch (n % 5) {
                case 0 -> Stage.TRIAGE;
                case 1 -> Stage.ANALYSIS;
                case 2 -> Stage.QUOTE_SENT;
                case 3 -> Stage.LOST;
                default -> null;
            };
            if (to != null) pipeline.move(o.id(), new MoveStage(to, null, to == Stage.LOST ? "Budget insuffisant" : null, null), by);
            n++;
        }
    }
}
