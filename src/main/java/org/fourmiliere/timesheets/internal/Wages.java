package org.fourmiliere.timesheets.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.MoneySql;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.timesheets.WageRateSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dated table of the single hourly wage (§8). */
@Service
public class Wages {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final MonthTotals totals;

    /** The entity type of wage rates in the audit trail. */
    static final String AUDIT_TYPE = "wage_rate";

    private final ApplicationEventPublisher events;

    Wages(JdbcClient jdbc, AuditTrail audit, Clock clock, MonthTotals totals, ApplicationEventPublisher events) {
        this.events = events;
        this.totals = totals;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public WageTable table() {
        return new WageTable(jdbc.sql("SELECT effective_from, hourly, currency FROM ts_wage_rate ORDER BY effective_from")
                .query((rs, n) -> new WageTable.Rate(rs.getObject(1, LocalDate.class), MoneySql.read(rs, 2, 3))).list());
    }

    /** Sets the rate in force from a day (a raise); setting a day again replaces its rate. */
    @Transactional
    public void setRate(LocalDate from, BigDecimal hourly) {
        if (from == null) throw new Problems.InvalidInput("from", "time.wage.from.required");
        if (hourly == null || hourly.signum() <= 0 || hourly.scale() > 2 || hourly.compareTo(new BigDecimal("10000")) >= 0) {
            throw new Problems.InvalidInput("hourly", "time.wage.hourly.invalid");
        }
        Money rate = Money.of(hourly, Money.CAD);
        var before = table().rates().stream().filter(r -> r.from().equals(from)).findFirst();
        jdbc.sql("DELETE FROM ts_wage_rate WHERE effective_from = :d").param("d", from).update();
        MoneySql.bind(jdbc.sql("INSERT INTO ts_wage_rate (effective_from, hourly, currency, created_at) VALUES (:d, :h, :c, :now)"),
                        "h", "c", rate)
                .param("d", from).param("now", Timestamp.from(Instant.now(clock))).update();
        totals.rebuild();
        audit.record(AUDIT_TYPE, from.toString(), before.isPresent() ? "updated" : "created",
                before.map(r -> Map.<String, Object>of("hourly", r.hourly().amount())).orElse(null),
                Map.of("hourly", rate.amount()));
        events.publishEvent(new WageRateSet(from));
    }
}
