package org.fourmiliere.timesheets.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.AnySignedIn;
import org.fourmiliere.shared.web.ApiController;
import org.fourmiliere.timesheets.EntryKind;
import org.fourmiliere.timesheets.internal.Locks;
import org.fourmiliere.timesheets.internal.TimeReports;
import org.fourmiliere.timesheets.internal.Wages;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Totals: a worker's timesheet for a period, every worker's summary, pay, lifetime totals, locks, wage rates. */
@Allowed(Permission.VIEW_ALL_TIME)
@ApiController("/api/v1")
@Tag(name = "Timesheets", description = "Totals, pay, the wage table, locked months")
class TimesheetApi {

    record Timesheet(long worker, LocalDate from, LocalDate to, long totalMinutes, Map<String, Long> byKind,
                     List<DayMinutes> byDay, List<ActivityMinutes> byActivity, BigDecimal pay, String currency) {}

    record DayMinutes(LocalDate day, long minutes) {}

    record ActivityMinutes(String activity, long minutes) {}

    /** Lock a month, given as "2026-10" (checked by the lock: its message names the expected form). */
    record LockBody(@Size(max = 20) String month) {}

    record LockedView(String month) {}

    /** Set the hourly wage in force from a day (checked by the wage table: positive, cents at most). */
    record RateBody(LocalDate from, BigDecimal hourly) {}

    record RateView(LocalDate from, BigDecimal hourly, String currency) {}

    record SetRateView(LocalDate from, BigDecimal hourly) {}

    record SummaryLineView(long workerId, long activityId, String activityCode, EntryKind kind, long minutes) {
        static SummaryLineView of(TimeReports.SummaryLine l) {
            return new SummaryLineView(l.workerId(), l.activityId(), l.activityCode(), l.kind(), l.minutes());
        }
    }

    record PayLineView(long workerId, long paidMinutes, long volunteerMinutes, long mandatedMinutes,
                       long paidMinutesWithoutRate, Money pay) {
        static PayLineView of(TimeReports.PayLine l) {
            return new PayLineView(l.workerId(), l.paidMinutes(), l.volunteerMinutes(), l.mandatedMinutes(),
                    l.paidMinutesWithoutRate(), l.pay());
        }
    }

    record PayView(LocalDate from, LocalDate to, List<PayLineView> lines, long paidMinutes, long volunteerMinutes,
                   long mandatedMinutes, long paidMinutesWithoutRate, Money pay) {
        static PayView of(TimeReports.PayReport r) {
            return new PayView(r.from(), r.to(), r.lines().stream().map(PayLineView::of).toList(), r.paidMinutes(),
                    r.volunteerMinutes(), r.mandatedMinutes(), r.paidMinutesWithoutRate(), r.pay());
        }
    }

    record LifetimeView(LocalDate firstDay, LocalDate lastDay, long totalMinutes, long paidMinutes, long volunteerMinutes,
                        long mandatedUnpaidMinutes, long paidMinutesWithoutRate, BigDecimal volunteerSharePercent,
                        BigDecimal paid, String currency) {}

    private final TimeReports reports;
    private final Locks locks;
    private final Wages wages;
    private final Clock clock;

    TimesheetApi(TimeReports reports, Locks locks, Wages wages, Clock clock) {
        this.reports = reports;
        this.locks = locks;
        this.wages = wages;
        this.clock = clock;
    }

    @AnySignedIn
    @GetMapping("/timesheets")
    @Operation(summary = "A worker's minutes per day, activity and kind, and pay, from..to or period=week|month")
    Timesheet timesheet(@RequestParam(required = false) String worker, @RequestParam(required = false) LocalDate from,
                        @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String period) {
        long w = Me.workerOrSelf(worker == null ? null : TimeEntryApi.parseWorker(worker));
        LocalDate[] span = span(from, to, period, clock);
        var grid = reports.grid(w, span[0], span[1]);
        var pay = reports.pay(span[0], span[1], w);
        Map<String, Long> kinds = new LinkedHashMap<>();
        grid.kindTotals().forEach((k, v) -> kinds.put(k.name(), v));
        List<DayMinutes> days = grid.dayTotals().entrySet().stream().map(e -> new DayMinutes(e.getKey(), e.getValue())).toList();
        List<ActivityMinutes> acts = grid.rows().stream().map(r -> new ActivityMinutes(r.activityCode(), r.total())).toList();
        return new Timesheet(w, span[0], span[1], grid.total(), kinds, days, acts, pay.pay().amount(), "CAD");
    }

    @GetMapping("/timesheets/summary")
    @Operation(summary = "Every worker's minutes by activity and kind over a period")
    List<SummaryLineView> summary(@RequestParam(required = false) LocalDate from,
                                          @RequestParam(required = false) LocalDate to,
                                          @RequestParam(required = false) String period) {
        LocalDate[] span = span(from, to, period, clock);
        return reports.summary(span[0], span[1]).stream().map(SummaryLineView::of).toList();
    }

    @GetMapping("/timesheets/pay")
    @Operation(summary = "Pay-period report: hours per kind and pay per worker (paid hours × the rate of each day)")
    PayView pay(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                              @RequestParam(required = false) String period) {
        LocalDate[] span = span(from, to, period, clock);
        return PayView.of(reports.pay(span[0], span[1], null));
    }

    @GetMapping("/timesheets/lifetime")
    @Operation(summary = "Hours worked and amount paid since the founding")
    LifetimeView lifetime() {
        var l = reports.lifetime();
        return new LifetimeView(l.firstDay(), l.lastDay(), l.totalMinutes(), l.paidMinutes(), l.volunteerMinutes(),
                l.mandatedMinutes(), l.paidMinutesWithoutRate(), l.volunteerShare(), l.paid().amount(),
                l.paid().currency().getCurrencyCode());
    }

    @Allowed(Permission.LOCK_TIME)
    @PostMapping("/timesheets/locks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lock a month (\"2026-10\"): its entries never change again")
    LockedView lock(@Valid @RequestBody LockBody body) {
        YearMonth m = parseMonth(body.month());
        locks.lock(m, SignedIn.require().email());
        return new LockedView(m.toString());
    }

    @GetMapping("/wage-rates")
    List<RateView> rates() {
        return wages.table().rates().stream()
                .map(r -> new RateView(r.from(), r.hourly().amount(), r.hourly().currency().getCurrencyCode())).toList();
    }

    @Allowed(Permission.LOCK_TIME)
    @PostMapping("/wage-rates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set the single hourly wage in force from a day")
    SetRateView setRate(@Valid @RequestBody RateBody body) {
        wages.setRate(body.from(), body.hourly());
        return new SetRateView(body.from(), body.hourly());
    }

    static YearMonth parseMonth(String s) {
        try {
            return YearMonth.parse(s == null ? "" : s.trim());
        } catch (Exception e) {
            throw new Problems.InvalidInput("month", "time.month.invalid");
        }
    }

    /** from..to, or the current week (Monday to Sunday) or month in the collective's zone. */
    static LocalDate[] span(LocalDate from, LocalDate to, String period, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(org.fourmiliere.shared.TimeConfig.ZONE));
        if (period != null) {
            switch (period) {
                case "week" -> {
                    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    return new LocalDate[] {monday, monday.plusDays(6)};
                }
                case "month" -> {
                    return new LocalDate[] {today.withDayOfMonth(1), YearMonth.from(today).atEndOfMonth()};
                }
                default -> throw new Problems.InvalidInput("period", "time.period.unknown");
            }
        }
        LocalDate f = from == null ? today.withDayOfMonth(1) : from;
        LocalDate t = to == null ? YearMonth.from(f).atEndOfMonth() : to;
        if (t.isBefore(f)) throw new Problems.InvalidInput("to", "time.period.invalid");
        return new LocalDate[] {f, t};
    }
}
