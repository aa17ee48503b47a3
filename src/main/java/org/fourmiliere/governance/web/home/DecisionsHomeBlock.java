package org.fourmiliere.governance.web.home;

import java.util.List;
import java.util.Map;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.governance.internal.decisions.Decision;
import org.fourmiliere.governance.internal.decisions.DecisionRegister;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page's block of decisions. Nothing in the model is yet "a decision to take": an agenda item does not
 * say whether it awaits a decision, and no vote is open outside meetings. So the block shows the latest
 * decisions of the register. When quick decisions by e-mail come (their own module), their open votes with the
 * time left go first in this block, above the latest decisions: a list of its own in the fragment, filled from
 * that module's public API; the latest decisions stay below.
 */
@Allowed(Permission.TAKE_PART)
@Controller
class DecisionsHomeBlock {

    static final int HOW_MANY = 5;

    private final DecisionRegister register;
    private final BodyNames bodyNames;

    DecisionsHomeBlock(DecisionRegister register, BodyNames bodyNames) {
        this.register = register;
        this.bodyNames = bodyNames;
    }

    @GetMapping("/decisions/home")
    String block(Model model) {
        List<Decision> latest = register.latest(HOW_MANY);
        model.addAttribute("latest", latest);
        model.addAttribute("bodyNames", latest.isEmpty() ? Map.of() : bodyNames.all());
        return "governance/home :: decisions";
    }
}
