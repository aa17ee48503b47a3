package org.fourmiliere.timesheets.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.timesheets.HoursQuery;
import org.fourmiliere.timesheets.WorkedTime;
import org.fourmiliere.timesheets.internal.TimeEntries;
import org.fourmiliere.timesheets.internal.TimeReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page's block of the time tracker: my week day by day, my month so far, the running punch. */
@Allowed(Permission.TRACK_TIME)
@Controller
class TimeHomeBlock {

    private final TimeReports reports;
    private final TimeEntries entries;
    private final WorkedTime workedTime;
    private final Clock clock;

    TimeHomeBlock(TimeReports reports, TimeEntries entries, WorkedTime workedTime, Clock clock) {
        this.reports = reports;
        this.entries = entries;
        this.workedTime = workedTime;
        this.clock = clock;
    }

    @GetMapping("/time/home")
    String block(Model model) {
        long me = Me.worker();
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.ZONE));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var grid = reports.grid(me, monday, monday.plusDays(6));
        model.addAttribute("grid", grid);
        model.addAttribute("top", grid.rows().stream()
                .sorted(Comparator.comparingLong(TimeReports.GridRow::total).reversed()).limit(4).toList());
        model.addAttribute("today", today);
        model.addAttribute("monday", monday);
        model.addAttribute("monthMinutes", workedTime.minutes(HoursQuery.between(today.withDayOfMonth(1), today)
                .ofWorker(me).perWorkerAndMonth()).total());
        model.addAttribute("running", entries.running(me).orElse(null));
        return "timesheets/home-block :: block";
    }
}
