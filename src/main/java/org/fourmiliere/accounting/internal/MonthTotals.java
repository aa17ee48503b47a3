package org.fourmiliere.accounting.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Totals per account, department and month, gathered in memory and added to ledger_month_total. */
final class MonthTotals {

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

    void apply(JdbcClient jdbc) {
        if (sums.isEmpty()) return;
        List<Map.Entry<Key, Sum>> all = new ArrayList<>(sums.entrySet());
        // existing rows are updated, missing ones inserted; postings are serialized by the books' lock row
        for (int from = 0; from < all.size(); from += 500) {
            List<Map.Entry<Key, Sum>> chunk = all.subList(from, Math.min(all.size(), from + 500));
            StringBuilder sql = new StringBuilder("""
                    MERGE INTO ledger_month_total t USING (""");
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "SELECT CAST(? AS BIGINT) AS a, CAST(? AS BIGINT) AS d, CAST(? AS DATE) AS m, CAST(? AS NUMERIC(19,2)) AS s, CAST(? AS BIGINT) AS n"
                        : " UNION ALL SELECT ?, ?, ?, ?, ?");
                Map.Entry<Key, Sum> e = chunk.get(i);
                params.add(e.getKey().account()); params.add(e.getKey().department()); params.add(Date.valueOf(e.getKey().month()));
                params.add(e.getValue().amount); params.add(e.getValue().lines);
            }
            sql.append("""
                    ) v ON t.account_id = v.a AND t.department_id = v.d AND t.month_start = v.m
                    WHEN MATCHED THEN UPDATE SET amount = t.amount + v.s, line_count = t.line_count + v.n
                    WHEN NOT MATCHED THEN INSERT (account_id, department_id, month_start, amount, line_count) VALUES (v.a, v.d, v.m, v.s, v.n)""");
            jdbc.sql(sql.toString()).params(params).update();
        }
    }
}
