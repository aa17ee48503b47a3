package org.fourmiliere.shared.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: a dashboard of what needs the signed-in person today, one block per module ({@link HomeBlock}),
 * each loaded on its own. A person whom no block concerns sees the pages they may open.
 */
@AnySignedIn
@Controller
class HomePage {

    private final List<HomeBlock> blocks;
    private final Clock clock;

    HomePage(List<HomeBlock> blocks, Clock clock) {
        this.clock = clock;
        this.blocks = blocks.stream().sorted(Comparator.comparingInt(HomeBlock::order)).toList();
    }

    @GetMapping("/")
    String home(Authentication auth, Model model) {
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("homeBlocks", blocks.stream().filter(b -> LayoutAdvice.allowed(auth, b.permission())).toList());
        return "home";
    }

    @Public
    /** Any method: a form refused (a missing CSRF token, a status that does not allow it) is forwarded here as it came. */
    @org.springframework.web.bind.annotation.RequestMapping("/error/403")
    String forbidden() {
        return "error/403";
    }
}
