package org.fourmiliere.governance.web.meetings;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.BodyRef;
import org.fourmiliere.governance.internal.decisions.Decision;
import org.fourmiliere.governance.internal.decisions.DecisionCommands.RecordDecision;
import org.fourmiliere.governance.internal.decisions.DecisionRegister;
import org.fourmiliere.governance.internal.meetings.Attendance;
import org.fourmiliere.governance.internal.meetings.CalendarFeeds;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingCommands.AddAgendaItem;
import org.fourmiliere.governance.internal.meetings.MeetingCommands.CreateMeeting;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.governance.internal.meetings.MeetingType;
import org.fourmiliere.governance.internal.meetings.MinutesConflict;
import org.fourmiliere.governance.internal.meetings.Presence;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of meetings: the list and creation, one meeting with its agenda, attendance, minutes and decisions. */
@Allowed(Permission.TAKE_PART)
@Controller
class MeetingsPages {

    private final MeetingService meetings;
    private final DecisionRegister register;
    private final BodyDirectory bodies;
    private final MemberDirectory members;
    private final CalendarFeeds feeds;
    private final AuditTrail audit;
    private final PageSupport support;
    private final FormErrors formErrors;

    MeetingsPages(MeetingService meetings, DecisionRegister register, BodyDirectory bodies, MemberDirectory members,
                  CalendarFeeds feeds, AuditTrail audit, PageSupport support, FormErrors formErrors) {
        this.meetings = meetings;
        this.register = register;
        this.bodies = bodies;
        this.members = members;
        this.feeds = feeds;
        this.audit = audit;
        this.support = support;
        this.formErrors = formErrors;
    }

    @ModelAttribute("bodyNames")
    Map<Long, String> bodyNames() {
        String lang = LocaleContextHolder.getLocale().getLanguage();
        return bodies.bodies().stream().collect(Collectors.toMap(BodyRef::id, b -> b.name(lang), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @GetMapping("/meetings")
    String list(Model model, HttpServletRequest request) {
        LocalDate today = LocalDate.now(meetings.clock());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CreateMeeting(bodies.the(BodyKind.WORK_COMMITTEE).id(), MeetingType.REFLECTION,
                    today.plusDays(1), LocalTime.of(18, 0), LocalTime.of(21, 0), null, null));
        }
        fill(model, today, request);
        return "meetings/list";
    }

    private void fill(Model model, LocalDate today, HttpServletRequest request) {
        model.addAttribute("upcoming", meetings.between(today, today.plusDays(MeetingService.HORIZON_DAYS), null));
        model.addAttribute("recent", meetings.between(today.minusDays(62), today.minusDays(1), null).reversed());
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("bodies", bodies.bodies().stream().filter(b -> b.dissolvedOn() == null).toList());
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        SignedIn.current().map(SignedIn::personId).ifPresent(p -> model.addAttribute("myFeed", base + "/calendar/persons/" + feeds.tokenOf(p) + ".ics"));
        model.addAttribute("feedBase", base + "/calendar/bodies/");
    }

    @PostMapping("/meetings")
    String create(@Valid @ModelAttribute("form") CreateMeeting form, BindingResult errors, Model model, HttpServletRequest request) {
        if (!errors.hasErrors()) {
            try {
                Meeting m = meetings.create(form);
                return "redirect:/meetings/" + m.id();
            } catch (Problems.InvalidInput e) {
                FormErrors.reject(errors, e);
            }
        }
        fill(model, LocalDate.now(meetings.clock()), request);
        return "meetings/list";
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable long id, Model model) {
        Meeting m = meetings.get(id);
        model.addAttribute("meeting", m);
        model.addAttribute("agenda", meetings.agenda(id));
        List<Attendance> attendance = meetings.attendance(id);
        Map<Long, Attendance> byPerson = attendance.stream().collect(Collectors.toMap(Attendance::personId, a -> a));
        Set<Long> people = new LinkedHashSet<>(bodies.memberIds(m.bodyId(), m.day()));
        if (m.type().workCommitteeVotes()) {
            people.addAll(bodies.memberIds(bodies.the(BodyKind.WORK_COMMITTEE).id(), m.day()));
            for (PersonRef p : members.workers(m.day())) people.add(p.id());
        }
        people.addAll(byPerson.keySet());
        model.addAttribute("people", support.names(people));
        model.addAttribute("attendance", byPerson);
        List<Long> present = attendance.stream().filter(a -> a.presence() == Presence.PRESENT).map(Attendance::personId).toList();
        model.addAttribute("present", support.names(present));
        List<Decision> decisions = register.ofMeeting(id);
        model.addAttribute("decisions", decisions);
        Set<Long> voterIds = decisions.stream().flatMap(d -> d.participants().stream()).map(Decision.Participant::personId)
                .collect(Collectors.toSet());
        model.addAttribute("voterNames", support.names(voterIds));
        model.addAttribute("presences", Presence.values());
        model.addAttribute("hows", Decision.HowTaken.values());
        model.addAttribute("statuses", new Decision.Status[]{Decision.Status.ADOPTED, Decision.Status.REJECTED, Decision.Status.POSTPONED});
        if (!model.containsAttribute("itemForm")) model.addAttribute("itemForm", new AddAgendaItem("", "", null));
        if (!model.containsAttribute("minutesText")) model.addAttribute("minutesText", m.minutes());
        if (!model.containsAttribute("minutesVersion")) model.addAttribute("minutesVersion", m.minutesVersion());
        model.addAttribute("history", audit.history(MeetingService.AUDIT_TYPE, id));
        return "meetings/meeting";
    }

    @PostMapping("/meetings/{id}/agenda")
    String addItem(@PathVariable long id, @Valid @ModelAttribute("itemForm") AddAgendaItem form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                meetings.addAgendaItem(id, form);
                return "redirect:/meetings/" + id + "#agenda";
            } catch (Problems.DomainException e) {
                FormErrors.reject(errors, e);
            }
        }
        return show(id, model);
    }

    @PostMapping("/meetings/{id}/attendance")
    String mark(@PathVariable long id, @RequestParam long personId, @RequestParam Presence presence,
                @RequestParam(defaultValue = "false") boolean recordTime, RedirectAttributes ra) {
        try {
            meetings.mark(id, personId, presence, recordTime);
        } catch (Problems.DomainException e) {
            formErrors.flash(ra, e);
        }
        return "redirect:/meetings/" + id + "#attendance";
    }

    @PostMapping("/meetings/{id}/minutes")
    String saveMinutes(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String text,
                       Model model, RedirectAttributes ra) {
        try {
            meetings.saveMinutes(id, version, text);
            formErrors.notice(ra, "meetings.minutes.saved");
            return "redirect:/meetings/" + id + "#minutes";
        } catch (MinutesConflict e) {
            model.addAttribute("conflict", e);
            model.addAttribute("minutesText", text);
            model.addAttribute("minutesVersion", e.current().minutesVersion());
            formErrors.show(model, e);
            return show(id, model);
        } catch (Problems.DomainException e) {
            formErrors.flash(ra, e);
            return "redirect:/meetings/" + id + "#minutes";
        }
    }

    @PostMapping("/meetings/{id}/decisions")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String text, @RequestParam Decision.HowTaken how,
                  @RequestParam(defaultValue = "ADOPTED") Decision.Status status, @RequestParam(defaultValue = "") String tags,
                  @RequestParam(defaultValue = "false") boolean isPublic, @RequestParam Map<String, String> params,
                  RedirectAttributes ra) {
        Meeting m = meetings.get(id);
        List<Long> pour = new ArrayList<>(), contre = new ArrayList<>(), abst = new ArrayList<>();
        params.forEach((k, v) -> {
            if (!k.startsWith("vote_")) return;
            long person = Long.parseLong(k.substring(5));
            switch (v) {
                case "FOR" -> pour.add(person);
                case "AGAINST" -> contre.add(person);
                case "ABSTAIN" -> abst.add(person);
                default -> { }
            }
        });
        if (text.isBlank()) {
            formErrors.flash(ra, new Problems.InvalidInput("text", "decisions.text.required"));
            return "redirect:/meetings/" + id + "#decisions";
        }
        try {
            register.record(new RecordDecision(m.bodyId(), id, m.day(), text, how, pour, contre, abst, status,
                    List.of(tags.split("[,\\s]+")), isPublic));
            formErrors.notice(ra, "decisions.recorded");
        } catch (Problems.DomainException e) {
            formErrors.flash(ra, e);
        }
        return "redirect:/meetings/" + id + "#decisions";
    }
}
