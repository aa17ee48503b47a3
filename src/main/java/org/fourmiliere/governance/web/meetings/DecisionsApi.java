package org.fourmiliere.governance.web.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.governance.internal.decisions.Decision;
import org.fourmiliere.governance.internal.decisions.DecisionCommands;
import org.fourmiliere.governance.internal.decisions.DecisionRegister;
import org.fourmiliere.governance.web.meetings.MeetingJson.DecisionView;
import org.fourmiliere.shared.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The decision register (§7): record, reverse, search, export. */
@Allowed(Permission.TAKE_PART)
@ApiController("/api/v1/decisions")
@Tag(name = "Decisions", description = "The decision register")
class DecisionsApi {

    private final DecisionRegister register;
    private final DecisionExports exports;

    DecisionsApi(DecisionRegister register, DecisionExports exports) {
        this.register = register;
        this.exports = exports;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a decision: by consensus (those present are kept), by vote (name the voters) or quick decision")
    DecisionView record(@Valid @RequestBody DecisionCommands.RecordDecision c) {
        return DecisionView.of(register.record(c));
    }

    @GetMapping
    @Operation(summary = "Search the register: every word of q must appear; filters by body, year, status, how taken, tag")
    List<DecisionView> search(@RequestParam(required = false) @Size(max = 200) String q, @RequestParam(required = false) Long bodyId,
                          @RequestParam(required = false) Integer year, @RequestParam(required = false) Decision.Status status,
                          @RequestParam(required = false) Decision.HowTaken how, @RequestParam(required = false) String tag) {
        return register.search(new DecisionRegister.Filter(q, bodyId, year, status, how, tag, false)).stream()
                .map(DecisionView::of).toList();
    }

    @GetMapping("/{id}")
    DecisionView get(@PathVariable long id) {
        return DecisionView.of(register.get(id));
    }

    @PostMapping("/{id}/reversal")
    @Operation(summary = "Mark a decision reversed by a decision of a higher body")
    DecisionView reverse(@PathVariable long id, @Valid @RequestBody DecisionCommands.Reverse c) {
        return DecisionView.of(register.reverse(id, c.reversedBy()));
    }

    @GetMapping(value = "/export.md", produces = "text/markdown")
    @Operation(summary = "The register of one year as a Markdown document")
    ResponseEntity<String> markdown(@RequestParam int year) {
        return ResponseEntity.ok().contentType(new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8))
                .body(exports.markdown(year, register.search(new DecisionRegister.Filter(null, null, year, null, null, null, false))));
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(summary = "The register (optionally one year) as CSV")
    ResponseEntity<String> csv(@RequestParam(required = false) Integer year) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"decisions" + (year == null ? "" : "-" + year) + ".csv\"")
                .body(exports.csv(register.search(new DecisionRegister.Filter(null, null, year, null, null, null, false))));
    }
}
