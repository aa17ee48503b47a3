package org.fourmiliere.governance.web.bodies;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.time.LocalDate;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.governance.internal.bodies.BoardService;
import org.fourmiliere.governance.internal.bodies.BodyCommands;
import org.fourmiliere.governance.internal.bodies.SeatKind;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.FormErrors;
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

/** The board: its seats and holders, vacancies, new seats and mandates, resignations, upcoming mandate ends. */
@Allowed(Permission.MANAGE_BODIES)
@Controller
class BoardPages {

    private final BoardService board;
    private final BodyViews views;
    private final MemberDirectory members;
    private final FormErrors formErrors;
    private final Validator validator;

    BoardPages(BoardService board, BodyViews views, MemberDirectory members, FormErrors formErrors, Validator validator) {
        this.board = board;
        this.views = views;
        this.members = members;
        this.formErrors = formErrors;
        this.validator = validator;
    }

    @Allowed(Permission.VIEW_DIRECTORY)
    @GetMapping("/board")
    String board(Model model) {
        if (!model.containsAttribute("form")) {
            SeatForm form = new SeatForm();
            form.setMandateStart(board.today());
            form.setMandateEnd(board.today().plusYears(2));
            model.addAttribute("form", form);
        }
        LocalDate today = board.today();
        model.addAttribute("seats", views.seats(board.seats(), today));
        model.addAttribute("ends", views.ends(board.upcomingEnds(BoardService.DEFAULT_NOTICE_DAYS), today));
        model.addAttribute("days", BoardService.DEFAULT_NOTICE_DAYS);
        choices(model);
        return "governance/board";
    }

    @PostMapping("/board/seats")
    String create(@Valid @ModelAttribute("form") SeatForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Long holder = holder(form, errors);
        if (errors.hasErrors()) return board(model);
        try {
            long id = board.create(new BodyCommands.CreateSeat(form.getKind(), form.getLabel(), null, holder,
                    form.getOrganisationId(), holder == null ? null : form.getMandateStart(),
                    holder == null ? null : form.getMandateEnd()));
            formErrors.notice(redirect, "board.seat.created");
            return "redirect:/board/seats/" + id;
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            FormErrors.reject(errors, e);
            return board(model);
        }
    }

    @Allowed(Permission.VIEW_DIRECTORY)
    @GetMapping("/board/seats/{id}")
    String seat(@PathVariable long id, Model model) {
        LocalDate today = board.today();
        var seat = views.seat(board.seat(id), today);
        if (!model.containsAttribute("form")) {
            SeatForm form = new SeatForm();
            form.setKind(SeatKind.valueOf(seat.kind()));
            form.setLabel(seat.label());
            form.setMandateStart(today);
            form.setMandateEnd(today.plusYears(2));
            model.addAttribute("form", form);
        }
        model.addAttribute("seat", seat);
        model.addAttribute("history", board.history(id));
        model.addAttribute("today", today);
        choices(model);
        return "governance/seat";
    }

    @PostMapping("/board/seats/{id}/mandates")
    String giveMandate(@PathVariable long id, @ModelAttribute("form") SeatForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        Long holder = holder(form, errors);
        if (holder == null && !errors.hasErrors()) errors.rejectValue("holderId", "seat.holder.required");
        if (errors.hasErrors()) return seat(id, model);
        try {
            board.giveMandate(id, new BodyCommands.GiveMandate(holder, form.getOrganisationId(), form.getMandateStart(),
                    form.getMandateEnd()));
            formErrors.notice(redirect, "board.mandate.given");
            return "redirect:/board/seats/" + id;
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            FormErrors.reject(errors, e);
            return seat(id, model);
        }
    }

    @PostMapping("/board/seats/{id}/label")
    String relabel(@PathVariable long id, @RequestParam(required = false) String label, RedirectAttributes redirect) {
        var seat = board.seat(id);
        // the command's own constraint on the label, the only one it can break here
        if (!validator.validateValue(BodyCommands.UpdateSeat.class, "label", label).isEmpty()) {
            formErrors.flash(redirect, new Problems.InvalidInput("label", "board.label.too-long"));
        } else {
            board.update(id, new BodyCommands.UpdateSeat(seat.kind(), label));
            formErrors.notice(redirect, "board.seat.updated");
        }
        return "redirect:/board/seats/" + id;
    }

    @PostMapping("/board/seats/{id}/resignation")
    String resign(@PathVariable long id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                  RedirectAttributes redirect) {
        try {
            board.resign(id, new BodyCommands.Resign(on));
            formErrors.notice(redirect, "board.resigned");
        } catch (Problems.InvalidInput | Problems.Conflict e) {
            formErrors.flash(redirect, e);
        }
        return "redirect:/board/seats/" + id;
    }

    @Allowed(Permission.VIEW_DIRECTORY)
    @GetMapping("/board/mandate-ends")
    String ends(@RequestParam(defaultValue = "" + BoardService.DEFAULT_NOTICE_DAYS) int days,
                HtmxRequest htmx,
                Model model) {
        int d = Math.max(0, Math.min(days, 3660));
        model.addAttribute("days", d);
        model.addAttribute("ends", views.ends(board.upcomingEnds(d), board.today()));
        return htmx.isHtmxRequest() ? "governance/mandate-ends :: ends" : "governance/mandate-ends";
    }

    private void choices(Model model) {
        model.addAttribute("workers", members.workers(board.today()));
        model.addAttribute("organisations", members.organisations());
        model.addAttribute("seatKinds", SeatKind.values());
    }

    private Long holder(SeatForm form, BindingResult errors) {
        if (form.getHolderId() != null) return form.getHolderId();
        if (form.getHolderEmail() != null && !form.getHolderEmail().isBlank()) {
            var p = members.personByEmail(form.getHolderEmail().strip()).map(PersonRef::id);
            if (p.isEmpty()) errors.rejectValue("holderEmail", "bodies.email.unknown", new Object[] {form.getHolderEmail().strip()}, null);
            return p.orElse(null);
        }
        return null;
    }
}
