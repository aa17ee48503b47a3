package org.fourmiliere.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the navigation and what each module puts on it. */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/error/403")
    String forbidden() {
        return "error/403";
    }
}
