package org.fourmiliere.governance.web.bodies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.governance.internal.bodies.BoardService;
import org.fourmiliere.governance.internal.bodies.BodyCommands;
import org.fourmiliere.governance.web.bodies.BodyViews.MandateEndView;
import org.fourmiliere.governance.web.bodies.BodyViews.SeatView;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Allowed(Permission.MANAGE_BODIES)
@ApiController("/api/v1/board")
@Tag(name = "Board", description = "Seats of the board, their mandates, resignations and vacancies (§2)")
class BoardApi {

    private final BoardService board;
    private final BodyViews views;

    BoardApi(BoardService board, BodyViews views) {
        this.board = board;
        this.views = views;
    }

    @Allowed(Permission.VIEW_DIRECTORY)
    @GetMapping("/seats")
    @Operation(summary = "Every seat, with its holder today or vacant")
    List<SeatView> seats() {
        return views.seats(board.seats(), board.today());
    }

    @PostMapping("/seats")
    @Operation(summary = "Create a seat, with a first mandate when holderId is given")
    ResponseEntity<SeatView> create(@Valid @RequestBody BodyCommands.CreateSeat c) {
        long id = board.create(c);
        var location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(seat(id));
    }

    @Allowed(Permission.VIEW_DIRECTORY)
    @GetMapping("/seats/{id}")
    @Operation(summary = "One seat and all its mandates")
    SeatView seat(@PathVariable long id) {
        return views.seat(board.seat(id), board.today());
    }

    @PutMapping("/seats/{id}")
    @Operation(summary = "Change a seat's kind or label")
    SeatView update(@PathVariable long id, @Valid @RequestBody BodyCommands.UpdateSeat u) {
        board.update(id, u);
        return seat(id);
    }

    @PostMapping("/seats/{id}/mandates")
    @Operation(summary = "Give the seat to a person for a mandate (end exclusive: the day the next one begins)")
    ResponseEntity<SeatView> giveMandate(@PathVariable long id, @Valid @RequestBody BodyCommands.GiveMandate g) {
        board.giveMandate(id, g);
        return ResponseEntity.status(HttpStatus.CREATED).body(seat(id));
    }

    @PutMapping("/seats/{id}/mandates/{mandateId}")
    @Operation(summary = "Correct a mandate or move its end (renewal)")
    SeatView updateMandate(@PathVariable long id, @PathVariable long mandateId, @Valid @RequestBody BodyCommands.GiveMandate g) {
        board.updateMandate(id, mandateId, g);
        return seat(id);
    }

    @PostMapping("/seats/{id}/resignation")
    @Operation(summary = "The holder resigns on a day (today by default): the seat becomes vacant")
    SeatView resign(@PathVariable long id, @Valid @RequestBody(required = false) BodyCommands.Resign r) {
        board.resign(id, r);
        return seat(id);
    }

    @Allowed(Permission.VIEW_DIRECTORY)
    @GetMapping("/seats/{id}/history")
    @Operation(summary = "Who changed what and when")
    List<AuditTrail.Event> history(@PathVariable long id) {
        board.seat(id);
        return board.history(id);
    }

    @Allowed(Permission.VIEW_DIRECTORY)
    @GetMapping("/mandate-ends")
    @Operation(summary = "Mandates ending within the next days (90 by default), soonest first")
    List<MandateEndView> upcoming(@RequestParam(defaultValue = "" + BoardService.DEFAULT_NOTICE_DAYS) int days) {
        return views.ends(board.upcomingEnds(days), board.today());
    }
}
