package org.fourmiliere.timesheets.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.timesheets.ActivityKind;
import org.fourmiliere.timesheets.BillableTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link BillableTime}: billing the hours of contract activities, and the guard on billed entries. */
@Service
class BillableTimeService implements BillableTime {

    private final BillingStore store;
    private final Activities activities;
    private final Wages wages;
    private final AuditTrail audit;
    private final Clock clock;

    BillableTimeService(BillingStore store, Activities activities, Wages wages, AuditTrail audit, Clock clock) {
        this.store = store;
        this.activities = activities;
        this.wages = wages;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long openContractActivity(String code, String name, Long budgetMinutes) {
        return activities.create(new Activities.NewActivity(code, name, ActivityKind.CONTRACT, null, null, true, budgetMinutes)).id();
    }

    @Override
    public String activityCode(long activityId) {
        return activities.byId(activityId).map(Activity::code).orElseThrow(() -> new Problems.NotFound("time.activity.not-found"));
    }

    @Override
    public List<Unbilled> unbilled(long activityId, LocalDate from, LocalDate to) {
        return store.unbilled(activityId, from, to);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Billed markBilled(long activityId, LocalDate from, LocalDate to, String reference) {
        long minutes = store.unbilled(activityId, from, to).stream().mapToLong(Unbilled::minutes).sum();
        int entries = store.markBilled(activityId, from, to, reference, Instant.now(clock));
        audit.record(Activities.AUDIT_TYPE, activityId, "billed", null,
                Map.of("reference", reference, "from", from.toString(), "to", to.toString(), "entries", entries, "minutes", minutes));
        return new Billed(entries, minutes);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int unmarkBilled(long activityId, String reference) {
        int entries = store.unmarkBilled(activityId, reference);
        if (entries > 0) {
            audit.record(Activities.AUDIT_TYPE, activityId, "unbilled", Map.of("reference", reference), Map.of("entries", entries));
        }
        return entries;
    }

    @Override
    public long minutesOn(long activityId) {
        return store.minutesOn(activityId);
    }

    @Override
    public Map<LocalDate, Long> paidMinutesPerDay(long activityId) {
        Map<LocalDate, Long> out = new TreeMap<>();
        for (Object[] r : store.paidMinutesPerDay(activityId)) out.put((LocalDate) r[0], (Long) r[1]);
        return out;
    }

    @Override
    public Money wageCost(Map<LocalDate, Long> paidMinutesPerDay) {
        return wages.table().pay(paidMinutesPerDay);
    }

    @Override
    public OptionalLong activityOfEntry(long entryId) {
        return store.activityOfEntry(entryId).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** Refuses to change or delete a billed entry: it is corrected by an adjusting entry. */
    void refuseIfBilled(long entryId) {
        store.billedBy(entryId).ifPresent(ref -> {
            throw new Problems.Conflict("id", "time.entry.billed", ref);
        });
    }
}
