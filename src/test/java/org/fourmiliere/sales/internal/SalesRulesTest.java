package org.fourmiliere.sales.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.fourmiliere.accounting.NewEntry;
import org.fourmiliere.accounting.Side;
import org.fourmiliere.sales.ClientKind;
import org.fourmiliere.sales.NewLine;
import org.fourmiliere.sales.NewPayment;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.junit.jupiter.api.Test;

/** The pure rules of documents: entries that balance, write-offs split to the cent, payments spread, orders, aging. */
class SalesRulesTest {

    static final Party CUSTOMER = new Party(1, "CMAQ", ClientKind.NON_PROFIT, "QC", "fr", null, null, 30, null, null, null, true, false);

    static Document invoice(long id, LocalDate day, String... pricesAndDepartments) {
        List<NewLine> input = new java.util.ArrayList<>();
        for (int i = 0; i < pricesAndDepartments.length; i += 2) {
            input.add(NewLine.of("line " + i, "1", pricesAndDepartments[i], pricesAndDepartments[i + 1], null));
        }
        Drafts.Draft d = Drafts.draft(Drafts.salesLines(input), day, "QC", false);
        return new Document(id, DocKind.INVOICE, "F-" + id, 1, day, day.plusDays(30), null, DocStatus.ISSUED, "fr", "QC", false,
                null, d.subtotal(), d.taxTotal(), d.total(), Money.zero(Money.CAD), null, null, null, null, d.lines(), d.taxes());
    }

    static void balances(NewEntry e) {
        Money debit = Money.zero(Money.CAD), credit = Money.zero(Money.CAD);
        for (NewEntry.Line l : e.lines()) {
            assertThat(l.amount().amount().signum()).isPositive();
            if (l.side() == Side.DEBIT) debit = debit.plus(l.amount()); else credit = credit.plus(l.amount());
        }
        assertThat(debit).isEqualTo(credit);
    }

    @Property
    void everyEntryBalancesAndAWriteOffSplitsToTheCent(@ForAll @LongRange(min = 1, max = 5_000_000) long a,
                                                      @ForAll @LongRange(min = 1, max = 5_000_000) long b,
                                                      @ForAll @IntRange(min = 0, max = 3600) int offset,
                                                      @ForAll @LongRange(min = 1, max = 100) long paidPercent) {
        LocalDate day = LocalDate.of(2005, 1, 1).plusDays(offset);
        Document d = invoice(1, day, Money.ofMinor(a, Money.CAD).amount().toPlainString(), "WEBDEV",
                Money.ofMinor(b, Money.CAD).amount().toPlainString(), "HOSTING");
        balances(Postings.invoice(d, CUSTOMER, "x"));
        balances(Postings.creditNote(d, CUSTOMER, "x"));
        Money balance = d.total().multipliedBy(BigDecimal.valueOf(paidPercent).movePointLeft(2), java.math.RoundingMode.DOWN);
        if (balance.amount().signum() == 0) return;
        Postings.WriteOffSplit split = Postings.split(d, balance);
        Money sum = split.price();
        for (Money m : split.taxes().values()) sum = sum.plus(m);
        assertThat(sum).isEqualTo(balance);
        balances(Postings.writeOff(d, CUSTOMER, day, balance, split, "x"));
    }

    @Test
    void aCreditNotesTaxIsLimitedPerTaxToWhatTheInvoiceStillCharges() {
        LocalDate day = LocalDate.of(2014, 3, 1);
        Drafts.Draft invoice = Drafts.draft(Drafts.salesLines(List.of(NewLine.of("a", "3", "33.33", "WEBDEV", "GST"))), day, "QC", false);
        assertThat(invoice.taxes().get(0).amount()).isEqualTo(Money.cad("5.00"));
        Drafts.Draft part = Drafts.draft(Drafts.salesLines(List.of(NewLine.of("a", "1", "33.33", "WEBDEV", "GST_QST"))), day, "QC", false);
        assertThat(part.taxes()).extracting(t -> t.amount()).containsExactly(Money.cad("1.67"), Money.cad("3.32"));
        // two parts credited already (3.34 of GST): the third gets what is left, the QST the invoice never charged is dropped
        Drafts.Draft limited = Drafts.limitTaxes(part, invoice.taxes(), Map.of(SalesTax.GST, Money.cad("3.34")));
        assertThat(limited.taxes()).hasSize(1);
        assertThat(limited.taxes().get(0).amount()).isEqualTo(Money.cad("1.66"));
        assertThat(limited.total()).isEqualTo(Money.cad("34.99"));
        // nothing left of a tax: nothing credited of it
        assertThat(Drafts.limitTaxes(part, invoice.taxes(), Map.of(SalesTax.GST, Money.cad("5.00"))).taxTotal())
                .isEqualTo(Money.cad("0.00"));
        // within what is left: unchanged
        assertThat(Drafts.limitTaxes(part, invoice.taxes(), Map.of()).taxes().get(0)).isEqualTo(part.taxes().get(0));
    }

    @Test
    void aWriteOffsTaxBasesAreTheInvoicesBasesInTheShareWrittenOff() {
        // 2012: the QST's base is the price plus the GST; the exempt line is in no tax's base
        Document d = invoice(1, LocalDate.of(2012, 5, 1), "100.00", "WEBDEV", "100.00", "TRAINING");
        Drafts.Draft mixed = Drafts.draft(Drafts.salesLines(List.of(NewLine.of("a", "1", "100.00", "WEBDEV", "GST_QST"),
                NewLine.of("b", "1", "100.00", "TRAINING", "EXEMPT"))), d.date(), "QC", false);
        Document m = new Document(2, DocKind.INVOICE, "F-2", 1, d.date(), null, null, DocStatus.ISSUED, "fr", "QC", false, null,
                mixed.subtotal(), mixed.taxTotal(), mixed.total(), Money.zero(Money.CAD), null, null, null, null, mixed.lines(), mixed.taxes());
        assertThat(m.total()).isEqualTo(Money.cad("214.98"));
        Postings.WriteOffSplit whole = Postings.split(m, m.total());
        assertThat(whole.bases()).containsEntry(SalesTax.GST, Money.cad("100.00")).containsEntry(SalesTax.QST, Money.cad("105.00"));
        Postings.WriteOffSplit half = Postings.split(m, Money.cad("107.49"));
        assertThat(half.bases()).containsEntry(SalesTax.GST, Money.cad("50.00")).containsEntry(SalesTax.QST, Money.cad("52.50"));
    }

    @Test
    void theRevenueGoesToTheDepartmentsAccounts() {
        NewEntry e = Postings.invoice(invoice(1, LocalDate.of(2007, 3, 1), "100.00", "WEBDEV", "50.00", "HOSTING",
                "25.00", "WEBDEV"), CUSTOMER, "Facture");
        assertThat(e.lines()).extracting(NewEntry.Line::account).containsExactly("1200", "4001", "4002", "2310", "2320");
        assertThat(e.lines().get(1).amount()).isEqualTo(Money.cad("125.00"));
        assertThat(e.lines().get(1).department()).isEqualTo("WEBDEV");
        assertThat(e.reference()).isEqualTo("F-1");
    }

    @Test
    void aPaymentSettlesTheOldestFirstAndKeepsTheRestAsCredit() {
        Document older = invoice(1, LocalDate.of(2007, 1, 10), "100.00", "WEBDEV");
        Document newer = invoice(2, LocalDate.of(2007, 2, 10), "100.00", "WEBDEV");
        Settlements.Plan plan = Settlements.plan(Money.cad("150.00"), List.of(), List.of(older, newer));
        assertThat(plan.parts()).containsExactly(new Settlements.Part(1, Money.cad("113.95")), new Settlements.Part(2, Money.cad("36.05")));
        assertThat(plan.unallocated()).isEqualTo(Money.zero(Money.CAD));
        Settlements.Plan over = Settlements.plan(Money.cad("300.00"), List.of(), List.of(older, newer));
        assertThat(over.unallocated()).isEqualTo(Money.cad("72.10"));
        Settlements.Plan asked = Settlements.plan(Money.cad("50.00"),
                List.of(new NewPayment.Allocation(2L, null, new BigDecimal("50.00"))), List.of(older, newer));
        assertThat(asked.parts()).containsExactly(new Settlements.Part(2, Money.cad("50.00")));
        assertThatThrownBy(() -> Settlements.plan(Money.cad("500.00"),
                List.of(new NewPayment.Allocation(2L, null, new BigDecimal("200.00"))), List.of(older, newer)))
                .isInstanceOf(Problems.InvalidInput.class).extracting(e -> ((Problems.InvalidInput) e).field())
                .isEqualTo("allocations[0].amount");
        assertThatThrownBy(() -> Settlements.plan(Money.cad("100.00"),
                List.of(new NewPayment.Allocation(1L, null, new BigDecimal("80.00")), new NewPayment.Allocation(2L, null, new BigDecimal("80.00"))),
                List.of(older, newer)))
                .isInstanceOf(Problems.InvalidInput.class).extracting(e -> ((Problems.InvalidInput) e).field()).isEqualTo("allocations");
    }

    @Test
    void anOrderIsInvoicedInPartsNeverBeyondWhatRemains() {
        List<Line> order = Drafts.salesLines(List.of(NewLine.of("Site", "10", "60.00", "WEBDEV", null),
                NewLine.of("Hébergement", "1", "120.00", "HOSTING", null)));
        List<NewLine> first = Drafts.fromOrder(order, Drafts.remaining(order, List.of()),
                List.of(new NewLine(null, new BigDecimal("4"), null, null, null, null, null, null, 1)));
        assertThat(first).hasSize(1);
        assertThat(first.getFirst().unitPrice()).isEqualByComparingTo("60.00");
        List<Line> invoiced = Drafts.salesLines(first);
        Map<Integer, BigDecimal> left = Drafts.remaining(order, invoiced);
        assertThat(left.get(1)).isEqualByComparingTo("6");
        assertThat(left.get(2)).isEqualByComparingTo("1");
        assertThatThrownBy(() -> Drafts.fromOrder(order, left,
                List.of(new NewLine(null, new BigDecimal("7"), null, null, null, null, null, null, 1))))
                .isInstanceOf(Problems.InvalidInput.class);
        List<NewLine> rest = Drafts.fromOrder(order, left, List.of());
        assertThat(rest).extracting(NewLine::quantity).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("6"), new BigDecimal("1"));
        Map<Integer, BigDecimal> none = Drafts.remaining(order, Drafts.salesLines(
                java.util.stream.Stream.concat(first.stream(), rest.stream()).toList()));
        assertThat(none.values()).allMatch(q -> q.signum() == 0);
        assertThatThrownBy(() -> Drafts.fromOrder(order, none, List.of())).isInstanceOf(Problems.Conflict.class);
    }

    @Test
    void agingColumnsByDaysSinceTheInvoice() {
        LocalDate at = LocalDate.of(2007, 6, 30);
        assertThat(Aging.column(at.minusDays(30), at)).isZero();
        assertThat(Aging.column(at.minusDays(31), at)).isEqualTo(1);
        assertThat(Aging.column(at.minusDays(60), at)).isEqualTo(1);
        assertThat(Aging.column(at.minusDays(61), at)).isEqualTo(2);
        assertThat(Aging.column(at.minusDays(90), at)).isEqualTo(2);
        assertThat(Aging.column(at.minusDays(91), at)).isEqualTo(3);
        Aging.Report r = Aging.of(at, List.of(
                new Aging.Open(1, "F-1", 7, at.minusDays(10), null, Money.cad("100.00")),
                new Aging.Open(2, "F-2", 7, at.minusDays(100), null, Money.cad("50.00")),
                new Aging.Open(3, "F-3", 8, at.minusDays(10), null, Money.cad("0.00"))), Map.of(7L, Money.cad("20.00")));
        assertThat(r.rows()).hasSize(1);
        assertThat(r.total()).isEqualTo(Money.cad("130.00"));
        assertThat(r.over90()).isEqualTo(Money.cad("50.00"));
    }

    @Test
    void numbersPerKindAndFiscalYear() {
        assertThat(DocKind.INVOICE.number(2007, 42)).isEqualTo("F-2007-0042");
        assertThat(DocKind.CREDIT_NOTE.number(2013, 1)).isEqualTo("AV-2013-0001");
        assertThat(DocKind.INVOICE.number(2014, 12345)).isEqualTo("F-2014-12345");
    }
}
