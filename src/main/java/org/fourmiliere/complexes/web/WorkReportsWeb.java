package org.fourmiliere.complexes.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.complexes.internal.ComplexesService;
import org.fourmiliere.complexes.internal.WorkReports;
import org.fourmiliere.complexes.internal.WorkReports.DistributionRow;
import org.fourmiliere.complexes.internal.WorkReports.RoleBudget;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The roles' budgets against the hours used, and each worker's yearly work distribution (page, JSON and CSV). A
 * worker reads their own distribution; those who see everyone's time or decide holdings (VIEW_ALL_TIME,
 * MANAGE_BODIES) read everyone's.
 */
@Allowed(Permission.TAKE_PART)
@Controller
class WorkReportsWeb {

    private final WorkReports reports;
    private final ComplexesViews views;
    private final ComplexesService complexes;

    WorkReportsWeb(WorkReports reports, ComplexesViews views, ComplexesService complexes) {
        this.reports = reports;
        this.views = views;
        this.complexes = complexes;
    }

    @GetMapping("/complexes/budgets")
    String budgetsPage(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate t = to != null ? to : complexes.today();
        LocalDate f = from != null ? from : t.withDayOfYear(1);
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        model.addAttribute("budgets", reports.budgets(f, t.isBefore(f) ? f : t));
        return "complexes/budgets";
    }

    @GetMapping("/complexes/distribution.csv")
    ResponseEntity<String> csv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        StringBuilder s = new StringBuilder("person_id,name,role,task,kind,hours\n");
        for (ComplexesViews.DistributionView r : rows(from, to)) {
            s.append(r.personId()).append(',').append(csv(r.name())).append(',').append(r.roleCode()).append(',')
                    .append(csv(r.task())).append(',').append(r.kind()).append(',').append(r.hours().toPlainString()).append('\n');
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"work-distribution-" + from + "-" + to + ".csv\"")
                .body(s.toString());
    }

    /** Each worker's complex over the period, each quarter and its change: {@code part} ALL, SLICE or CHANGE. */
    @GetMapping("/complexes/distribution-complexes.csv")
    ResponseEntity<String> complexesCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        StringBuilder s = new StringBuilder("person_id,name,part,slice,from,to,rated_hours,desirability,empowerment\n");
        for (ComplexesViews.ComplexOverTimeView r : views.complexesOverTime(from, to)) {
            s.append(r.personId()).append(',').append(csv(r.name())).append(',').append(r.part()).append(',').append(r.slice())
                    .append(',').append(r.from()).append(',').append(r.to()).append(',').append(r.hours().toPlainString())
                    .append(',').append(r.desirability().toPlainString()).append(',').append(r.empowerment().toPlainString())
                    .append('\n');
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"work-complexes-" + from + "-" + to + ".csv\"")
                .body(s.toString());
    }

    @GetMapping("/complexes/distribution")
    String distributionPage(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate t = to != null ? to : complexes.today();
        LocalDate f = from != null ? from : t.minusYears(1).plusDays(1);
        model.addAttribute("from", f);
        model.addAttribute("to", t);
        model.addAttribute("rows", rows(f, t.isBefore(f) ? f : t));
        model.addAttribute("complexes", views.complexesOverTime(f, t.isBefore(f) ? f : t));
        return "complexes/distribution";
    }

    private List<ComplexesViews.DistributionView> rows(LocalDate from, LocalDate to) {
        return views.distribution(from, to);
    }

    private static String csv(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
