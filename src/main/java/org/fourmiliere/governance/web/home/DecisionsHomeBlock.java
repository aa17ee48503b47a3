package org.fourmiliere.governance.web.home;

import java.util.List;
import java.util.Map;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.governance.internal.decisions.Decision;
import org.fourmiliere.governance.internal.decisions.DecisionRegister;
import org.fourmiliere.governance.internal.quick.QuickDecisionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page's block of decisions: first the quick decisions open now, each with the business time left before
 * it takes effect (what a member may still veto), then the latest decisions of the register.
 */
@Allowed(Permission.TAKE_PART)
@Controller
class DecisionsHomeBlock {

    static final int HOW_MANY = 5;

    private final DecisionRegister register;
    private final BodyNames bodyNames;
    private final QuickDecisionService quick;

    DecisionsHomeBlock(DecisionRegister register, BodyNames bodyNames, QuickDecisionService quick) {
        this.register = register;
        this.bodyNames = bodyNames;
        this.quick = quick;
    }

    /** An open quick decision as the block shows it. */
    record OpenQuick(long id, String token, String title, java.time.Instant deadline, java.time.Duration left) {}

    @GetMapping("/decisions/home")
    String block(Model model) {
        List<Decision> latest = register.latest(HOW_MANY);
        model.addAttribute("latest", latest);
        model.addAttribute("openQuick", quick.open().stream()
                .map(q -> new OpenQuick(q.id(), q.token(), q.title(), q.deadline(), quick.timeLeft(q))).toList());
        model.addAttribute("bodyNames", latest.isEmpty() ? Map.of() : bodyNames.all());
        return "governance/home :: decisions";
    }
}
