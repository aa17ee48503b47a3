package org.fourmiliere.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the navigation and what each module puts on it. */
@AnySignedIn
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @Public
    @GetMapping("/error/403")
    String forbidden() {
        return "error/403";
    }
}
