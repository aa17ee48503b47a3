package org.fourmiliere.contracts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.fourmiliere.contracts.Commands.Grouping;
import org.fourmiliere.sales.NewLine;
import org.fourmiliere.timesheets.BillableTime.Unbilled;

/**
 * The invoice lines of the hours of a period at the contract's rate: one line for the activity, or one per worker
 * and day. A quantity is the minutes in hours to four decimals (a third of an hour is 0.3333).
 */
public final class HoursBilling {

    private HoursBilling() {}

    static final String UNIT = "h";

    /** The descriptions of the lines, in the customer's language. */
    public interface Texts {
        String activity(String title, String activityCode, LocalDate from, LocalDate to);

        String day(String worker, LocalDate day, String activityCode);
    }

    public static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP);
    }

    public static List<NewLine> lines(Contract contract, String activityCode, LocalDate from, LocalDate to,
                                      List<Unbilled> unbilled, Grouping grouping, LongFunction<String> workerName,
                                      Texts texts) {
        List<NewLine> out = new ArrayList<>();
        BigDecimal price = contract.hourly().amount();
        String dept = contract.service().department();
        if (grouping == Grouping.WORKER_DAY) {
            for (Unbilled u : unbilled) {
                if (u.minutes() <= 0) continue;
                String text = texts.day(workerName.apply(u.workerId()), u.day(), activityCode);
                out.add(new NewLine(text, hours(u.minutes()), UNIT, price, dept, null, null, activityCode, null));
            }
        } else {
            long minutes = unbilled.stream().mapToLong(Unbilled::minutes).sum();
            if (minutes > 0) {
                String text = texts.activity(contract.title(), activityCode, from, to);
                out.add(new NewLine(text, hours(minutes), UNIT, price, dept, null, null, activityCode, null));
            }
        }
        return out;
    }
}
