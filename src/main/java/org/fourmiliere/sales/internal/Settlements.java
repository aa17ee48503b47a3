package org.fourmiliere.sales.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fourmiliere.sales.NewPayment;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;

/**
 * How a payment settles documents: as its allocations say (each at most the document's balance, all together at
 * most the payment), or, without them, the oldest open documents first. What is left over is the customer's credit.
 */
public final class Settlements {

    public record Part(long documentId, Money amount) {}

    public record Plan(List<Part> parts, Money unallocated) {}

    private Settlements() {}

    /** {@code open}: the party's open documents of the right kind, oldest first. */
    public static Plan plan(Money amount, List<NewPayment.Allocation> asked, List<Document> open) {
        List<Part> parts = new ArrayList<>();
        Money left = amount;
        if (asked.isEmpty()) {
            for (Document d : open) {
                if (left.amount().signum() <= 0) break;
                Money part = d.balance().compareTo(left) < 0 ? d.balance() : left;
                if (part.amount().signum() > 0) {
                    parts.add(new Part(d.id(), part));
                    left = left.minus(part);
                }
            }
            return new Plan(parts, left);
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < asked.size(); i++) {
            NewPayment.Allocation a = asked.get(i);
            String field = "allocations[" + i + "]";
            Long id = a.documentId();
            if (id == null || !seen.add(id)) throw new Problems.InvalidInput(field + ".invoiceId", "sales.payment.allocation-document");
            Document d = open.stream().filter(o -> o.id() == id).findFirst()
                    .orElseThrow(() -> new Problems.InvalidInput(field + ".invoiceId", "sales.payment.not-open", id));
            Money part = Money.cad(a.amount());
            if (part.compareTo(d.balance()) > 0) {
                throw new Problems.InvalidInput(field + ".amount", "sales.payment.over-balance", d.number(), d.balance().amount().toPlainString());
            }
            left = left.minus(part);
            if (left.amount().signum() < 0) throw new Problems.InvalidInput("allocations", "sales.payment.over-amount");
            parts.add(new Part(id, part));
        }
        return new Plan(parts, left);
    }
}
