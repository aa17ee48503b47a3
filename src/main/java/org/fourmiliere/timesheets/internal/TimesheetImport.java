package org.fourmiliere.timesheets.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.timesheets.ActivityKind;
import org.fourmiliere.timesheets.EntryKind;
import org.fourmiliere.timesheets.TimesheetsImported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports historical timesheets from CSV (columns worker, activity, kind, start, end, billable; local times of
 * America/Montreal or ISO 8601 with an offset). First every row is read and checked (a preview with the
 * errors of each row); then, only when no row is wrong, everything is written in one transaction.
 * Workers are matched by their code (kept in {@code ts_worker.code}), else by e-mail; an unknown code becomes
 * a new person (e-mail {@code <code>@import.fourmiliere.local}) engaged as a worker from their first day.
 * Unknown activities are created: "contrat-…" a CONTRACT, "réunion…" a MEETING, "comité…" a COMMITTEE,
 * anything else INTERNAL.
 */
@Service
public class TimesheetImport {

    /** The entity type of import batches in the audit trail. */
    static final String AUDIT_TYPE = "time_import";

    private final ApplicationEventPublisher events;

    public static final int MAX_ERRORS_KEPT = 200;
    private static final int CHUNK = 500;

    public record RowError(long line, String key, Object[] args) {}

    /** The file once read: compact columns, dictionaries of workers and activities, and the row errors. */
    public static final class Parsed {
        final List<String> workers = new ArrayList<>();
        final List<String> activities = new ArrayList<>();
        final Map<String, Integer> workerIndex = new HashMap<>();
        final Map<String, Integer> activityIndex = new HashMap<>();
        int[] worker = new int[1024];
        int[] activity = new int[1024];
        byte[] kind = new byte[1024];
        byte[] billable = new byte[1024];
        long[] start = new long[1024];
        long[] end = new long[1024];
        int size;
        long errorCount;
        final List<RowError> errors = new ArrayList<>();
        Long[] personOf;
        Long[] activityIdOf;
        long minutes;

        void add(int w, int a, byte k, byte b, long s, long e) {
            if (size == worker.length) {
                int n = size * 2;
                worker = Arrays.copyOf(worker, n);
                activity = Arrays.copyOf(activity, n);
                kind = Arrays.copyOf(kind, n);
                billable = Arrays.copyOf(billable, n);
                start = Arrays.copyOf(start, n);
                end = Arrays.copyOf(end, n);
            }
            worker[size] = w;
            activity[size] = a;
            kind[size] = k;
            billable[size] = b;
            start[size] = s;
            end[size] = e;
            size++;
            minutes += (e - s) / 60;
        }

        void error(long line, String key, Object... args) {
            errorCount++;
            if (errors.size() < MAX_ERRORS_KEPT) errors.add(new RowError(line, key, args));
        }

        public int rows() { return size; }
        public long errorCount() { return errorCount; }
        public List<RowError> errors() { return errors; }
        public boolean ok() { return errorCount == 0 && size > 0; }
        public long minutes() { return minutes; }
        public int workerCount() { return workers.size(); }
        public int activityCount() { return activities.size(); }
        public long newWorkers() { return personOf == null ? 0 : Arrays.stream(personOf).filter(p -> p == null).count(); }
        public long newActivities() { return activityIdOf == null ? 0 : Arrays.stream(activityIdOf).filter(p -> p == null).count(); }
    }

    public record Result(int rows, long minutes, long workersCreated, long activitiesCreated, long batchId) {}

    private final TimesheetImportStore store;
    private final MemberDirectory directory;
    private final MemberRegistration registration;
    private final Activities activities;
    private final Locks locks;
    private final AuditTrail audit;
    private final Clock clock;
    private final MonthTotalStore totals;

    private final Wages wages;

    TimesheetImport(Wages wages, MonthTotalStore totals, TimesheetImportStore store, MemberDirectory directory, MemberRegistration registration, Activities activities,
                    Locks locks, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.wages = wages;
        this.totals = totals;
        this.store = store;
        this.directory = directory;
        this.registration = registration;
        this.activities = activities;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading and checking

    /** Reads and checks the whole file; {@code progress} receives the number of rows read so far. */
    public Parsed read(Reader reader, LongConsumer progress) throws IOException {
        Parsed p = new Parsed();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        String header = in.readLine();
        if (header == null) {
            p.error(1, "time.import.empty");
            return p;
        }
        if (header.startsWith("\uFEFF")) header = header.substring(1);
        List<String> cols = split(header).stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        int cw = cols.indexOf("worker"), ca = cols.indexOf("activity"), ck = cols.indexOf("kind"),
                cs = cols.indexOf("start"), ce = cols.indexOf("end"), cb = cols.indexOf("billable");
        if (cw < 0 || ca < 0 || cs < 0 || ce < 0) {
            p.error(1, "time.import.header", "worker, activity, kind, start, end, billable");
            return p;
        }
        String line;
        long n = 1;
        List<String> f = new ArrayList<>(8);
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank()) continue;
            if ((n & 0x3FFF) == 0) progress.accept(n);
            splitInto(line, f);
            if (f.size() < cols.size()) {
                p.error(n, "time.import.columns", cols.size(), f.size());
                continue;
            }
            String w = f.get(cw).trim(), a = f.get(ca).trim();
            if (w.isEmpty() || w.length() > 80) { p.error(n, "time.import.worker"); continue; }
            if (a.isEmpty() || a.length() > 80) { p.error(n, "time.import.activity"); continue; }
            EntryKind kind = ck < 0 || f.get(ck).isBlank() ? EntryKind.PAID : EntryKind.parse(f.get(ck)).orElse(null);
            if (kind == null) { p.error(n, "time.import.kind", f.get(ck)); continue; }
            Instant s = instant(f.get(cs)), e = instant(f.get(ce));
            if (s == null) { p.error(n, "time.import.start", f.get(cs)); continue; }
            if (e == null) { p.error(n, "time.import.end", f.get(ce)); continue; }
            if (!e.isAfter(s)) { p.error(n, "time.import.order"); continue; }
            if ((e.getEpochSecond() - s.getEpochSecond()) / 60 > EntryShape.MAX_MINUTES) {
                p.error(n, "time.import.too-long", EntryShape.MAX_MINUTES / 60);
                continue;
            }
            byte billable;
            String bt = cb < 0 ? "" : f.get(cb).trim().toLowerCase(Locale.ROOT);
            switch (bt) {
                case "yes", "true", "oui", "1", "y", "o" -> billable = 1;
                case "no", "false", "non", "0", "n" -> billable = 0;
                case "" -> billable = -1;
                default -> { p.error(n, "time.import.billable", bt); continue; }
            }
            int wi = p.workerIndex.computeIfAbsent(w, k -> { p.workers.add(k); return p.workers.size() - 1; });
            int ai = p.activityIndex.computeIfAbsent(a, k -> { p.activities.add(k); return p.activities.size() - 1; });
            p.add(wi, ai, (byte) kind.ordinal(), billable, s.getEpochSecond(), e.getEpochSecond());
        }
        progress.accept(n);
        if (p.size == 0 && p.errorCount == 0) p.error(2, "time.import.empty");
        check(p);
        return p;
    }

    /** Rules across rows: overlaps inside the file and with recorded entries, locked months; resolves names. */
    private void check(Parsed p) {
        p.personOf = new Long[p.workers.size()];
        for (int i = 0; i < p.workers.size(); i++) p.personOf[i] = person(p.workers.get(i)).orElse(null);
        p.activityIdOf = new Long[p.activities.size()];
        for (int i = 0; i < p.activities.size(); i++) {
            String code = p.activities.get(i);
            var a = activities.byCode(code);
            p.activityIdOf[i] = a.map(Activity::id).orElse(null);
        }
        Integer[] order = new Integer[p.size];
        for (int i = 0; i < p.size; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> p.worker[x] != p.worker[y] ? Integer.compare(p.worker[x], p.worker[y])
                : Long.compare(p.start[x], p.start[y]));
        for (int k = 1; k < order.length; k++) {
            int prev = order[k - 1], cur = order[k];
            if (p.worker[prev] == p.worker[cur] && p.start[cur] < p.end[prev]) {
                p.error(line(p, cur), "time.import.overlap", p.workers.get(p.worker[cur]), line(p, prev));
            }
        }
        // against recorded entries of known workers
        Map<Integer, long[]> span = new HashMap<>();
        for (int i = 0; i < p.size; i++) {
            long[] s = span.computeIfAbsent(p.worker[i], w -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            s[0] = Math.min(s[0], p.start[i]);
            s[1] = Math.max(s[1], p.end[i]);
        }
        for (var e : span.entrySet()) {
            Long person = p.personOf[e.getKey()];
            if (person == null) continue;
            List<long[]> existing = store.recordedSpans(person, Instant.ofEpochSecond(e.getValue()[0]),
                    Instant.ofEpochSecond(e.getValue()[1]));
            if (existing.isEmpty()) continue;
            for (int i = 0; i < p.size; i++) {
                if (p.worker[i] != e.getKey()) continue;
                for (long[] x : existing) {
                    if (p.start[i] < x[1] && x[0] < p.end[i]) {
                        p.error(line(p, i), "time.import.overlap-recorded", p.workers.get(p.worker[i]));
                        break;
                    }
                }
            }
        }
        var locked = locks.all();
        if (!locked.isEmpty()) {
            var months = locked.stream().map(Locks.LockedMonth::month).collect(java.util.stream.Collectors.toSet());
            for (int i = 0; i < p.size; i++) {
                YearMonth a = YearMonth.from(Instant.ofEpochSecond(p.start[i]).atZone(TimeConfig.ZONE));
                YearMonth b = YearMonth.from(Instant.ofEpochSecond(p.end[i] - 1).atZone(TimeConfig.ZONE));
                if (months.contains(a) || months.contains(b)) p.error(line(p, i), "time.locked", (months.contains(a) ? a : b).toString());
            }
        }
        p.errors.sort(java.util.Comparator.comparingLong(RowError::line));
    }

    /** Line numbers are not kept per row (memory); rows are numbered in file order after the header. */
    private static long line(Parsed p, int row) {
        return row + 2;
    }

    private Optional<Long> person(String code) {
        Optional<Long> byCode = store.workerByCode(code);
        if (byCode.isPresent()) return byCode;
        String email = code.contains("@") ? code : syntheticEmail(code);
        return directory.personByEmail(email).map(PersonRef::id);
    }

    static String syntheticEmail(String code) {
        String slug = Normalizer.normalize(code, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        return slug + "@import.fourmiliere.local";
    }

    // ------------------------------------------------------------------ writing

    /** Writes every row in one transaction; refused when any row is wrong (nothing is written). */
    @Transactional
    public Result commit(Parsed p, LongConsumer progress) {
        if (!p.ok()) throw new Problems.InvalidInput("file", "time.import.has-errors", p.errorCount());
        long workersCreated = 0, activitiesCreated = 0;
        long[] firstDay = new long[p.workers.size()];
        Arrays.fill(firstDay, Long.MAX_VALUE);
        for (int i = 0; i < p.size; i++) firstDay[p.worker[i]] = Math.min(firstDay[p.worker[i]], p.start[i]);
        long[] person = new long[p.workers.size()];
        for (int i = 0; i < p.workers.size(); i++) {
            String code = p.workers.get(i);
            Long id = person(code).orElse(null);
            if (id == null) {
                String email = code.contains("@") ? code : syntheticEmail(code);
                id = registration.registerPerson(MemberRegistration.RegisterPerson.of(code, email, "fr"));
                LocalDate since = Instant.ofEpochSecond(firstDay[i]).atZone(TimeConfig.ZONE).toLocalDate();
                registration.engageWorker(new MemberRegistration.EngageWorker(id, Engagement.VOLUNTEER, since, null));
                workersCreated++;
            }
            person[i] = id;
            store.ensureWorker(id, code.contains("@") ? null : code);
        }
        long[] activity = new long[p.activities.size()];
        boolean[] activityBillable = new boolean[p.activities.size()];
        boolean[] activityMeeting = new boolean[p.activities.size()];
        for (int i = 0; i < p.activities.size(); i++) {
            String code = p.activities.get(i);
            Activity a = activities.byCode(code).orElse(null);
            if (a == null) {
                ActivityKind kind = guessKind(code);
                a = activities.create(new Activities.NewActivity(code, code, kind, null, null,
                        kind == ActivityKind.CONTRACT || kind == ActivityKind.PROJECT, null));
                activitiesCreated++;
            }
            activity[i] = a.id();
            activityBillable[i] = a.billable();
            activityMeeting[i] = a.kind() == ActivityKind.MEETING;
        }
        long batch = Instant.now(clock).toEpochMilli() * 1000 + (long) (Math.random() * 1000);
        Instant now = Instant.now(clock);
        EntryKind[] kinds = EntryKind.values();
        int spanning = 0;
        List<TimesheetImportStore.Row> chunk = new ArrayList<>(CHUNK);
        for (int from = 0; from < p.size; from += CHUNK) {
            int to = Math.min(p.size, from + CHUNK);
            chunk.clear();
            for (int i = from; i < to; i++) {
                Instant s = Instant.ofEpochSecond(p.start[i]), e = Instant.ofEpochSecond(p.end[i]);
                boolean spans = DaySplit.spansDays(s, e, TimeConfig.ZONE);
                if (spans) spanning++;
                int ai = p.activity[i];
                chunk.add(new TimesheetImportStore.Row(person[p.worker[i]], activity[ai], s, e, s.atZone(TimeConfig.ZONE).toLocalDate(),
                        (int) ((p.end[i] - p.start[i]) / 60), kinds[p.kind[i]],
                        p.billable[i] < 0 ? activityBillable[ai] : p.billable[i] == 1, activityMeeting[ai], spans));
            }
            store.insert(chunk, batch, now);
            progress.accept(to);
        }
        // minutes per day: one row per entry on one day, split rows for entries across midnight
        store.insertDaysOfBatch(batch);
        if (spanning > 0) {
            for (TimesheetImportStore.Spanning sp : store.spanning(batch)) {
                for (var d : DaySplit.minutesPerDay(sp.start(), sp.end(), TimeConfig.ZONE).entrySet()) {
                    store.insertDay(sp, d.getKey(), d.getValue());
                }
            }
        }
        store.settle(batch);
        WageTable table = wages.table();
        Map<MonthTotalStore.Key, Long> monthTotals = new HashMap<>();
        Map<MonthTotalStore.ActivityKey, Long> activityMonths = new HashMap<>();
        for (int i = 0; i < p.size; i++) {
            Instant s = Instant.ofEpochSecond(p.start[i]), e = Instant.ofEpochSecond(p.end[i]);
            Map<LocalDate, Integer> days = DaySplit.spansDays(s, e, TimeConfig.ZONE)
                    ? DaySplit.minutesPerDay(s, e, TimeConfig.ZONE)
                    : Map.of(s.atZone(TimeConfig.ZONE).toLocalDate(), (int) ((p.end[i] - p.start[i]) / 60));
            for (var d : days.entrySet()) {
                LocalDate rateFrom = table.rateFrom(d.getKey());
                monthTotals.merge(new MonthTotalStore.Key(person[p.worker[i]], d.getKey().getYear() * 100 + d.getKey().getMonthValue(),
                        kinds[p.kind[i]].name(), rateFrom), (long) d.getValue(), Long::sum);
                activityMonths.merge(new MonthTotalStore.ActivityKey(MonthTotalStore.monthKey(d.getKey()), person[p.worker[i]],
                        activity[p.activity[i]], kinds[p.kind[i]].name(), activityMeeting[p.activity[i]]), (long) d.getValue(), Long::sum);
            }
        }
        totals.addAll(monthTotals);
        totals.addActivityMonths(activityMonths);
        audit.record(AUDIT_TYPE, batch, "imported", null, Map.of("rows", p.size, "minutes", p.minutes,
                "workersCreated", workersCreated, "activitiesCreated", activitiesCreated));
        events.publishEvent(new TimesheetsImported(batch, p.size));
        return new Result(p.size, p.minutes, workersCreated, activitiesCreated, batch);
    }

    /** Refreshes the planner's statistics after a large import (outside its transaction); best effort. */
    public void analyze() {
        store.analyze();
    }

    static ActivityKind guessKind(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        if (c.startsWith("contrat") || c.startsWith("contract")) return ActivityKind.CONTRACT;
        if (c.startsWith("projet") || c.startsWith("project")) return ActivityKind.PROJECT;
        if (c.startsWith("réunion") || c.startsWith("reunion") || c.startsWith("meeting")) return ActivityKind.MEETING;
        if (c.startsWith("comité") || c.startsWith("comite") || c.startsWith("committee")) return ActivityKind.COMMITTEE;
        return ActivityKind.INTERNAL;
    }

    /** A local date-time of the collective (the earlier one in an autumn repeat) or ISO 8601 with an offset. */
    static Instant instant(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) return null;
        try {
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) return OffsetDateTime.parse(t).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            LocalDateTime ldt = LocalDateTime.parse(t.replace(' ', 'T'));
            return ZonedDateTime.ofLocal(ldt, TimeConfig.ZONE, null).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        splitInto(line, out);
        return out;
    }

    /** One CSV line (RFC 4180 quotes; no line breaks inside fields). */
    static void splitInto(String line, List<String> out) {
        out.clear();
        if (line.indexOf('"') < 0) {
            int from = 0;
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) == ',') {
                    out.add(line.substring(from, i));
                    from = i + 1;
                }
            }
            out.add(line.substring(from));
            return;
        }
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                    else quoted = false;
                } else cur.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { out.add(cur.toString()); cur.setLength(0); }
            else cur.append(c);
        }
        out.add(cur.toString());
    }
}
