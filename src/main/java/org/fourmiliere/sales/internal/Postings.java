package org.fourmiliere.sales.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fourmiliere.accounting.NewEntry;
import org.fourmiliere.accounting.Side;
import org.fourmiliere.sales.PaymentMethod;
import org.fourmiliere.sales.internal.TaxCalculator.TaxAmount;
import org.fourmiliere.shared.Money;

/**
 * The journal entries of the documents, built without a database: an invoice debits the receivables (1200) and
 * credits the revenue accounts per department and the taxes payable; a credit note the reverse; a bill debits the
 * expenses and the input tax credits and credits the payables (2010); a payment moves money between the bank and
 * the receivables or payables; a write-off moves the balance to bad debts (5500), the tax part back to the tax
 * accounts.
 */
public final class Postings {

    public static final String RECEIVABLES = "1200", PAYABLES = "2010", BAD_DEBTS = "5500";

    private Postings() {}

    public static NewEntry invoice(Document d, Party p, String description) {
        return sale(d, p, description, Side.DEBIT, Side.CREDIT);
    }

    public static NewEntry creditNote(Document d, Party p, String description) {
        return sale(d, p, description, Side.CREDIT, Side.DEBIT);
    }

    private static NewEntry sale(Document d, Party p, String description, Side receivable, Side other) {
        List<NewEntry.Line> lines = new ArrayList<>();
        lines.add(new NewEntry.Line(RECEIVABLES, receivable, d.total(), null, p.ledgerName()));
        grouped(d.lines()).forEach((k, amount) -> lines.add(new NewEntry.Line(k[0], other, amount, k[1], p.ledgerName())));
        for (TaxAmount t : d.taxes()) {
            if (t.amount().amount().signum() != 0) lines.add(new NewEntry.Line(t.tax().payableAccount(), other, t.amount(), null, null));
        }
        return new NewEntry(d.date(), description, d.number(), nonZero(lines));
    }

    public static NewEntry bill(Document d, Party p, String description) {
        List<NewEntry.Line> lines = new ArrayList<>();
        grouped(d.lines()).forEach((k, amount) -> lines.add(new NewEntry.Line(k[0], Side.DEBIT, amount, k[1], p.ledgerName())));
        for (TaxAmount t : d.taxes()) {
            if (t.amount().amount().signum() != 0) lines.add(new NewEntry.Line(t.tax().receivableAccount(), Side.DEBIT, t.amount(), null, null));
        }
        lines.add(new NewEntry.Line(PAYABLES, Side.CREDIT, d.total(), null, p.ledgerName()));
        return new NewEntry(d.date(), description, d.number(), nonZero(lines));
    }

    public static NewEntry paymentReceived(LocalDate day, PaymentMethod method, Money amount, Party p, String description,
                                           String reference) {
        return new NewEntry(day, description, reference, List.of(
                new NewEntry.Line(method.account(), Side.DEBIT, amount, null, p.ledgerName()),
                new NewEntry.Line(RECEIVABLES, Side.CREDIT, amount, null, p.ledgerName())));
    }

    public static NewEntry paymentMade(LocalDate day, PaymentMethod method, Money amount, Party p, String description,
                                       String reference) {
        return new NewEntry(day, description, reference, List.of(
                new NewEntry.Line(PAYABLES, Side.DEBIT, amount, null, p.ledgerName()),
                new NewEntry.Line(method.account(), Side.CREDIT, amount, null, p.ledgerName())));
    }

    /**
     * The split of an unpaid balance between the price and each tax, in the invoice's proportions, and the base of
     * each tax written off: the invoice's base of that tax in the proportion of the balance to the total (on a
     * document with exempt lines, or under the QST's compounding, a tax's base is not the whole price).
     */
    public record WriteOffSplit(Money price, Map<SalesTax, Money> taxes, Map<SalesTax, Money> bases) {}

    public static WriteOffSplit split(Document d, Money balance) {
        List<BigDecimal> ratios = new ArrayList<>();
        ratios.add(d.subtotal().amount());
        for (TaxAmount t : d.taxes()) ratios.add(t.amount().amount());
        if (ratios.stream().allMatch(r -> r.signum() == 0)) ratios.set(0, BigDecimal.ONE);
        List<Money> parts = balance.allocate(ratios);
        Map<SalesTax, Money> taxes = new LinkedHashMap<>();
        Map<SalesTax, Money> bases = new LinkedHashMap<>();
        BigDecimal share = d.total().amount().signum() == 0 ? BigDecimal.ONE
                : balance.amount().divide(d.total().amount(), 12, java.math.RoundingMode.HALF_UP);
        for (int i = 0; i < d.taxes().size(); i++) {
            TaxAmount t = d.taxes().get(i);
            taxes.put(t.tax(), parts.get(i + 1));
            bases.put(t.tax(), balance.equals(d.total()) ? t.base() : t.base().multipliedBy(share, java.math.RoundingMode.HALF_UP));
        }
        return new WriteOffSplit(parts.get(0), taxes, bases);
    }

    public static NewEntry writeOff(Document d, Party p, LocalDate day, Money balance, WriteOffSplit split, String description) {
        List<NewEntry.Line> lines = new ArrayList<>();
        lines.add(new NewEntry.Line(BAD_DEBTS, Side.DEBIT, split.price(), null, p.ledgerName()));
        split.taxes().forEach((tax, amount) -> lines.add(new NewEntry.Line(tax.payableAccount(), Side.DEBIT, amount, null, null)));
        lines.add(new NewEntry.Line(RECEIVABLES, Side.CREDIT, balance, null, p.ledgerName()));
        return new NewEntry(day, description, d.number(), nonZero(lines));
    }

    /** The amounts of the lines per (account, department), in the order they first appear. */
    private static Map<String[], Money> grouped(List<Line> lines) {
        Map<String, String[]> keys = new LinkedHashMap<>();
        Map<String[], Money> out = new LinkedHashMap<>();
        for (Line l : lines) {
            String k = l.account() + "|" + (l.department() == null ? "" : l.department());
            String[] key = keys.computeIfAbsent(k, x -> new String[] {l.account(), l.department()});
            out.merge(key, l.amount(), Money::plus);
        }
        return out;
    }

    private static List<NewEntry.Line> nonZero(List<NewEntry.Line> lines) {
        return lines.stream().filter(l -> l.amount().amount().signum() != 0).toList();
    }
}
