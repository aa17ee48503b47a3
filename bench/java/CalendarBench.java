import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.fourmiliere.shared.BusinessCalendar;

/**
 * Deadline computations per second of shared.BusinessCalendar (docs/benchmarks.md, "Business-hours clock"). Run by
 * bench/calendar.sh. Sends from random instants of 2000-2099 (48 business hours), on Québec's calendar and on one
 * with 40 closed days a year; prints deadlines/s for 5 rounds of each after 3 to warm up, single-threaded.
 */
public class CalendarBench {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        SplittableRandom random = new SplittableRandom(42);
        long first = Instant.parse("2000-01-01T05:00:00Z").getEpochSecond();
        long last = Instant.parse("2100-01-01T05:00:00Z").getEpochSecond();
        Instant[] froms = new Instant[n];
        for (int i = 0; i < n; i++) froms[i] = Instant.ofEpochSecond(random.nextLong(first, last), random.nextInt(1_000_000_000));
        List<LocalDate> closed = new ArrayList<>();
        for (int y = 2000; y < 2100; y++) {
            for (int d = 0; d < 40; d++) closed.add(LocalDate.ofYearDay(y, 1 + random.nextInt(365)));
        }
        BusinessCalendar quebec = BusinessCalendar.quebec();
        BusinessCalendar withClosed = BusinessCalendar.withClosedDays(closed);
        for (int warm = 0; warm < 3; warm++) {
            run(null, quebec, froms);
            run(null, withClosed, froms);
        }
        for (int round = 1; round <= 5; round++) {
            run("quebec, round " + round, quebec, froms);
            run("quebec + 4000 closed days, round " + round, withClosed, froms);
        }
    }

    private static void run(String name, BusinessCalendar calendar, Instant[] froms) {
        Duration h48 = Duration.ofHours(48);
        long sink = 0;
        long t0 = System.nanoTime();
        for (Instant from : froms) sink += calendar.deadline(from, h48).getEpochSecond();
        long ns = System.nanoTime() - t0;
        if (name != null) {
            System.out.printf("%-38s %,12.0f deadlines/s (%.0f ns each)%n", name, froms.length * 1e9 / ns,
                    (double) ns / froms.length);
        }
        if (sink == 42) System.out.println();
    }
}
