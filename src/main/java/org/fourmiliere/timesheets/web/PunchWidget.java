package org.fourmiliere.timesheets.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.fourmiliere.timesheets.internal.Activities;
import org.fourmiliere.timesheets.internal.TimeEntries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The small punch widget in the header of every page (loaded and updated with htmx): in, switch, out. */
@Allowed(Permission.TRACK_TIME)
@Controller
class PunchWidget {

    private final TimeEntries entries;
    private final Activities activities;
    private final FormErrors formErrors;
    private final Clock clock;

    PunchWidget(TimeEntries entries, Activities activities, FormErrors formErrors, Clock clock) {
        this.entries = entries;
        this.activities = activities;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/time/widget")
    String widget(Model model) {
        return render(model);
    }

    @PostMapping("/time/widget/punch")
    String punch(@RequestParam(required = false) String activity, Model model) {
        try {
            entries.punch(Me.worker(), activity, null, null);
        } catch (Problems.DomainException e) {
            formErrors.show(model, e);
        }
        return render(model);
    }

    @PostMapping("/time/widget/stop")
    String stop(Model model) {
        try {
            entries.stop(Me.worker());
        } catch (Problems.DomainException e) {
            formErrors.show(model, e);
        }
        return render(model);
    }

    private String render(Model model) {
        var running = entries.running(Me.worker()).orElse(null);
        model.addAttribute("running", running);
        model.addAttribute("elapsed", running == null ? null : Duration.between(running.start(), Instant.now(clock)));
        model.addAttribute("activities", activities.open());
        return "timesheets/widget :: widget";
    }
}
