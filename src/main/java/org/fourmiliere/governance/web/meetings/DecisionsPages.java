package org.fourmiliere.governance.web.meetings;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.governance.BodyRef;
import org.fourmiliere.governance.internal.decisions.Decision;
import org.fourmiliere.governance.internal.decisions.DecisionRegister;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.fourmiliere.shared.web.Public;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The decision register: search and filters, exports, the public page, reversal by a higher body. */
@Allowed(Permission.TAKE_PART)
@Controller
class DecisionsPages {

    private final DecisionRegister register;
    private final DecisionExports exports;
    private final BodyDirectory bodies;
    private final PageSupport support;
    private final FormErrors formErrors;
    private final java.time.Clock clock;
    private final org.fourmiliere.governance.internal.quick.QuickDecisionService quick;

    DecisionsPages(DecisionRegister register, DecisionExports exports, BodyDirectory bodies, PageSupport support,
                   FormErrors formErrors, java.time.Clock clock,
                   org.fourmiliere.governance.internal.quick.QuickDecisionService quick) {
        this.clock = clock;
        this.quick = quick;
        this.register = register;
        this.exports = exports;
        this.bodies = bodies;
        this.support = support;
        this.formErrors = formErrors;
    }

    @GetMapping("/decisions")
    String register(@RequestParam(required = false) String q, @RequestParam(required = false) Long bodyId,
                    @RequestParam(required = false) Integer year, @RequestParam(required = false) Decision.Status status,
                    @RequestParam(required = false) Decision.HowTaken how, @RequestParam(required = false) String tag,
                    Model model) {
        List<Decision> found = register.search(new DecisionRegister.Filter(q, bodyId, year, status, how, tag, false));
        fill(model, found);
        model.addAttribute("quickOf", quick.ofDecisions(found.stream().map(Decision::id).toList()));
        model.addAttribute("q", q);
        model.addAttribute("bodyId", bodyId);
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("how", how);
        model.addAttribute("tag", tag);
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        model.addAttribute("statuses", Decision.Status.values());
        model.addAttribute("hows", Decision.HowTaken.values());
        model.addAttribute("bodies", bodies.bodies());
        return "meetings/decisions";
    }

    @Public
    @GetMapping("/decisions/public")
    String publicRegister(@RequestParam(required = false) String q, Model model) {
        fill(model, register.search(new DecisionRegister.Filter(q, null, null, null, null, null, true)));
        model.addAttribute("q", q);
        return "meetings/decisions-public";
    }

    private void fill(Model model, List<Decision> found) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute("decisions", found);
        model.addAttribute("bodyNames", bodies.bodies().stream().collect(Collectors.toMap(BodyRef::id, b -> b.name(lang))));
        Set<Long> ids = found.stream().flatMap(d -> d.participants().stream()).map(Decision.Participant::personId).collect(Collectors.toSet());
        model.addAttribute("names", support.names(ids));
    }

    @GetMapping("/decisions/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year) {
        String body = exports.csv(register.search(new DecisionRegister.Filter(null, null, year, null, null, null, false)));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"decisions" + (year == null ? "" : "-" + year) + ".csv\"")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/decisions/{year:\\d{4}}.md")
    ResponseEntity<byte[]> markdown(@PathVariable int year) {
        String body = exports.markdown(year, register.search(new DecisionRegister.Filter(null, null, year, null, null, null, false)));
        return ResponseEntity.ok().contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/decisions/{year:\\d{4}}")
    String printable(@PathVariable int year, Model model) {
        fill(model, register.search(new DecisionRegister.Filter(null, null, year, null, null, null, false)).reversed());
        model.addAttribute("year", year);
        return "meetings/decisions-year";
    }

    @PostMapping("/decisions/{id}/reversal")
    String reverse(@PathVariable long id, @RequestParam long reversedBy, RedirectAttributes ra) {
        try {
            register.reverse(id, reversedBy);
            formErrors.notice(ra, "decisions.reversed.done");
        } catch (Problems.DomainException e) {
            formErrors.flash(ra, e);
        }
        return "redirect:/decisions";
    }

}
