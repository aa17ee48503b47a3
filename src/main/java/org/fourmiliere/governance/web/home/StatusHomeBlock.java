package org.fourmiliere.governance.web.home;

import java.time.YearMonth;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.governance.internal.eligibility.EligibilityService;
import org.fourmiliere.governance.internal.eligibility.EligibilityService.Outlook;
import org.fourmiliere.governance.internal.eligibility.EligibilityService.Result;
import org.fourmiliere.governance.internal.eligibility.EligibilitySettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page's block of my work-committee status: where the latest verification left me, and, computed as of
 * today without saving anything, the numbers the coming verification will look at against the thresholds of the
 * settings, with what is missing to keep the status (or to gain it). For workers: TRACK_TIME is the permission of
 * the WORKER status alone, and the bylaw judges workers.
 */
@Allowed(Permission.TRACK_TIME)
@Controller
class StatusHomeBlock {

    /** One number against its threshold. */
    record Figure(long have, long need) {
        public long missing() {
            return Math.max(0, need - have);
        }

        public boolean met() {
            return have >= need;
        }
    }

    /** The numbers of the coming verification: hours in each month of its window, committees, reflection meetings. */
    record Numbers(YearMonth firstMonth, Figure firstMonthMinutes, YearMonth secondMonth, Figure secondMonthMinutes,
                   Figure twoMonthsMinutes, Figure committees, Figure reflections) {
        static Numbers of(Outlook o) {
            Result r = o.result();
            EligibilitySettings s = o.settings();
            long monthly = s.minMonthlyHours() * 60L;
            return new Numbers(o.window().first(), new Figure(r.firstMonthMinutes(), monthly),
                    o.window().second(), new Figure(r.secondMonthMinutes(), monthly),
                    new Figure(r.firstMonthMinutes() + r.secondMonthMinutes(), s.warningHours() * 60L),
                    new Figure(r.committees(), s.minCommittees()), new Figure(r.reflections(), s.minReflections()));
        }
    }

    private final EligibilityService eligibility;

    StatusHomeBlock(EligibilityService eligibility) {
        this.eligibility = eligibility;
    }

    @GetMapping("/eligibility/home")
    String block(Model model) {
        Long me = SignedIn.require().personId();
        if (me == null) return "governance/home :: status-no-person";
        Outlook outlook = eligibility.outlook(me);
        model.addAttribute("latest", eligibility.latestResult(me).orElse(null));
        model.addAttribute("standing", eligibility.standing(me));
        model.addAttribute("outlook", outlook);
        model.addAttribute("numbers", Numbers.of(outlook));
        // judged as holding the membership: by the latest verification, or being on the work committee's roster
        model.addAttribute("holds", outlook.result().previous().holdsMembership());
        model.addAttribute("exception", outlook.result().reasons().stream().filter(r -> r.code().equals("exception"))
                .findFirst().orElse(null));
        return "governance/home :: status";
    }
}
