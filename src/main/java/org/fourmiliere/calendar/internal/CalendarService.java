package org.fourmiliere.calendar.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.fourmiliere.calendar.AddClosedDays;
import org.fourmiliere.calendar.BusinessCalendars;
import org.fourmiliere.calendar.CalendarEvent;
import org.fourmiliere.calendar.ClosedDaysAdded;
import org.fourmiliere.calendar.ClosedDaysRemoved;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.BusinessCalendar;
import org.fourmiliere.shared.KeptInMemory;
import org.fourmiliere.shared.ModuleEvent;
import org.fourmiliere.shared.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collective's closed days and the calendar they make. The calendar is kept in memory (it is asked for on
 * every deadline) and built again after a {@link CalendarEvent} is committed, on any node (ADR 0008). Each change
 * runs in one transaction: the rules of {@link ClosedDays}, {@link ClosedDayStore} writes, the audit trail (type
 * {@value #AUDIT_TYPE}) and the event.
 */
@Service
public class CalendarService implements BusinessCalendars, KeptInMemory {

    /** The entity type of closed days in the audit trail. */
    public static final String AUDIT_TYPE = "calendar_closed_day";

    /** The most business hours one may ask a deadline for: a little over a year of business days. */
    public static final int MAX_HOURS = 10_000;

    private record Known(long generation, BusinessCalendar calendar) {}

    private final AtomicLong generation = new AtomicLong();
    private volatile Known known;

    private final ClosedDayStore store;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarService(ClosedDayStore store, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public int thisYear() {
        return LocalDate.now(clock).getYear();
    }

    // --- BusinessCalendars and the clock

    @Override
    public BusinessCalendar current() {
        long g = generation.get();
        Known k = known;
        if (k != null && k.generation() == g) return k.calendar();
        List<LocalDate> days = new ArrayList<>();
        for (ClosedDays c : store.all()) days.addAll(c.days());
        BusinessCalendar calendar = BusinessCalendar.withClosedDays(days);
        // tagged with the generation read before reading: a change committed meanwhile makes it stale at once
        known = new Known(g, calendar);
        return calendar;
    }

    @Override
    public boolean concerns(Class<? extends ModuleEvent> eventType) {
        return CalendarEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void forget() {
        generation.incrementAndGet();
    }

    /** The instant {@code hours} business hours after {@code from}. */
    public Instant deadline(Instant from, int hours) {
        try {
            return current().deadline(from, Duration.ofHours(hours));
        } catch (IllegalArgumentException e) {
            throw new Problems.InvalidInput("from", "calendar.out-of-range", BusinessCalendar.FIRST_YEAR,
                    BusinessCalendar.LAST_YEAR);
        }
    }

    // --- closed days

    public List<ClosedDays> closedDays() {
        return store.all();
    }

    public List<ClosedDays> closedDays(int year) {
        return store.ofYear(year);
    }

    public List<AuditTrail.Event> history(long id) {
        return audit.history(AUDIT_TYPE, id);
    }

    /** The collective closes a run of days; returns its id. */
    @Transactional
    public long add(AddClosedDays c) {
        ClosedDays days = ClosedDays.of(c);
        long id = store.insert(days);
        audit.record(AUDIT_TYPE, id, "added", null, view(days));
        events.publishEvent(new ClosedDaysAdded(id, days.firstDay(), days.lastDay()));
        return id;
    }

    /** The run of closed days is opened again (business days, unless weekends or holidays). */
    @Transactional
    public void remove(long id) {
        ClosedDays days = store.lock(id).orElseThrow(() -> new Problems.NotFound("calendar.closed.not-found", id));
        store.delete(id);
        audit.record(AUDIT_TYPE, id, "removed", view(days), null);
        events.publishEvent(new ClosedDaysRemoved(id, days.firstDay(), days.lastDay()));
    }

    private static Map<String, Object> view(ClosedDays d) {
        var m = new LinkedHashMap<String, Object>();
        m.put("firstDay", d.firstDay());
        m.put("lastDay", d.lastDay());
        m.put("label", d.label());
        return m;
    }
}
