package org.fourmiliere.sales.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fourmiliere.shared.Money;

/**
 * Receivables (or payables) aging at a day: each open document's balance on that day goes to a column by the days
 * since its date — current (0–30), 31–60, 61–90, over 90 — and the credits a party has left are shown beside.
 */
public final class Aging {

    /** A document open on the day, with its balance then. */
    public record Open(long documentId, String number, long partyId, LocalDate date, LocalDate dueDate, Money balance) {}

    public record Row(long partyId, Money current, Money days31to60, Money days61to90, Money over90, Money credit, Money total,
                      List<Open> documents) {}

    public record Report(LocalDate at, List<Row> rows, Money current, Money days31to60, Money days61to90, Money over90,
                         Money credit, Money total) {}

    private Aging() {}

    /** The column of a document dated {@code date} on {@code at}: 0 current, 1 31–60, 2 61–90, 3 over 90. */
    public static int column(LocalDate date, LocalDate at) {
        long days = ChronoUnit.DAYS.between(date, at);
        return days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3;
    }

    public static Report of(LocalDate at, List<Open> open, Map<Long, Money> credits) {
        Map<Long, Money[]> sums = new LinkedHashMap<>();
        Map<Long, List<Open>> docs = new LinkedHashMap<>();
        for (Open o : open) {
            if (o.balance().amount().signum() == 0) continue;
            Money[] s = sums.computeIfAbsent(o.partyId(), k -> zeros());
            s[column(o.date(), at)] = s[column(o.date(), at)].plus(o.balance());
            docs.computeIfAbsent(o.partyId(), k -> new ArrayList<>()).add(o);
        }
        credits.forEach((party, c) -> {
            if (c.amount().signum() != 0) sums.computeIfAbsent(party, k -> zeros())[4] = c;
        });
        List<Row> rows = new ArrayList<>();
        Money[] t = zeros();
        for (var e : sums.entrySet()) {
            Money[] s = e.getValue();
            Money total = s[0].plus(s[1]).plus(s[2]).plus(s[3]).minus(s[4]);
            rows.add(new Row(e.getKey(), s[0], s[1], s[2], s[3], s[4], total, docs.getOrDefault(e.getKey(), List.of())));
            for (int i = 0; i < 5; i++) t[i] = t[i].plus(s[i]);
        }
        Money total = t[0].plus(t[1]).plus(t[2]).plus(t[3]).minus(t[4]);
        return new Report(at, rows, t[0], t[1], t[2], t[3], t[4], total);
    }

    private static Money[] zeros() {
        Money z = Money.zero(Money.CAD);
        return new Money[] {z, z, z, z, z};
    }
}
