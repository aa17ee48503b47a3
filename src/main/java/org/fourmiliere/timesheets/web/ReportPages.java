package org.fourmiliere.timesheets.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.timesheets.internal.Locks;
import org.fourmiliere.timesheets.internal.TimeReports;
import org.fourmiliere.timesheets.internal.Wages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** For coordination and accounting: every worker's totals, the pay report, lifetime totals, wages, locks. */
@Allowed(Permission.LOCK_TIME)
@Controller
class ReportPages {

    private final FormErrors formErrors;

    private final TimeReports reports;
    private final Wages wages;
    private final Locks locks;
    private final MemberDirectory directory;
    private final Clock clock;

    ReportPages(TimeReports reports, Wages wages, Locks locks, MemberDirectory directory, Clock clock, FormErrors formErrors) {
        this.formErrors = formErrors;
        this.reports = reports;
        this.wages = wages;
        this.locks = locks;
        this.directory = directory;
        this.clock = clock;
    }

    @Allowed(Permission.VIEW_ALL_TIME)
    @GetMapping("/time/reports")
    String reports(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.ZONE));
        LocalDate f = from == null ? today.withDayOfMonth(1) : from;
        LocalDate t = to == null || to.isBefore(f) ? YearMonth.from(f).atEndOfMonth() : to;
        var summary = reports.summary(f, t);
        var pay = reports.pay(f, t, null);
        Map<Long, String> names = new TreeMap<>();
        List<Long> ids = pay.lines().stream().map(TimeReports.PayLine::workerId).toList();
        directory.persons(ids).forEach(p -> names.put(p.id(), p.name()));
        Map<Long, List<TimeReports.SummaryLine>> byWorker = new LinkedHashMap<>();
        summary.forEach(l -> byWorker.computeIfAbsent(l.workerId(), w -> new java.util.ArrayList<>()).add(l));
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        model.addAttribute("byWorker", byWorker);
        model.addAttribute("names", names);
        model.addAttribute("pay", pay);
        model.addAttribute("lifetime", reports.lifetime());
        model.addAttribute("budgets", reports.budgets());
        return "timesheets/reports";
    }

    @Allowed(Permission.VIEW_ALL_TIME)
    @GetMapping("/time/wages")
    String wages(Model model) {
        model.addAttribute("rates", wages.table().rates());
        model.addAttribute("canEdit", SignedIn.current().map(s -> s.has(org.fourmiliere.accounts.Permission.LOCK_TIME)).orElse(false));
        return "timesheets/wages";
    }

    @PostMapping("/time/wages")
    String setRate(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) String hourly, RedirectAttributes flash) {
        try {
            BigDecimal h;
            try {
                h = new BigDecimal(hourly == null ? "" : hourly.trim().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new Problems.InvalidInput("hourly", "time.wage.hourly.invalid");
            }
            wages.setRate(from, h);
            formErrors.notice(flash, "time.wage.saved");
        } catch (Problems.DomainException e) {
            formErrors.flash(flash, e);
        }
        return "redirect:/time/wages";
    }

    @GetMapping("/time/locks")
    String locks(Model model) {
        model.addAttribute("locked", locks.all());
        model.addAttribute("suggested", YearMonth.now(clock.withZone(TimeConfig.ZONE)).minusMonths(1));
        return "timesheets/locks";
    }

    @PostMapping("/time/locks")
    String lock(@RequestParam(required = false) String month, RedirectAttributes flash) {
        try {
            locks.lock(TimesheetApi.parseMonth(month), SignedIn.require().email());
            formErrors.notice(flash, "time.lock.done");
        } catch (Problems.DomainException e) {
            formErrors.flash(flash, e);
        }
        return "redirect:/time/locks";
    }

    static String name(Map<Long, String> names, long id) {
        return names.getOrDefault(id, "#" + id);
    }

}
