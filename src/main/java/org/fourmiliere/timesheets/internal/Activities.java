package org.fourmiliere.timesheets.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.timesheets.ActivityKind;
import org.fourmiliere.timesheets.ActivityChanged;
import org.fourmiliere.timesheets.InternalActivities;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities: client contracts and projects, internal activities, committees and meetings. Checks and audits their
 * writes and publishes {@link ActivityChanged}; the SQL is {@link ActivityStore}'s.
 */
@Service
public class Activities implements InternalActivities {

    public record NewActivity(String code, String name, ActivityKind kind, Long organisationId, Long bodyId,
                              boolean billable, Long budgetMinutes) {}

    private final ActivityStore store;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /** The entity type of activities in the audit trail. */
    public static final String AUDIT_TYPE = "activity";

    Activities(ActivityStore store, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Open ones first, by code. */
    public List<Activity> all() {
        return store.all();
    }

    public List<Activity> open() {
        return store.open();
    }

    public Optional<Activity> byCode(String code) {
        if (code == null) return Optional.empty();
        return store.byCode(code.trim());
    }

    public Optional<Activity> byId(long id) {
        return store.byId(id);
    }

    /** The activities of these ids, by id (in one query). */
    public Map<Long, Activity> byIds(Collection<Long> ids) {
        Map<Long, Activity> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        store.byIds(ids).forEach(a -> out.put(a.id(), a));
        return out;
    }

    public Optional<Activity> byBody(long bodyId) {
        return store.byBody(bodyId);
    }

    public Activity require(String code) {
        if (code == null || code.isBlank()) throw new Problems.InvalidInput("activity", "time.activity.required");
        return byCode(code).orElseThrow(() -> new Problems.InvalidInput("activity", "time.activity.unknown", code));
    }

    @Transactional
    public Activity create(NewActivity a) {
        String code = a.code() == null ? "" : a.code().trim();
        String name = a.name() == null || a.name().isBlank() ? code : a.name().trim();
        if (code.isEmpty() || code.length() > 80) throw new Problems.InvalidInput("code", "time.activity.code.invalid");
        if (name.length() > 200) throw new Problems.InvalidInput("name", "time.activity.name.invalid");
        if (a.kind() == null) throw new Problems.InvalidInput("kind", "time.activity.kind.invalid");
        if (a.budgetMinutes() != null && a.budgetMinutes() < 0) throw new Problems.InvalidInput("budgetHours", "time.activity.budget.invalid");
        if (byCode(code).isPresent()) throw new Problems.Conflict("code", "time.activity.code.taken", code);
        long id = store.insert(code, name, a.kind(), a.organisationId(), a.bodyId(), a.billable(), a.budgetMinutes(),
                Instant.now(clock));
        audit.record(AUDIT_TYPE, id, "created", null, fields(code, name, a.kind(), a.billable(), a.budgetMinutes(), false));
        events.publishEvent(new ActivityChanged(id, code));
        return byId(id).orElseThrow();
    }

    @Override
    @Transactional
    public long internalActivity(String code, String name) {
        Optional<Activity> known = byCode(code);
        if (known.isPresent()) {
            if (known.get().kind() != ActivityKind.INTERNAL) throw new Problems.Conflict("code", "time.activity.code.taken", code);
            return known.get().id();
        }
        return create(new NewActivity(code, name, ActivityKind.INTERNAL, null, null, false, null)).id();
    }

    @Transactional
    public Activity update(long id, String name, boolean billable, Long budgetMinutes, boolean closed) {
        Activity before = byId(id).orElseThrow(() -> new Problems.NotFound("time.activity.not-found"));
        String n = name == null || name.isBlank() ? before.name() : name.trim();
        if (n.length() > 200) throw new Problems.InvalidInput("name", "time.activity.name.invalid");
        if (budgetMinutes != null && budgetMinutes < 0) throw new Problems.InvalidInput("budgetHours", "time.activity.budget.invalid");
        store.update(id, n, billable, budgetMinutes, closed);
        audit.record(AUDIT_TYPE, id, "updated",
                fields(before.code(), before.name(), before.kind(), before.billable(), before.budgetMinutes(), before.closed()),
                fields(before.code(), n, before.kind(), billable, budgetMinutes, closed));
        events.publishEvent(new ActivityChanged(id, before.code()));
        return byId(id).orElseThrow();
    }

    private static Map<String, Object> fields(String code, String name, ActivityKind kind, boolean billable, Long budget,
                                              boolean closed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("kind", kind);
        m.put("billable", billable);
        m.put("budgetMinutes", budget);
        m.put("closed", closed);
        return m;
    }
}
