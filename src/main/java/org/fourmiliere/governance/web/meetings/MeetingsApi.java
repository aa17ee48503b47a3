package org.fourmiliere.governance.web.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.governance.internal.decisions.Decision;
import org.fourmiliere.governance.internal.decisions.DecisionRegister;
import org.fourmiliere.governance.internal.meetings.AgendaItem;
import org.fourmiliere.governance.internal.meetings.Attendance;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingSchedule;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.governance.internal.meetings.MeetingType;
import org.fourmiliere.governance.internal.meetings.MinutesConflict;
import org.fourmiliere.governance.internal.meetings.Presence;
import org.fourmiliere.shared.web.ApiController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Meetings, recurring schedules, agenda, attendance and minutes (§7). */
@Allowed(Permission.TAKE_PART)
@ApiController("/api/v1")
@Tag(name = "Meetings", description = "Meetings of the bodies: agenda, attendance, minutes, schedules")
class MeetingsApi {

    record CreateMeeting(@NotNull @Positive Long bodyId, @NotNull MeetingType type, @NotNull LocalDate day,
                         @NotNull LocalTime start, @NotNull LocalTime end, @Size(max = 300) String place,
                         @Size(max = 500) String link) {}

    record CreateSchedule(@NotNull @Positive Long bodyId, @NotNull MeetingType type,
                          @NotNull MeetingSchedule.Recurrence recurrence, @NotNull DayOfWeek dayOfWeek,
                          @Min(1) @Max(5) Integer weekOfMonth, @NotNull LocalTime start,
                          @NotNull @Min(1) @Max(1440) Integer durationMinutes, @Size(max = 300) String place,
                          @Size(max = 500) String link) {}

    record AddItem(@NotBlank @Size(max = 200) String title, @Size(max = 20000) String text, @Positive Integer position) {}

    record Mark(@NotNull Presence presence, Boolean recordTime) {}

    record SaveMinutes(@NotNull @PositiveOrZero Integer version, @NotNull @Size(max = 1000000) String text) {}

    record MeetingView(Meeting meeting, List<AgendaItem> agenda, List<Attendance> attendance, List<Decision> decisions) {}

    private final MeetingService meetings;
    private final DecisionRegister register;
    private final MessageSource messages;

    MeetingsApi(MeetingService meetings, DecisionRegister register, MessageSource messages) {
        this.meetings = meetings;
        this.register = register;
        this.messages = messages;
    }

    @GetMapping("/meetings")
    @Operation(summary = "Meetings between two days (default: the coming two months), optionally of one body")
    List<Meeting> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @RequestParam(required = false) Long bodyId) {
        LocalDate f = from == null ? LocalDate.now(meetings.clock()) : from;
        return meetings.between(f, to == null ? f.plusDays(MeetingService.HORIZON_DAYS) : to, bodyId);
    }

    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a meeting of a body")
    Meeting create(@Valid @RequestBody CreateMeeting c) {
        return meetings.create(new MeetingService.NewMeeting(c.bodyId(), c.type(), c.day(), c.start(), c.end(), c.place(), c.link()));
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "A meeting with its agenda, attendance and decisions")
    MeetingView get(@PathVariable long id) {
        return new MeetingView(meetings.get(id), meetings.agenda(id), meetings.attendance(id), register.ofMeeting(id));
    }

    @PostMapping("/meetings/{id}/agenda")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an item to the agenda (until the meeting ends)")
    AgendaItem addItem(@PathVariable long id, @Valid @RequestBody AddItem c) {
        return meetings.addAgendaItem(id, c.title(), c.text(), c.position());
    }

    @PutMapping("/meetings/{id}/attendance/{personId}")
    @Operation(summary = "Mark a person present, excused or absent; recordTime puts the meeting's hours in the time tracker")
    Attendance mark(@PathVariable long id, @PathVariable long personId, @Valid @RequestBody Mark c) {
        return meetings.mark(id, personId, c.presence(), Boolean.TRUE.equals(c.recordTime()));
    }

    @PutMapping("/meetings/{id}/minutes")
    @Operation(summary = "Save the minutes; 'version' is the version the text was based on (409 with both texts if stale)")
    Meeting saveMinutes(@PathVariable long id, @Valid @RequestBody SaveMinutes c) {
        return meetings.saveMinutes(id, c.version(), c.text());
    }

    @GetMapping("/meeting-schedules")
    List<MeetingSchedule> schedules() {
        return meetings.schedules();
    }

    @PostMapping("/meeting-schedules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a recurring schedule; the coming meetings are created at once and then daily")
    MeetingSchedule createSchedule(@Valid @RequestBody CreateSchedule c) {
        return meetings.createSchedule(new MeetingService.NewSchedule(c.bodyId(), c.type(), c.recurrence(), c.dayOfWeek(),
                c.weekOfMonth(), c.start(), c.durationMinutes(), c.place(), c.link()));
    }

    /** A stale save of the minutes: 409 with the current text and version, and the text that was refused. */
    @ExceptionHandler(MinutesConflict.class)
    ProblemDetail minutesConflict(MinutesConflict e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage(e, LocaleContextHolder.getLocale()));
        pd.setType(java.net.URI.create("https://fourmiliere.org/problems/conflict"));
        pd.setTitle(messages.getMessage("problem.title.conflict", null, LocaleContextHolder.getLocale()));
        pd.setProperties(Map.of("currentVersion", e.current().minutesVersion(), "currentText", e.current().minutes(),
                "yourText", e.yours() == null ? "" : e.yours(),
                "editedBy", e.current().minutesEditedBy() == null ? "" : e.current().minutesEditedBy()));
        return pd;
    }
}
