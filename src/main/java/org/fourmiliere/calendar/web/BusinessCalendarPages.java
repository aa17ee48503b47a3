package org.fourmiliere.calendar.web;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDateTime;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.calendar.AddClosedDays;
import org.fourmiliere.calendar.internal.CalendarService;
import org.fourmiliere.shared.BusinessCalendar;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.shared.web.AnySignedIn;
import org.fourmiliere.shared.web.FormErrors;
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

/**
 * The page of the business calendar: a year's statutory holidays and closed days, a deadline to check, and (for
 * MANAGE_BODIES) the form to close days, bound to the API's command ({@link AddClosedDays}).
 */
@AnySignedIn
@Controller
class BusinessCalendarPages {

    /** The name of the add form in the model, and so in its message codes (NotNull.closed.firstDay). */
    static final String FORM = "closed";

    private final CalendarService calendar;
    private final CalendarViews views;
    private final FormErrors formErrors;

    BusinessCalendarPages(CalendarService calendar, CalendarViews views, FormErrors formErrors) {
        this.calendar = calendar;
        this.views = views;
        this.formErrors = formErrors;
    }

    @GetMapping("/business-calendar")
    String page(@RequestParam(required = false) Integer year,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
                Model model) {
        model.addAttribute(FORM, new AddClosedDays(null, null, null));
        if (from != null) {
            Instant start = from.atZone(TimeConfig.ZONE).toInstant();
            try {
                model.addAttribute("deadlineAt", calendar.deadline(start, 48));
            } catch (Problems.InvalidInput e) {
                model.addAttribute("deadlineError", true);
            }
            model.addAttribute("from", from);
        }
        return render(year, model);
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/business-calendar/closed-days")
    String add(@Valid @ModelAttribute(FORM) AddClosedDays command, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        if (errors.hasErrors()) return render(command.firstDay() == null ? null : command.firstDay().getYear(), model);
        try {
            calendar.add(command);
        } catch (Problems.InvalidInput e) {
            FormErrors.reject(errors, e);
            return render(null, model);
        }
        formErrors.notice(redirect, "calendar.closed.added");
        return "redirect:/business-calendar?year=" + command.firstDay().getYear();
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/business-calendar/closed-days/{id}/remove")
    String remove(@PathVariable long id, @RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        try {
            calendar.remove(id);
            formErrors.notice(redirect, "calendar.closed.removed");
        } catch (Problems.NotFound e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/business-calendar" + (year == null ? "" : "?year=" + year);
    }

    private String render(Integer year, Model model) {
        int y = year == null || year < BusinessCalendar.FIRST_YEAR || year > BusinessCalendar.LAST_YEAR
                ? calendar.thisYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("holidays", views.holidays(y));
        model.addAttribute("closedDays", CalendarViews.closed(calendar.closedDays(y)));
        return "calendar/calendar";
    }
}
