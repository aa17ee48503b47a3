package org.fourmiliere.timesheets.internal;

import org.fourmiliere.timesheets.SingleWage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.timesheets.WageRateSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dated table of the single hourly wage (§8); the SQL is {@link WageStore}'s. */
@Service
public class Wages implements SingleWage {

    private final WageStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final MonthTotalStore totals;

    /** The entity type of wage rates in the audit trail. */
    static final String AUDIT_TYPE = "wage_rate";

    private final ApplicationEventPublisher events;

    Wages(WageStore store, AuditTrail audit, Clock clock, MonthTotalStore totals, ApplicationEventPublisher events) {
        this.events = events;
        this.totals = totals;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public java.util.NavigableMap<LocalDate, Money> rates() {
        java.util.NavigableMap<LocalDate, Money> out = new java.util.TreeMap<>();
        for (WageTable.Rate r : table().rates()) out.put(r.from(), r.hourly());
        return out;
    }

    public WageTable table() {
        return new WageTable(store.rates());
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
        store.replace(from, rate, Instant.now(clock));
        totals.rebuild();
        audit.record(AUDIT_TYPE, from.toString(), before.isPresent() ? "updated" : "created",
                before.map(r -> Map.<String, Object>of("hourly", r.hourly().amount())).orElse(null),
                Map.of("hourly", rate.amount()));
        events.publishEvent(new WageRateSet(from));
    }
}
