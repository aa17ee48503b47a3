package org.fourmiliere.contracts.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fourmiliere.contracts.internal.Contract;
import org.fourmiliere.contracts.internal.ContractsService;
import org.fourmiliere.contracts.internal.HoursBilling;
import org.fourmiliere.contracts.internal.Opportunity;
import org.fourmiliere.contracts.internal.Partner;
import org.fourmiliere.contracts.internal.Pipeline;
import org.fourmiliere.contracts.internal.Profitability;
import org.fourmiliere.contracts.internal.Rate;
import org.fourmiliere.sales.Invoicing;
import org.fourmiliere.sales.NewLine;
import org.fourmiliere.shared.Money;

/** What the API and the pages show: amounts as strings with two decimals, hours with up to four. */
final class ContractsViews {

    private ContractsViews() {}

    static String money(Money m) {
        return m == null ? null : m.amount().toPlainString();
    }

    static String hours(Long minutes) {
        return minutes == null ? null : HoursBilling.hours(minutes).stripTrailingZeros().toPlainString();
    }

    record RateView(long id, String service, String clientKind, LocalDate effectiveFrom, String hourly) {
        static RateView of(Rate r) {
            return new RateView(r.id(), r.service().name(), r.clientKind().name(), r.effectiveFrom(), money(r.hourly()));
        }
    }

    record PartnerView(long id, String name, Long personId, Long organisationId, String service, String hourly,
                       String discountPercent, LocalDate validFrom, LocalDate validUntil) {
        static PartnerView of(Partner p) {
            return new PartnerView(p.id(), p.name(), p.personId(), p.organisationId(), p.service() == null ? null : p.service().name(),
                    money(p.hourly()), p.discountPercent() == null ? null : p.discountPercent().toPlainString(), p.validFrom(), p.validUntil());
        }
    }

    record LineView(String description, String quantity, String unitPrice, String amount) {}

    record TaxView(String code, String amount) {}

    record DocumentView(Long id, String kind, String number, long customerId, LocalDate date, List<LineView> lines,
                        List<TaxView> taxes, String subtotal, String taxTotal, String total) {
        static DocumentView of(Invoicing.Priced p) {
            return new DocumentView(p.id() == 0 ? null : p.id(), p.kind(), p.number(), p.customerId(), p.date(),
                    p.lines().stream().map(l -> new LineView(l.description(), l.quantity().stripTrailingZeros().toPlainString(),
                            l.unitPrice().stripTrailingZeros().toPlainString(), money(l.amount()))).toList(),
                    p.taxes().stream().map(t -> new TaxView(t.code(), money(t.amount()))).toList(),
                    money(p.subtotal()), money(p.taxTotal()), money(p.total()));
        }
    }

    record OpportunityView(long id, String title, Long customerId, String clientName, String service, String estimateHours,
                           String estimate, String weighted, String stage, int chance, LocalDate expectedDecision, Long teamId,
                           String notes, String lostReason, LocalDate createdOn, boolean overdue) {
        static OpportunityView of(Opportunity o, LocalDate today) {
            return new OpportunityView(o.id(), o.title(), o.customerId(), o.clientName(), o.service().name(),
                    hours(o.estimateMinutes()), money(o.estimate()), money(o.weighted()), o.stage().name(), o.chance(),
                    o.expectedDecision(), o.teamId(), o.notes(), o.lostReason(), o.createdOn(), o.overdueOn(today));
        }
    }

    record StageChangeView(long opportunityId, String from, String to, LocalDate on, String by) {
        static StageChangeView of(Pipeline.StageChange c) {
            return new StageChangeView(c.opportunityId(), c.from() == null ? null : c.from().name(), c.to().name(), c.on(), c.by());
        }
    }

    record OpportunityDetail(OpportunityView opportunity, List<StageChangeView> history) {}

    record WeightedView(String month, Long teamId, String weighted) {
        static List<WeightedView> of(Map<YearMonth, Map<Long, Money>> w) {
            List<WeightedView> out = new ArrayList<>();
            w.forEach((m, teams) -> teams.forEach((t, v) -> out.add(new WeightedView(m.toString(), t == Pipeline.NO_TEAM ? null : t, money(v)))));
            return out;
        }
    }

    record ReviewView(LocalDate since, LocalDate today, List<OpportunityView> created, List<StageChangeView> moved,
                      List<OpportunityView> won, List<OpportunityView> lost, List<OpportunityView> overdue) {
        static ReviewView of(Pipeline.Review r) {
            return new ReviewView(r.since(), r.today(),
                    r.created().stream().map(o -> OpportunityView.of(o, r.today())).toList(),
                    r.moved().stream().map(StageChangeView::of).toList(),
                    r.won().stream().map(o -> OpportunityView.of(o, r.today())).toList(),
                    r.lost().stream().map(o -> OpportunityView.of(o, r.today())).toList(),
                    r.overdue().stream().map(o -> OpportunityView.of(o, r.today())).toList());
        }
    }

    record ContractView(long id, String code, String title, long customerId, Long opportunityId, Long documentId, Long teamId,
                        String service, String mode, String hourly, String budgetHours, String budget, LocalDate startsOn,
                        LocalDate endsOn, long activityId, Long freelancerId, String sharePercent) {
        static ContractView of(Contract c) {
            return new ContractView(c.id(), c.code(), c.title(), c.customerId(), c.opportunityId(), c.documentId(), c.teamId(),
                    c.service().name(), c.mode().name(), money(c.hourly()), hours(c.budgetMinutes()), money(c.budget()),
                    c.startsOn(), c.endsOn(), c.activityId(), c.freelancerId(), c.sharePercent().stripTrailingZeros().toPlainString());
        }
    }

    record MilestoneView(long id, String label, String amount, LocalDate reachedOn, Long invoiceId) {}

    record BudgetView(String hoursSpent, String budgetHours, Integer percent, List<Integer> alertsSent) {
        static BudgetView of(ContractsService.BudgetStatus b) {
            return new BudgetView(hours(b.minutesSpent()), hours(b.budgetMinutes()), b.percent(), b.alertsSent());
        }
    }

    record ContractDetail(ContractView contract, BudgetView budget, List<MilestoneView> milestones) {}

    record DraftView(long contractId, LocalDate from, LocalDate to, String grouping, int entries, String hours,
                     List<NewLine> lines, DocumentView draft) {
        static DraftView of(ContractsService.DraftInvoice d) {
            return new DraftView(d.contract().id(), d.from(), d.to(), d.grouping().name(), d.entries(), ContractsViews.hours(d.minutes()),
                    d.lines(), d.priced() == null ? null : DocumentView.of(d.priced()));
        }
    }

    record FreelancerBillView(long contractId, long freelancerId, String freelancer, String revenue, String sharePercent,
                              String collective, String freelancerPart, List<NewLine> lines) {
        static FreelancerBillView of(ContractsService.FreelancerBill b) {
            return new FreelancerBillView(b.contract().id(), b.freelancer().id(), b.freelancer().name(), money(b.revenue()),
                    b.sharePercent().stripTrailingZeros().toPlainString(), money(b.collective()), money(b.freelancerPart()), b.lines());
        }
    }

    record ProfitabilityView(String key, String revenue, String hours, String wageCost, String freelancerCost, String margin,
                             String effectiveHourly) {
        static ProfitabilityView of(String key, Profitability p) {
            return new ProfitabilityView(key, money(p.revenue()), ContractsViews.hours(p.minutes()), money(p.wageCost()),
                    money(p.freelancerCost()), money(p.margin()), money(p.effectiveHourly()));
        }
    }
}
