package org.fourmiliere.governance.web.home;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.governance.internal.bodies.UpcomingEnds;
import org.fourmiliere.governance.internal.bodies.UpcomingEnds.End;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page's block of mandates that end soon: my board seat, coordinations and memberships ending within
 * 90 days; for those who manage the bodies, everyone's ending within 60 days too.
 */
@Allowed(Permission.VIEW_DIRECTORY)
@Controller
class MandatesHomeBlock {

    static final int MINE_DAYS = 90;
    static final int EVERYONE_DAYS = 60;

    /** One end as the block shows it: of what (a seat or a body), whose, when, in how many days. */
    record EndView(String kind, Long seatId, String seatKind, String seatLabel, Long bodyId, String bodyName,
                   long personId, String personName, LocalDate endsOn, long daysLeft) {}

    private final UpcomingEnds ends;
    private final MemberDirectory members;

    MandatesHomeBlock(UpcomingEnds ends, MemberDirectory members) {
        this.ends = ends;
        this.members = members;
    }

    @GetMapping("/structure/home")
    String block(Model model) {
        SignedIn who = SignedIn.require();
        List<End> mine = who.personId() == null ? List.of() : ends.of(who.personId(), MINE_DAYS);
        List<End> everyone = who.has(Permission.MANAGE_BODIES) ? ends.everyone(EVERYONE_DAYS) : null;
        Set<Long> ids = new HashSet<>();
        if (everyone != null) everyone.forEach(e -> ids.add(e.personId()));
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) for (PersonRef p : members.persons(ids)) names.put(p.id(), p.name());
        LocalDate today = ends.today();
        model.addAttribute("mine", views(mine, names, today));
        model.addAttribute("everyone", everyone == null ? null : views(everyone, names, today));
        model.addAttribute("mineDays", MINE_DAYS);
        model.addAttribute("everyoneDays", EVERYONE_DAYS);
        return "governance/home :: mandates";
    }

    private static List<EndView> views(List<End> ends, Map<Long, String> names, LocalDate today) {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        return ends.stream().map(e -> new EndView(e.kind().name(),
                e.seat() == null ? null : e.seat().id(), e.seat() == null ? null : e.seat().kind().name(),
                e.seat() == null ? null : e.seat().label(),
                e.body() == null ? null : e.body().id(), e.body() == null ? null : e.body().name(lang),
                e.personId(), names.getOrDefault(e.personId(), "#" + e.personId()), e.endsOn(),
                ChronoUnit.DAYS.between(today, e.endsOn()))).toList();
    }
}
