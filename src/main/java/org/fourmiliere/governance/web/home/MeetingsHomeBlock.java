package org.fourmiliere.governance.web.home;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.shared.TimeConfig;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page's block of my coming meetings: those of my bodies, reflection meetings and general assemblies,
 * and those where I am listed (the meetings of my calendar feed), the next few within six weeks, each with its
 * agenda. The same few queries whatever the number of meetings: my bodies, the meetings, all their agendas at
 * once, the bodies' names.
 */
@Allowed(Permission.TAKE_PART)
@Controller
class MeetingsHomeBlock {

    static final int HOW_MANY = 5;
    static final int WEEKS = 6;

    private final MeetingService meetings;
    private final BodyNames bodyNames;

    MeetingsHomeBlock(MeetingService meetings, BodyNames bodyNames) {
        this.meetings = meetings;
        this.bodyNames = bodyNames;
    }

    @GetMapping("/meetings/home")
    String block(Model model) {
        Long me = SignedIn.require().personId();
        Instant now = meetings.clock().instant();
        LocalDate until = LocalDate.ofInstant(now, TimeConfig.ZONE).plusWeeks(WEEKS);
        List<Meeting> coming = me == null ? List.of() : meetings.comingFor(me, now, until, HOW_MANY);
        model.addAttribute("coming", coming);
        model.addAttribute("agendas", meetings.agendas(coming.stream().map(Meeting::id).toList()));
        model.addAttribute("bodyNames", coming.isEmpty() ? Map.of() : bodyNames.all());
        model.addAttribute("weeks", WEEKS);
        return "governance/home :: meetings";
    }
}
