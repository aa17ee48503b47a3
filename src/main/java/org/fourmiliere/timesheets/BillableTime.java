package org.fourmiliere.timesheets;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.fourmiliere.shared.Money;

/**
 * Billing clients for the time spent on their contracts: the activity a contract's hours go to, the billable hours
 * not yet billed, and marking them billed when the invoice is issued. A billed entry is billed once and can no longer
 * be changed or deleted (an adjusting entry corrects it); the time tracker refuses it with {@code time.entry.billed}.
 */
public interface BillableTime {

    /** The billable, closed, not yet billed minutes of one worker on one day (the entry's day), with how many entries. */
    record Unbilled(long workerId, LocalDate day, long minutes, int entries) {}

    /** What {@link #markBilled} marked. */
    record Billed(int entries, long minutes) {}

    /** Opens a billable CONTRACT activity (the code unique) with a budget in minutes (or none); returns its id. */
    long openContractActivity(String code, String name, Long budgetMinutes);

    /** The activity's code. */
    String activityCode(long activityId);

    /** The billable, closed, unbilled minutes on an activity whose day is between {@code from} and {@code to} (both included), per worker and day. */
    List<Unbilled> unbilled(long activityId, LocalDate from, LocalDate to);

    /**
     * Marks billed, under {@code reference} (an invoice number), every entry {@link #unbilled} would count now. Joins the
     * caller's transaction, which should hold a lock that keeps two billings of the activity apart.
     */
    Billed markBilled(long activityId, LocalDate from, LocalDate to, String reference);

    /**
     * Makes billable again the entries of the activity billed under {@code reference} (the invoice a credit note cancelled
     * wholly): they count as unbilled and can be edited again. Joins the caller's transaction; returns how many.
     */
    int unmarkBilled(long activityId, String reference);

    /** Every minute spent on the activity (billable or not, billed or not; adjustments count). */
    long minutesOn(long activityId);

    /** The PAID minutes on the activity per local day, for the cost at the single wage. */
    Map<LocalDate, Long> paidMinutesPerDay(long activityId);

    /** The cost of paid minutes per day at the single wage in force on each day. */
    Money wageCost(Map<LocalDate, Long> paidMinutesPerDay);

    /** The activity of an entry, if the entry exists. */
    OptionalLong activityOfEntry(long entryId);
}
