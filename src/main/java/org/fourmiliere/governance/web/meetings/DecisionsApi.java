package org.fourmiliere.governance.web.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.governance.internal.decisions.Decision;
import org.fourmiliere.governance.internal.decisions.DecisionRegister;
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

    record RecordDecision(@NotNull @Positive Long bodyId, @Positive Long meetingId, LocalDate decidedOn,
                          @NotBlank @Size(max = 20000) String text, @NotNull Decision.HowTaken how,
                          List<@NotNull @Positive Long> votersFor, List<@NotNull @Positive Long> votersAgainst,
                          List<@NotNull @Positive Long> votersAbstaining, Decision.Status status,
                          @Size(max = 20) List<@Size(max = 40) String> tags, Boolean isPublic) {}

    record Reverse(@NotNull @Positive Long reversedBy) {}

    private final DecisionRegister register;
    private final DecisionExports exports;

    DecisionsApi(DecisionRegister register, DecisionExports exports) {
        this.register = register;
        this.exports = exports;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a decision: by consensus (those present are kept), by vote (name the voters) or quick decision")
    Decision record(@Valid @RequestBody RecordDecision c) {
        return register.record(new DecisionRegister.NewDecision(c.bodyId(), c.meetingId(), c.decidedOn(), c.text(), c.how(),
                c.votersFor(), c.votersAgainst(), c.votersAbstaining(), c.status(), c.tags(), Boolean.TRUE.equals(c.isPublic())));
    }

    @GetMapping
    @Operation(summary = "Search the register: every word of q must appear; filters by body, year, status, how taken, tag")
    List<Decision> search(@RequestParam(required = false) @Size(max = 200) String q, @RequestParam(required = false) Long bodyId,
                          @RequestParam(required = false) Integer year, @RequestParam(required = false) Decision.Status status,
                          @RequestParam(required = false) Decision.HowTaken how, @RequestParam(required = false) String tag) {
        return register.search(new DecisionRegister.Filter(q, bodyId, year, status, how, tag, false));
    }

    @GetMapping("/{id}")
    Decision get(@PathVariable long id) {
        return register.get(id);
    }

    @PostMapping("/{id}/reversal")
    @Operation(summary = "Mark a decision reversed by a decision of a higher body")
    Decision reverse(@PathVariable long id, @Valid @RequestBody Reverse c) {
        return register.reverse(id, c.reversedBy());
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
