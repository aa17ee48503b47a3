package org.fourmiliere.accounting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.accounting.NewEntry;
import org.fourmiliere.accounting.Side;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;

/**
 * A journal entry that balances: the debits equal the credits to the cent. Built only through
 * {@link #of}, which refuses anything else; immutable once built, so a posted entry never changes and a
 * correction is a new entry ({@link #reversal}).
 */
public record Entry(LocalDate date, String description, String reference, List<EntryLine> lines, Long reverses) {

    public Entry {
        lines = List.copyOf(lines);
    }

    /** Checks the rules of an entry and answers it, or throws {@link Problems.InvalidInput}. */
    public static Entry of(LocalDate date, String description, String reference, List<EntryLine> lines, Long reverses) {
        if (date == null) throw new Problems.InvalidInput("date", "books.entry.date-required");
        if (description == null || description.isBlank()) {
            throw new Problems.InvalidInput("description", "books.entry.description-required");
        }
        if (description.length() > 500) throw new Problems.InvalidInput("description", "books.entry.description-long");
        if (reference != null && reference.length() > 100) throw new Problems.InvalidInput("reference", "books.entry.reference-long");
        if (lines == null || lines.size() < 2) throw new Problems.InvalidInput("lines", "books.entry.two-lines");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            EntryLine l = lines.get(i);
            if (l.account() == null || l.account().isBlank()) {
                throw new Problems.InvalidInput("lines[" + i + "].account", "books.entry.account-required");
            }
            if (l.amount() == null) throw new Problems.InvalidInput("lines[" + i + "].amount", "books.entry.amount-required");
            if (l.amount().stripTrailingZeros().scale() > 2) {
                throw new Problems.InvalidInput("lines[" + i + "].amount", "books.entry.cents");
            }
            sum = sum.add(l.amount());
        }
        if (sum.signum() != 0) {
            throw new Problems.InvalidInput("lines", "books.entry.unbalanced", difference(sum));
        }
        List<EntryLine> scaled = lines.stream()
                .map(l -> new EntryLine(l.account().trim(), l.amount().setScale(2, RoundingMode.UNNECESSARY),
                        blankToNull(l.department()), blankToNull(l.party())))
                .toList();
        return new Entry(date, description.trim(), blankToNull(reference), scaled, reverses);
    }

    /** From the public command: positive amounts on a side. */
    public static Entry of(NewEntry e) {
        if (e.lines() == null) throw new Problems.InvalidInput("lines", "books.entry.two-lines");
        List<EntryLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < e.lines().size(); i++) {
            NewEntry.Line l = e.lines().get(i);
            if (l.side() == null) throw new Problems.InvalidInput("lines[" + i + "].side", "books.entry.side-required");
            if (l.amount() == null) throw new Problems.InvalidInput("lines[" + i + "].amount", "books.entry.amount-required");
            if (!l.amount().hasCurrency(Money.CAD)) {
                throw new Problems.InvalidInput("lines[" + i + "].amount", "books.entry.currency", l.amount().currency().getCurrencyCode());
            }
            if (!l.amount().isPositive()) throw new Problems.InvalidInput("lines[" + i + "].amount", "books.entry.amount-positive");
            lines.add(new EntryLine(l.account(), l.side() == Side.DEBIT ? l.amount().amount() : l.amount().amount().negate(),
                    l.department(), l.party()));
        }
        return of(e.date(), e.description(), e.reference(), lines, null);
    }

    /** The entry that cancels this one (the number of this one is {@code originalId}), dated {@code day}. */
    public Entry reversal(long originalId, LocalDate day, String description) {
        return new Entry(day, description, reference, lines.stream().map(EntryLine::reversed).toList(), originalId);
    }

    /** The description of the reversal of entry {@code originalId}: the one given, else "↺ #id" and the original's; at most 500 characters. */
    public static String reversalDescription(long originalId, String originalDescription, String given) {
        String text = given == null || given.isBlank() ? "↺ #" + originalId + " " + originalDescription : given;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /** The sum of the debits (= the sum of the credits). */
    public BigDecimal total() {
        return lines.stream().map(EntryLine::amount).filter(a -> a.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.UNNECESSARY);
    }

    /** "debits exceed credits by 0.01" is told as the signed difference debits − credits. */
    static String difference(BigDecimal sum) {
        return sum.setScale(Math.max(2, sum.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
