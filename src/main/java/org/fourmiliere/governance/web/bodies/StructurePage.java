package org.fourmiliere.governance.web.bodies;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.internal.bodies.BoardService;
import org.fourmiliere.governance.internal.bodies.Body;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.governance.internal.bodies.Membership;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The whole structure of the collective at a glance: assembly, board, work committee, committees, teams. */
@Allowed(Permission.VIEW_DIRECTORY)
@Controller
class StructurePage {

    private final BodyService bodies;
    private final BoardService board;
    private final BodyViews views;

    StructurePage(BodyService bodies, BoardService board, BodyViews views) {
        this.bodies = bodies;
        this.board = board;
        this.views = views;
    }

    @GetMapping("/structure")
    String structure(Model model) {
        LocalDate today = bodies.today();
        List<Membership> memberships = bodies.membershipsOn(today);
        List<Body> all = bodies.all();
        Set<Long> ids = new HashSet<>();
        memberships.forEach(m -> ids.add(m.personId()));
        all.forEach(b -> { if (b.coordinatorId() != null) ids.add(b.coordinatorId()); });
        Map<Long, String> names = views.names(ids);
        var active = all.stream().filter(b -> b.activeOn(today))
                .map(b -> views.body(b, memberships.stream().filter(m -> m.bodyId() == b.id()).toList(), today, names))
                .toList();
        model.addAttribute("assembly", active.stream().filter(b -> b.kind() == BodyKind.GENERAL_ASSEMBLY).findFirst().orElse(null));
        model.addAttribute("boardBody", active.stream().filter(b -> b.kind() == BodyKind.BOARD).findFirst().orElse(null));
        model.addAttribute("workCommittee", active.stream().filter(b -> b.kind() == BodyKind.WORK_COMMITTEE).findFirst().orElse(null));
        model.addAttribute("committees", active.stream().filter(b -> b.kind() == BodyKind.COMMITTEE).sorted(byName()).toList());
        model.addAttribute("teams", active.stream().filter(b -> b.kind() == BodyKind.TEAM).sorted(byName()).toList());
        model.addAttribute("seats", views.seats(board.seats(), today));
        model.addAttribute("ends", views.ends(board.upcomingEnds(BoardService.DEFAULT_NOTICE_DAYS), today));
        model.addAttribute("days", BoardService.DEFAULT_NOTICE_DAYS);
        model.addAttribute("today", today);
        return "governance/structure";
    }

    private static java.util.Comparator<BodyViews.BodyView> byName() {
        String lang = org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage();
        return java.util.Comparator.comparing(b -> b.name(lang), String.CASE_INSENSITIVE_ORDER);
    }
}
