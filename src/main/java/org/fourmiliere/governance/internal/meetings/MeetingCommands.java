package org.fourmiliere.governance.internal.meetings;

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
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The commands that change meetings, checked once by bean validation at the edge (the API's body, the page's form)
 * and by the rules of {@link Meeting} and {@link MeetingSchedule} in the service.
 */
public final class MeetingCommands {

    private MeetingCommands() {}

    /** A meeting of a body on a day, from {@code start} to {@code end} (local times). */
    public record CreateMeeting(
            @NotNull @Positive Long bodyId,
            @NotNull MeetingType type,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime start,
            @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime end,
            @Size(max = 300) String place,
            @Size(max = 500) String link) {}

    /** A recurring schedule; {@code weekOfMonth} is required for a monthly one. */
    public record CreateSchedule(
            @NotNull @Positive Long bodyId,
            @NotNull MeetingType type,
            @NotNull MeetingSchedule.Recurrence recurrence,
            @NotNull DayOfWeek dayOfWeek,
            @Min(1) @Max(5) Integer weekOfMonth,
            @NotNull LocalTime start,
            @NotNull @Min(1) @Max(1440) Integer durationMinutes,
            @Size(max = 300) String place,
            @Size(max = 500) String link) {}

    /** An item on the agenda, at {@code position} (at the end when null or past the end). */
    public record AddAgendaItem(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 20000) String text,
            @Positive Integer position) {}

    /** A person's presence; {@code recordTime} puts the meeting's hours in the time tracker when present. */
    public record MarkAttendance(@NotNull Presence presence, Boolean recordTime) {}

    /** The minutes, based on {@code version}. */
    public record SaveMinutes(@NotNull @PositiveOrZero Integer version, @NotNull @Size(max = 1000000) String text) {}
}
