package org.fourmiliere.timesheets.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.shared.web.FormErrors;
import org.fourmiliere.timesheets.EntryKind;
import org.fourmiliere.timesheets.internal.Activities;
import org.fourmiliere.timesheets.internal.Locks;
import org.fourmiliere.timesheets.internal.TimeEntries;
import org.fourmiliere.timesheets.internal.TimeEntries.EntryInput;
import org.fourmiliere.timesheets.internal.TimeEntry;
import org.fourmiliere.timesheets.internal.TimeReports;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The worker's own pages: the week grid, the month, an entry (new, edit, delete, adjust), the punch widget. */
@Allowed(Permission.TRACK_TIME)
@Controller
class TimePages {

    record EntryForm(@NotBlank String activity, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                     @NotBlank @Pattern(regexp = "\\d{1,2}:\\d{2}", message = "{time.form.time.invalid}") String startTime,
                     @NotBlank @Pattern(regexp = "\\d{1,2}:\\d{2}", message = "{time.form.time.invalid}") String endTime,
                     @NotBlank String kind, boolean billable, @Size(max = 1000) String note) {}

    record AdjustForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @NotNull Integer minutes,
                      @Size(max = 1000) String note) {}

    /** The domain names the times of an entry start and end; the form, startTime and endTime. */
    private static final Map<String, String> FORM_FIELDS = Map.of("start", "startTime", "end", "endTime");

    private final TimeEntries entries;
    private final Activities activities;
    private final TimeReports reports;
    private final Locks locks;
    private final AuditTrail audit;
    private final Clock clock;
    private final FormErrors formErrors;

    TimePages(TimeEntries entries, Activities activities, TimeReports reports, Locks locks, AuditTrail audit, Clock clock,
              FormErrors formErrors) {
        this.formErrors = formErrors;
        this.entries = entries;
        this.activities = activities;
        this.reports = reports;
        this.locks = locks;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfig.ZONE));
    }

    @GetMapping("/time")
    String week(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week, Model model) {
        long me = Me.worker();
        LocalDate monday = (week == null ? today() : week).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        model.addAttribute("grid", reports.grid(me, monday, monday.plusDays(6)));
        model.addAttribute("entries", entries.list(me, monday, monday.plusDays(6), 1000));
        model.addAttribute("previous", monday.minusWeeks(1));
        model.addAttribute("next", monday.plusWeeks(1));
        model.addAttribute("monday", monday);
        model.addAttribute("running", entries.running(me).orElse(null));
        return "timesheets/week";
    }

    @GetMapping("/time/month")
    String month(@RequestParam(required = false) String month, Model model) {
        long me = Me.worker();
        YearMonth m;
        try {
            m = month == null || month.isBlank() ? YearMonth.from(today()) : YearMonth.parse(month);
        } catch (RuntimeException e) {
            m = YearMonth.from(today());
        }
        model.addAttribute("grid", reports.grid(me, m.atDay(1), m.atEndOfMonth()));
        model.addAttribute("pay", reports.pay(m.atDay(1), m.atEndOfMonth(), me));
        model.addAttribute("month", m);
        model.addAttribute("locked", locks.isLocked(m));
        model.addAttribute("previous", m.minusMonths(1));
        model.addAttribute("next", m.plusMonths(1));
        return "timesheets/month";
    }

    @GetMapping("/time/entries/new")
    String newEntry(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
        model.addAttribute("form", new EntryForm("", day == null ? today() : day, "09:00", "10:00", "PAID", false, ""));
        return form(model, null);
    }

    @PostMapping("/time/entries")
    String create(@Valid @ModelAttribute("form") EntryForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                TimeEntry e = entries.create(Me.worker(), input(form), "WEB");
                formErrors.notice(flash, "time.entry.saved");
                return "redirect:/time?week=" + e.day();
            } catch (Problems.DomainException e) {
                FormErrors.reject(errors, e, FORM_FIELDS);
            }
        }
        return form(model, null);
    }

    @GetMapping("/time/entries/{id}")
    String edit(@PathVariable long id, Model model) {
        TimeEntry e = mine(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EntryForm(e.activityCode(), e.day(),
                    e.start() == null ? "" : hm(e.start()), e.end() == null ? "" : hm(e.end()), e.kind().name(),
                    e.billable(), e.note()));
        }
        return form(model, e);
    }

    @PostMapping("/time/entries/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EntryForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        TimeEntry e = mine(id);
        if (!errors.hasErrors()) {
            try {
                TimeEntry after = entries.update(Me.worker(), id, input(form));
                formErrors.notice(flash, "time.entry.saved");
                return "redirect:/time?week=" + after.day();
            } catch (Problems.DomainException ex) {
                FormErrors.reject(errors, ex, FORM_FIELDS);
            }
        }
        return form(model, e);
    }

    @PostMapping("/time/entries/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        TimeEntry e = mine(id);
        try {
            entries.delete(Me.worker(), id);
            formErrors.notice(flash, "time.entry.deleted");
        } catch (Problems.DomainException ex) {
            formErrors.flash(flash, ex);
            return "redirect:/time/entries/" + id;
        }
        return "redirect:/time?week=" + e.day();
    }

    @PostMapping("/time/entries/{id}/adjust")
    String adjust(@PathVariable long id, @Valid @ModelAttribute("adjust") AdjustForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        TimeEntry e = mine(id);
        if (!errors.hasErrors()) {
            try {
                entries.adjust(Me.worker(), id, form.day(), form.minutes(), form.note());
                formErrors.notice(flash, "time.entry.adjusted");
                return "redirect:/time?week=" + form.day();
            } catch (Problems.DomainException ex) {
                FormErrors.reject(errors, ex);
            }
        }
        model.addAttribute("form", new EntryForm(e.activityCode(), e.day(), e.start() == null ? "" : hm(e.start()),
                e.end() == null ? "" : hm(e.end()), e.kind().name(), e.billable(), e.note()));
        return form(model, e);
    }

    private String form(Model model, TimeEntry entry) {
        model.addAttribute("entry", entry);
        model.addAttribute("activities", activities.open());
        model.addAttribute("kinds", EntryKind.values());
        if (entry != null) {
            model.addAttribute("history", audit.history(TimeEntries.AUDIT_TYPE, entry.id()));
            boolean locked = entry.day() != null && locks.isLocked(YearMonth.from(entry.day()));
            model.addAttribute("locked", locked);
            if (!model.containsAttribute("adjust")) model.addAttribute("adjust", new AdjustForm(today(), null, ""));
        }
        return "timesheets/entry";
    }

    private TimeEntry mine(long id) {
        long me = Me.worker();
        return entries.get(id).filter(e -> e.workerId() == me).orElseThrow(() -> new Problems.NotFound("time.entry.not-found"));
    }

    static EntryInput input(EntryForm f) {
        LocalTime s = time(f.startTime(), "start"), e = time(f.endTime(), "end");
        ZonedDateTime start = ZonedDateTime.of(f.day(), s, TimeConfig.ZONE);
        ZonedDateTime end = ZonedDateTime.of(e.isAfter(s) ? f.day() : f.day().plusDays(1), e, TimeConfig.ZONE);
        EntryKind kind = EntryKind.parse(f.kind()).orElseThrow(() -> new Problems.InvalidInput("kind", "time.entry.kind.invalid"));
        return new EntryInput(f.activity(), start.toInstant(), end.toInstant(), null, null, kind, f.billable(), f.note(), null);
    }

    private static LocalTime time(String hm, String field) {
        try {
            return LocalTime.parse(hm.length() == 4 ? "0" + hm : hm);
        } catch (RuntimeException e) {
            throw new Problems.InvalidInput(field, "time.form.time.invalid");
        }
    }

    static String hm(Instant i) {
        return java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(TimeConfig.ZONE).format(i);
    }
}
