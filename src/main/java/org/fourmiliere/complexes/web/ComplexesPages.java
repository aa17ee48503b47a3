package org.fourmiliere.complexes.web;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.complexes.EditProposalLine;
import org.fourmiliere.complexes.OpenRound;
import org.fourmiliere.complexes.RateTask;
import org.fourmiliere.complexes.RequestProposal;
import org.fourmiliere.complexes.internal.ComplexesService;
import org.fourmiliere.complexes.internal.HowtoVersion;
import org.fourmiliere.complexes.internal.Proposals;
import org.fourmiliere.complexes.internal.RatingRound;
import org.fourmiliere.complexes.web.ComplexesViews.ComplexView;
import org.fourmiliere.complexes.web.ComplexesViews.OwnRatingView;
import org.fourmiliere.complexes.web.ComplexesViews.ReportView;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The pages of the job complexes: the complexes (scatter chart beside the table, the spread, who carries the least
 * desirable hours, one's own position and history), the rating page of the open round, the proposals.
 */
@Allowed(Permission.TAKE_PART)
@Controller
class ComplexesPages {

    private final ComplexesService complexes;
    private final Proposals proposals;
    private final ComplexesViews views;
    private final FormErrors formErrors;
    private final MessageSource messages;

    ComplexesPages(ComplexesService complexes, Proposals proposals, ComplexesViews views, FormErrors formErrors,
                   MessageSource messages) {
        this.complexes = complexes;
        this.proposals = proposals;
        this.views = views;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    /** The current quarter by default. */
    @GetMapping("/complexes")
    String complexes(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     Model model, Locale locale) {
        LocalDate today = complexes.today();
        LocalDate f = from != null ? from : today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate t = to != null ? to : today;
        if (t.isBefore(f)) t = f;
        ReportView report = views.report(f, t);
        Long me = SignedIn.current().map(SignedIn::personId).orElse(null);
        List<ScatterChart.Dot> dots = new ArrayList<>();
        for (ComplexView c : report.complexes()) {
            dots.add(new ScatterChart.Dot(c.name(), c.desirability(), c.empowerment(), c.hours(), me != null && me == c.personId()));
        }
        model.addAttribute("report", report);
        model.addAttribute("chart", ScatterChart.svg(dots, messages.getMessage("complexes.chart.title", null, locale),
                messages.getMessage("complexes.desirability", null, locale), messages.getMessage("complexes.empowerment", null, locale)));
        model.addAttribute("mine", report.complexes().stream().filter(c -> me != null && me == c.personId()).findFirst().orElse(null));
        // one's history: the four quarters before this one and this one
        List<Map<String, Object>> history = new ArrayList<>();
        if (me != null) {
            LocalDate q = f.with(IsoFields.DAY_OF_QUARTER, 1).minusMonths(12);
            for (int i = 0; i < 5; i++, q = q.plusMonths(3)) {
                LocalDate end = q.plusMonths(3).minusDays(1);
                var r = complexes.report(q, end.isAfter(today) ? today : end);
                final LocalDate start = q;
                r.complexes().stream().filter(c -> c.workerId() == me).findFirst().ifPresent(c -> {
                    Map<String, Object> row = new HashMap<>();
                    row.put("from", start);
                    row.put("hours", c.hours());
                    row.put("desirability", c.shownDesirability());
                    row.put("empowerment", c.shownEmpowerment());
                    history.add(row);
                });
                if (q.isAfter(today)) break;
            }
        }
        model.addAttribute("history", history);
        model.addAttribute("tasks", views.tasks());
        return "complexes/complexes";
    }

    /** A task's how-to for a newcomer, rendered from its Markdown, any of its versions (the latest by default). */
    @Allowed(Permission.VIEW_DIRECTORY)
    @GetMapping("/complexes/tasks/{id}")
    String task(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
        model.addAttribute("task", views.task(id));
        List<HowtoVersion> versions = complexes.howtoVersions(id);
        HowtoVersion shown = version == null ? (versions.isEmpty() ? null : versions.getFirst())
                : versions.stream().filter(v -> v.version() == version).findFirst()
                        .orElseThrow(() -> new Problems.NotFound("complexes.howto.version-not-found", version));
        Map<Long, String> names = views.names(versions.stream().map(HowtoVersion::writtenBy).filter(java.util.Objects::nonNull).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HowtoVersion v : versions) {
            Map<String, Object> row = new HashMap<>();
            row.put("version", v.version());
            row.put("writtenAt", v.writtenAt());
            row.put("writtenBy", v.writtenBy() == null ? null : names.get(v.writtenBy()));
            row.put("shown", shown != null && shown.version() == v.version());
            rows.add(row);
        }
        model.addAttribute("versions", rows);
        model.addAttribute("shown", shown);
        model.addAttribute("latest", !versions.isEmpty() && shown != null && shown.version() == versions.getFirst().version());
        model.addAttribute("howtoHtml", shown == null ? null : HowtoMarkdown.html(shown.body()));
        return "complexes/task";
    }

    @Allowed(Permission.TRACK_TIME)
    @GetMapping("/complexes/rate")
    String rate(Model model) {
        var open = complexes.openRound();
        model.addAttribute("round", open.map(views::round).orElse(null));
        model.addAttribute("tasks", views.tasks());
        Map<Long, OwnRatingView> mine = new HashMap<>();
        open.ifPresent(r -> views.mine(ComplexesApi.me(), r.id()).forEach(o -> mine.put(o.taskId(), o)));
        model.addAttribute("mine", mine);
        model.addAttribute("rounds", views.rounds());
        model.addAttribute("today", complexes.today());
        return "complexes/rate";
    }

    /** One form for every task: fields d-{task}, e-{task}, c-{task}; a task left without both values is skipped. */
    @Allowed(Permission.TRACK_TIME)
    @PostMapping("/complexes/rate")
    String rated(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        RatingRound round = complexes.openRound().orElse(null);
        if (round == null) {
            formErrors.flash(redirect, new Problems.Conflict("round", "complexes.round.none-open"));
            return "redirect:/complexes/rate";
        }
        long me = ComplexesApi.me();
        try {
            for (var t : complexes.tasks()) {
                String d = form.get("d-" + t.id()), e = form.get("e-" + t.id());
                if (d == null || d.isBlank() || e == null || e.isBlank()) continue;
                int dv = parse(d), ev = parse(e);
                complexes.rate(me, round.id(), new RateTask(t.id(), dv, ev, form.get("c-" + t.id())));
            }
            formErrors.notice(redirect, "complexes.rated");
        } catch (Problems.InvalidInput | Problems.Conflict ex) {
            formErrors.flash(redirect, ex);
        }
        return "redirect:/complexes/rate";
    }

    private static int parse(String v) {
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 1 && n <= 5) return n;
        } catch (NumberFormatException ignored) {
            // refused below
        }
        throw new Problems.InvalidInput("desirability", "complexes.rating.range");
    }

    @Allowed(Permission.VOTE_WORK_COMMITTEE)
    @PostMapping("/complexes/rounds")
    String openRound(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
                     @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            complexes.openRound(new OpenRound(closesOn, note));
            formErrors.notice(redirect, "complexes.round.opened");
        } catch (Problems.InvalidInput | Problems.Conflict ex) {
            formErrors.flash(redirect, ex);
        }
        return "redirect:/complexes/rate";
    }

    @GetMapping("/complexes/proposals")
    String proposals(Model model) {
        LocalDate today = complexes.today();
        model.addAttribute("proposals", proposals.all());
        model.addAttribute("from", today);
        model.addAttribute("to", today.plusMonths(3));
        return "complexes/proposals";
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/complexes/proposals")
    String request(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   RedirectAttributes redirect) {
        try {
            if (from == null) throw new Problems.InvalidInput("from", "complexes.period.invalid");
            if (to == null) throw new Problems.InvalidInput("to", "complexes.period.invalid");
            long id = proposals.request(new RequestProposal(from, to));
            return "redirect:/complexes/proposals/" + id;
        } catch (Problems.InvalidInput | Problems.Conflict ex) {
            formErrors.flash(redirect, ex);
            return "redirect:/complexes/proposals";
        }
    }

    @GetMapping("/complexes/proposals/{id}")
    String proposal(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("p", views.proposal(id, locale.getLanguage()));
        model.addAttribute("history", proposals.history(id));
        model.addAttribute("tasks", views.tasks());
        return "complexes/proposal";
    }

    /** The progress block alone, polled by htmx while the solver runs. */
    @GetMapping("/complexes/proposals/{id}/progress")
    String progress(@PathVariable long id, Model model, Locale locale) {
        model.addAttribute("p", views.proposal(id, locale.getLanguage()));
        return "complexes/proposal :: progress";
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/complexes/proposals/{id}/lines")
    String edit(@PathVariable long id, @RequestParam(required = false) Long taskId, @RequestParam(required = false) Long personId,
                @RequestParam(required = false) BigDecimal hours, RedirectAttributes redirect) {
        try {
            if (taskId == null) throw new Problems.InvalidInput("taskId", "complexes.task.not-found", "");
            if (personId == null) throw new Problems.InvalidInput("personId", "complexes.person.unknown", "");
            if (hours == null || hours.signum() < 0) throw new Problems.InvalidInput("hours", "complexes.availability.invalid");
            proposals.edit(id, new EditProposalLine(taskId, personId, hours));
            formErrors.notice(redirect, "complexes.proposal.edited");
        } catch (Problems.InvalidInput | Problems.Conflict | Problems.NotFound ex) {
            formErrors.flash(redirect, ex);
        }
        return "redirect:/complexes/proposals/" + id;
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/complexes/proposals/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        try {
            proposals.accept(id);
            formErrors.notice(redirect, "complexes.proposal.accepted");
        } catch (Problems.InvalidInput | Problems.Conflict ex) {
            formErrors.flash(redirect, ex);
        }
        return "redirect:/complexes/proposals/" + id;
    }
}
