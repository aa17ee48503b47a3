package org.fourmiliere.accounting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Totals per account, department and month, gathered in memory and then added to ledger_month_total by the store. */
final class MonthTotals {

    /** One row to add: department 0 stands for "none". */
    record Total(long account, long department, LocalDate month, BigDecimal amount, long lines) {}

    private record Key(long account, long department, LocalDate month) {}

    private static final class Sum {
        BigDecimal amount = BigDecimal.ZERO;
        long lines;
    }

    private final Map<Key, Sum> sums = new HashMap<>();

    void add(long account, Long department, LocalDate day, BigDecimal amount) {
        Sum s = sums.computeIfAbsent(new Key(account, department == null ? 0 : department, day.withDayOfMonth(1)), k -> new Sum());
        s.amount = s.amount.add(amount);
        s.lines++;
    }

    boolean isEmpty() {
        return sums.isEmpty();
    }

    List<Total> totals() {
        List<Total> out = new ArrayList<>(sums.size());
        sums.forEach((k, s) -> out.add(new Total(k.account(), k.department(), k.month(), s.amount, s.lines)));
        return out;
    }
}
