package org.fourmiliere.sales.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.sales.NewLine;
import org.fourmiliere.sales.internal.TaxCalculator.TaxAmount;
import org.fourmiliere.sales.internal.TaxCalculator.TaxedLine;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;

/**
 * The pure rules of writing a document: lines from the input (amount = quantity × unit price, half up to the cent),
 * the revenue account of a department, what remains to invoice on an order, what a credit note may credit.
 */
public final class Drafts {

    /** The revenue account of each department (the chart's default departments, §9). */
    public static final Map<String, String> REVENUE_ACCOUNTS = Map.of(
            "WEBDEV", "4001", "HOSTING", "4002", "DESIGN", "4003", "SYSADMIN", "4004", "TRANSLATION", "4005",
            "TRAINING", "4006", "DOMAINS", "4007", "SALES", "4008", "DUES", "4009");

    /** The department of a sales line that names none. */
    public static final String DEFAULT_DEPARTMENT = "SALES";

    /** A document's lines and taxes before it has a number. */
    public record Draft(List<Line> lines, List<TaxAmount> taxes, Money subtotal, Money taxTotal, Money total) {}

    private Drafts() {}

    /** Lines of a sales document (quote, order, invoice, credit note): the department gives the revenue account. */
    public static List<Line> salesLines(List<NewLine> input) {
        if (input.isEmpty()) throw new Problems.InvalidInput("lines", "sales.document.no-lines");
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            NewLine l = input.get(i);
            String dept = l.department() == null || l.department().isBlank() ? DEFAULT_DEPARTMENT : l.department().trim();
            String account = l.account();
            if (account == null || account.isBlank()) {
                account = REVENUE_ACCOUNTS.get(dept);
                if (account == null) throw new Problems.InvalidInput("lines[" + i + "].department", "sales.line.department.unknown", dept);
            }
            lines.add(line(i, l, dept, account.trim()));
        }
        return lines;
    }

    /** Lines of a vendor bill: each names its expense account; the department is optional. */
    public static List<Line> billLines(List<NewLine> input) {
        if (input.isEmpty()) throw new Problems.InvalidInput("lines", "sales.document.no-lines");
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            NewLine l = input.get(i);
            if (l.account() == null || l.account().isBlank()) {
                throw new Problems.InvalidInput("lines[" + i + "].account", "sales.line.account.required");
            }
            String dept = l.department() == null || l.department().isBlank() ? null : l.department().trim();
            lines.add(line(i, l, dept, l.account().trim()));
        }
        return lines;
    }

    private static Line line(int i, NewLine l, String dept, String account) {
        if (l.description() == null) throw new Problems.InvalidInput("lines[" + i + "].description", "sales.line.description.required");
        if (l.quantity() == null) throw new Problems.InvalidInput("lines[" + i + "].quantity", "sales.line.quantity.required");
        if (l.unitPrice() == null) throw new Problems.InvalidInput("lines[" + i + "].unitPrice", "sales.line.unit-price.required");
        TaxCode code;
        try {
            code = l.taxCode() == null || l.taxCode().isBlank() ? TaxCode.TAXABLE : TaxCode.valueOf(l.taxCode().trim());
        } catch (IllegalArgumentException e) {
            throw new Problems.InvalidInput("lines[" + i + "].taxCode", "sales.line.tax-code.unknown", l.taxCode());
        }
        Money amount = Money.rounded(l.quantity().multiply(l.unitPrice()), Money.CAD, RoundingMode.HALF_UP);
        return new Line(i + 1, l.description(), l.quantity(), blankToNull(l.unit()), l.unitPrice(), amount, dept, account,
                code, blankToNull(l.activity()), l.orderLine());
    }

    /** The lines with their taxes for someone in {@code province} on {@code day}. */
    public static Draft draft(List<Line> lines, LocalDate day, String province, boolean exempt) {
        List<TaxedLine> taxed = lines.stream().map(l -> new TaxedLine(l.amount(), l.taxCode())).toList();
        List<TaxAmount> taxes = TaxCalculator.taxes(day, province, exempt, taxed);
        Money subtotal = Money.zero(Money.CAD);
        for (Line l : lines) subtotal = subtotal.plus(l.amount());
        Money taxTotal = TaxCalculator.total(taxes);
        return new Draft(lines, taxes, subtotal, taxTotal, subtotal.plus(taxTotal));
    }

    /** What remains to invoice of each line of an order (by line number), given the invoices' lines made from it. */
    public static Map<Integer, BigDecimal> remaining(List<Line> orderLines, List<Line> invoicedLines) {
        Map<Integer, BigDecimal> left = new HashMap<>();
        for (Line l : orderLines) left.put(l.lineNo(), l.quantity());
        for (Line l : invoicedLines) {
            if (l.sourceLine() != null) left.computeIfPresent(l.sourceLine(), (k, q) -> q.subtract(l.quantity()));
        }
        return left;
    }

    /**
     * The lines of an invoice made from an order: each line names an order line and a quantity (at most what
     * remains; the order's price, department and tax code); no lines means everything that remains.
     */
    public static List<NewLine> fromOrder(List<Line> orderLines, Map<Integer, BigDecimal> remaining, List<NewLine> asked) {
        List<NewLine> out = new ArrayList<>();
        if (asked.isEmpty()) {
            for (Line l : orderLines) {
                BigDecimal q = remaining.getOrDefault(l.lineNo(), BigDecimal.ZERO);
                if (q.signum() > 0) out.add(copy(l, q, l.description()));
            }
            if (out.isEmpty()) throw new Problems.Conflict("orderId", "sales.order.fully-invoiced");
            return out;
        }
        Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            NewLine a = asked.get(i);
            if (a.orderLine() == null) throw new Problems.InvalidInput("lines[" + i + "].orderLine", "sales.line.order-line");
            Line ol = orderLines.stream().filter(l -> l.lineNo() == a.orderLine()).findFirst()
                    .orElseThrow(() -> new Problems.InvalidInput("lines[" + out.size() + "].orderLine", "sales.line.order-line"));
            if (!seen.add(ol.lineNo())) throw new Problems.InvalidInput("lines[" + i + "].orderLine", "sales.line.order-line");
            BigDecimal q = a.quantity() == null ? remaining.get(ol.lineNo()) : a.quantity();
            if (q.compareTo(remaining.get(ol.lineNo())) > 0 || q.signum() <= 0) {
                throw new Problems.InvalidInput("lines[" + i + "].quantity", "sales.line.over-order",
                        remaining.get(ol.lineNo()).stripTrailingZeros().toPlainString());
            }
            out.add(copy(ol, q, a.description() == null ? ol.description() : a.description()));
        }
        return out;
    }

    private static NewLine copy(Line l, BigDecimal quantity, String description) {
        return new NewLine(description, quantity, l.unit(), l.unitPrice(), l.department(), l.account(), l.taxCode().name(),
                l.activity(), l.lineNo());
    }

    /** The lines of a credit note that credits a whole invoice. */
    public static List<NewLine> wholeInvoice(List<Line> invoiceLines) {
        return invoiceLines.stream().map(l -> new NewLine(l.description(), l.quantity(), l.unit(), l.unitPrice(),
                l.department(), l.account(), l.taxCode().name(), l.activity(), null)).toList();
    }

    /** A credit note credits at most what its invoice charged. */
    public static void refuseOverCredit(Money credit, Money invoiceTotal, Money alreadyCredited) {
        if (credit.compareTo(invoiceTotal.minus(alreadyCredited)) > 0) {
            throw new Problems.Conflict("lines", "sales.credit.too-much", invoiceTotal.minus(alreadyCredited).amount().toPlainString());
        }
    }

    /**
     * A credit note's taxes, each limited to what its invoice charged of that tax less what earlier credit notes
     * took back of it (rounding each credit note's taxes on its own could otherwise give back more than was
     * charged); a tax the invoice did not charge is not credited.
     */
    public static Draft limitTaxes(Draft credit, List<TaxAmount> invoiceTaxes, Map<SalesTax, Money> alreadyCredited) {
        List<TaxAmount> taxes = new ArrayList<>();
        for (TaxAmount t : credit.taxes()) {
            TaxAmount charged = invoiceTaxes.stream().filter(i -> i.tax() == t.tax()).findFirst().orElse(null);
            if (charged == null) continue;
            Money left = charged.amount().minus(alreadyCredited.getOrDefault(t.tax(), Money.zero(Money.CAD)));
            if (left.amount().signum() < 0) left = Money.zero(Money.CAD);
            taxes.add(t.amount().compareTo(left) > 0 ? new TaxAmount(t.tax(), t.base(), t.rate(), left) : t);
        }
        Money taxTotal = TaxCalculator.total(taxes);
        return new Draft(credit.lines(), taxes, credit.subtotal(), taxTotal, credit.subtotal().plus(taxTotal));
    }

    /** The day a document falls due: the given day, else its date plus the terms. */
    public static LocalDate due(LocalDate date, LocalDate given, int termsDays) {
        if (given != null && given.isBefore(date)) throw new Problems.InvalidInput("dueDate", "sales.document.due-before");
        return given != null ? given : date.plusDays(termsDays);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
