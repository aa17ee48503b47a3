package org.fourmiliere.governance.web.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.governance.internal.decisions.DecisionRegister;
import org.fourmiliere.governance.internal.meetings.MeetingCommands;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.governance.web.meetings.MeetingJson.AgendaItemView;
import org.fourmiliere.governance.web.meetings.MeetingJson.AttendanceView;
import org.fourmiliere.governance.web.meetings.MeetingJson.DecisionView;
import org.fourmiliere.governance.web.meetings.MeetingJson.MeetingDetail;
import org.fourmiliere.governance.web.meetings.MeetingJson.MeetingView;
import org.fourmiliere.governance.web.meetings.MeetingJson.ScheduleView;
import org.fourmiliere.governance.internal.meetings.MinutesConflict;
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
    List<MeetingView> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       @RequestParam(required = false) Long bodyId) {
        LocalDate f = from == null ? LocalDate.now(meetings.clock()) : from;
        return meetings.between(f, to == null ? f.plusDays(MeetingService.HORIZON_DAYS) : to, bodyId).stream()
                .map(MeetingView::of).toList();
    }

    @PostMapping("/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a meeting of a body")
    MeetingView create(@Valid @RequestBody MeetingCommands.CreateMeeting c) {
        return MeetingView.of(meetings.create(c));
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "A meeting with its agenda, attendance and decisions")
    MeetingDetail get(@PathVariable long id) {
        return new MeetingDetail(MeetingView.of(meetings.get(id)), meetings.agenda(id).stream().map(AgendaItemView::of).toList(),
                meetings.attendance(id).stream().map(AttendanceView::of).toList(),
                register.ofMeeting(id).stream().map(DecisionView::of).toList());
    }

    @PostMapping("/meetings/{id}/agenda")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an item to the agenda (until the meeting ends)")
    AgendaItemView addItem(@PathVariable long id, @Valid @RequestBody MeetingCommands.AddAgendaItem c) {
        return AgendaItemView.of(meetings.addAgendaItem(id, c));
    }

    @PutMapping("/meetings/{id}/attendance/{personId}")
    @Operation(summary = "Mark a person present, excused or absent; recordTime puts the meeting's hours in the time tracker")
    AttendanceView mark(@PathVariable long id, @PathVariable long personId, @Valid @RequestBody MeetingCommands.MarkAttendance c) {
        return AttendanceView.of(meetings.mark(id, personId, c.presence(), Boolean.TRUE.equals(c.recordTime())));
    }

    @PutMapping("/meetings/{id}/minutes")
    @Operation(summary = "Save the minutes; 'version' is the version the text was based on (409 with both texts if stale)")
    MeetingView saveMinutes(@PathVariable long id, @Valid @RequestBody MeetingCommands.SaveMinutes c) {
        return MeetingView.of(meetings.saveMinutes(id, c.version(), c.text()));
    }

    @GetMapping("/meeting-schedules")
    List<ScheduleView> schedules() {
        return meetings.schedules().stream().map(ScheduleView::of).toList();
    }

    @PostMapping("/meeting-schedules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a recurring schedule; the coming meetings are created at once and then daily")
    ScheduleView createSchedule(@Valid @RequestBody MeetingCommands.CreateSchedule c) {
        return ScheduleView.of(meetings.createSchedule(c));
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
