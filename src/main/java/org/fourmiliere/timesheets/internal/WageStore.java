package org.fourmiliere.timesheets.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.MoneySql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the wage table ({@code ts_wage_rate}). */
@Component
class WageStore {

    private final JdbcClient jdbc;

    WageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rates by the day they are in force from. */
    List<WageTable.Rate> rates() {
        return jdbc.sql("SELECT effective_from, hourly, currency FROM ts_wage_rate ORDER BY effective_from")
                .query((rs, n) -> new WageTable.Rate(rs.getObject(1, LocalDate.class), MoneySql.read(rs, 2, 3))).list();
    }

    /** The rate in force from {@code from}, in place of any rate of that day. */
    void replace(LocalDate from, Money hourly, Instant at) {
        jdbc.sql("DELETE FROM ts_wage_rate WHERE effective_from = :d").param("d", from).update();
        MoneySql.bind(jdbc.sql("INSERT INTO ts_wage_rate (effective_from, hourly, currency, created_at) VALUES (:d, :h, :c, :now)"),
                        "h", "c", hourly)
                .param("d", from).param("now", Timestamp.from(at)).update();
    }
}
