package org.fourmiliere.timesheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.Years;
import org.fourmiliere.timesheets.internal.Locks;
import org.fourmiliere.timesheets.internal.TimeEntries;
import org.fourmiliere.timesheets.internal.TimeEntry;
import org.fourmiliere.timesheets.internal.TimesheetImport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly totals per worker × activity × month the time tracker keeps as it writes ({@code ts_activity_month})
 * equal the sum of the entries' minutes per day after any sequence of writes — entries timed and by the day, across
 * midnight and month ends, edits, deletions, adjustments of a locked month, punches, meeting time and imports — and a
 * reading per period (whole months from the totals, the edges from the days) equals the sum of the days.
 */
@IntegrationTest
class ActivityMonthTotalsIT {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    @LocalServerPort int port;
    @Autowired MemberRegistration registration;
    @Autowired AccountDirectory accounts;
    @Autowired TimeEntries entries;
    @Autowired TimesheetImport importer;
    @Autowired Locks locks;
    @Autowired WorkedTime workedTime;
    @Autowired JdbcClient jdbc;

    enum Kind { CREATE_TIMED, CREATE_DAY, UPDATE, DELETE, ADJUST, LOCK, MEETING, IMPORT }

    /** One write, its numbers read modulo what exists when it runs. */
    record Op(Kind kind, int day, int second, int length, int activity, int target, EntryKind entryKind) {}

    static Arbitrary<Op> ops() {
        Arbitrary<Kind> kind = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(Kind.CREATE_TIMED)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.CREATE_DAY)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.UPDATE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.DELETE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.ADJUST)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.LOCK)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.MEETING)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.IMPORT)));
        // days near month ends half of the time, so that entries across midnight fall into two months
        Arbitrary<Integer> day = Arbitraries.oneOf(Arbitraries.integers().between(0, 364),
                Arbitraries.of(30, 58, 89, 119, 150, 180, 211, 242, 272, 303, 333, 364));
        return Combinators.combine(kind, day, Arbitraries.integers().between(0, 24 * 3600 - 60),
                        Arbitraries.integers().between(1, 16 * 60), Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 1000), Arbitraries.of(EntryKind.class))
                .as(Op::new);
    }

    @Test
    void totalsEqualTheSumOfTheEntriesAfterAnySequenceOfWrites() throws Exception {
        TimeFixture fixture = new TimeFixture(registration, accounts, port);
        for (int run = 0; run < 12; run++) {
            int year = Years.fresh();
            var w = fixture.worker("en");
            List<String> activities = List.of(TimeFixture.activity(w.api(), "tot"), TimeFixture.activity(w.api(), "tot"),
                    TimeFixture.activity(w.api(), "tot"));
            List<Op> ops = ops().list().ofMinSize(5).ofMaxSize(25).sample();
            List<Long> ids = new ArrayList<>();
            for (Op op : ops) {
                try {
                    apply(op, year, w, activities, ids);
                } catch (Problems.DomainException refused) {
                    // a refused write (overlap, locked month) leaves nothing behind: the totals are checked all the same
                }
            }
            assertThat(totals(w.personId())).as("run %d: %s", run, ops).isEqualTo(days(w.personId()));
            for (int i = 0; i < 6; i++) {
                LocalDate from = LocalDate.of(year, 1, 1).plusDays(Arbitraries.integers().between(-20, 330).sample());
                LocalDate to = from.plusDays(Arbitraries.oneOf(Arbitraries.integers().between(0, 40),
                        Arbitraries.integers().between(27, 400)).sample());
                if (i == 0) {
                    from = LocalDate.of(year, 1, 1);
                    to = LocalDate.of(year, 12, 31);
                }
                HoursQuery q = HoursQuery.between(from, to).ofWorker(w.personId());
                Map<String, Long> perPeriod = folded(workedTime.minutes(q.perPeriod()).rows());
                Map<String, Long> perDay = folded(workedTime.minutes(q).rows());
                assertThat(perPeriod).as("run %d, %s – %s: %s", run, from, to, ops).isEqualTo(perDay);
            }
        }
    }

    private void apply(Op op, int year, TimeFixture.Worker w, List<String> activities, List<Long> ids) throws Exception {
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(op.day());
        Instant start = day.atStartOfDay(MONTREAL).plusSeconds(op.second()).toInstant();
        Instant end = start.plusSeconds(op.length() * 60L);
        String activity = activities.get(op.activity());
        switch (op.kind()) {
            case CREATE_TIMED -> ids.add(entries.create(w.personId(), new TimeEntries.EntryInput(activity, start, end, null, null,
                    op.entryKind(), null, null, op.target() % 5 == 0), "API").id());
            case CREATE_DAY -> ids.add(entries.create(w.personId(), new TimeEntries.EntryInput(activity, null, null, day,
                    op.length(), op.entryKind(), null, null, null), "API").id());
            case UPDATE -> {
                if (ids.isEmpty()) return;
                long id = ids.get(op.target() % ids.size());
                TimeEntry e = entries.get(id).orElseThrow();
                TimeEntries.EntryInput in = e.timed()
                        ? new TimeEntries.EntryInput(activity, start, end, null, null, op.entryKind(), null, null, op.target() % 3 == 0)
                        : new TimeEntries.EntryInput(activity, null, null, day, op.length(), op.entryKind(), null, null, null);
                entries.update(w.personId(), id, in);
            }
            case DELETE -> {
                if (ids.isEmpty()) return;
                long id = ids.get(op.target() % ids.size());
                entries.delete(w.personId(), id);
                ids.remove(id);
            }
            case ADJUST -> {
                if (ids.isEmpty()) return;
                ids.add(entries.adjust(w.personId(), ids.get(op.target() % ids.size()), day,
                        op.target() % 2 == 0 ? -op.length() / 2 : op.length(), "correction").id());
            }
            case LOCK -> {
                YearMonth m = YearMonth.from(day);
                if (!locks.isLocked(m)) locks.lock(m, "accounting@test.local");
            }
            case MEETING -> {
                String key = "totals-" + year + "-" + (op.target() % 3);
                if (op.target() % 4 == 0) entries.removeMeetingTime(key, w.personId());
                else entries.replaceMeetingTime(key, activityId(activity), w.personId(), start, end);
            }
            case IMPORT -> {
                String csv = "worker,activity,kind,start,end,billable\n" + w.email() + "," + activity + "," + op.entryKind() + ","
                        + start + "," + end + ",\n";
                var parsed = importer.read(new StringReader(csv), n -> { });
                if (parsed.ok()) importer.commit(parsed, n -> { });
            }
        }
    }

    private long activityId(String code) {
        return jdbc.sql("SELECT id FROM ts_activity WHERE code = :c").param("c", code).query(Long.class).single();
    }

    /** The kept totals of a worker, zero rows left out. */
    private Map<String, Long> totals(long worker) {
        Map<String, Long> out = new TreeMap<>();
        jdbc.sql("SELECT month_key, activity_id, kind, meeting, minutes FROM ts_activity_month WHERE worker_id = :w AND minutes <> 0")
                .param("w", worker)
                .query(rs -> {
                    out.put(rs.getInt(1) + "/" + rs.getLong(2) + "/" + rs.getString(3) + "/" + rs.getBoolean(4), rs.getLong(5));
                });
        return out;
    }

    /** The same, added up from the minutes per day. */
    private Map<String, Long> days(long worker) {
        Map<String, Long> out = new TreeMap<>();
        jdbc.sql("SELECT work_day, activity_id, kind, meeting, duration_min FROM ts_entry_day WHERE worker_id = :w")
                .param("w", worker)
                .query(rs -> {
                    LocalDate d = rs.getObject(1, LocalDate.class);
                    out.merge((d.getYear() * 100 + d.getMonthValue()) + "/" + rs.getLong(2) + "/" + rs.getString(3) + "/"
                            + rs.getBoolean(4), (long) rs.getInt(5), Long::sum);
                });
        out.values().removeIf(m -> m == 0);
        return out;
    }

    private static Map<String, Long> folded(List<Hours.Row> rows) {
        Map<String, Long> out = new TreeMap<>();
        for (Hours.Row r : rows) out.merge(r.workerId() + "/" + r.activityId() + "/" + r.kind() + "/" + r.meeting(), r.minutes(), Long::sum);
        out.values().removeIf(m -> m == 0);
        return out;
    }
}
