package org.fourmiliere.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.fourmiliere.accounts.Allowed;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.calendar.AddClosedDays;
import org.fourmiliere.calendar.internal.CalendarService;
import org.fourmiliere.calendar.web.CalendarViews.ClosedDaysView;
import org.fourmiliere.calendar.web.CalendarViews.DeadlineView;
import org.fourmiliere.calendar.web.CalendarViews.HolidayView;
import org.fourmiliere.shared.BusinessCalendar;
import org.fourmiliere.shared.web.AnySignedIn;
import org.fourmiliere.shared.web.ApiController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The business-hours clock over HTTP, for anyone signed in to check it: the holidays of a year, a deadline, the
 * collective's closed days. Closing and opening days needs MANAGE_BODIES. Bad parameters are 400 problems naming
 * the parameter ({@code ApiProblems}).
 */
@AnySignedIn
@ApiController("/api/v1/business-calendar")
@Tag(name = "Business calendar", description = "The business-hours clock of quick decisions (§6): holidays, closed days, deadlines")
class BusinessCalendarApi {

    private final CalendarService calendar;
    private final CalendarViews views;

    BusinessCalendarApi(CalendarService calendar, CalendarViews views) {
        this.calendar = calendar;
        this.views = views;
    }

    @GetMapping("/holidays")
    @Operation(summary = "Québec's statutory holidays of a year (this year by default), named in the reader's language")
    List<HolidayView> holidays(@RequestParam(required = false) @Min(BusinessCalendar.FIRST_YEAR)
                               @Max(BusinessCalendar.LAST_YEAR) Integer year) {
        return views.holidays(year == null ? calendar.thisYear() : year);
    }

    @GetMapping("/deadline")
    @Operation(summary = "The instant a number of business hours (48 by default) after an ISO 8601 instant with offset")
    DeadlineView deadline(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                          @RequestParam(defaultValue = "48") @Min(1) @Max(CalendarService.MAX_HOURS) int hours) {
        Instant start = from.toInstant();
        return CalendarViews.deadline(start, hours, calendar.deadline(start, hours));
    }

    @GetMapping("/closed-days")
    @Operation(summary = "The collective's own closed days, all or those of a year")
    List<ClosedDaysView> closedDays(@RequestParam(required = false) @Min(BusinessCalendar.FIRST_YEAR)
                                    @Max(BusinessCalendar.LAST_YEAR) Integer year) {
        return CalendarViews.closed(year == null ? calendar.closedDays() : calendar.closedDays(year));
    }

    @Allowed(Permission.MANAGE_BODIES)
    @PostMapping("/closed-days")
    @Operation(summary = "Close a day or a run of days (both ends included)")
    ResponseEntity<ClosedDaysView> addClosedDays(@Valid @RequestBody AddClosedDays command) {
        long id = calendar.add(command);
        ClosedDaysView view = calendar.closedDays().stream().filter(c -> c.id() == id).findFirst()
                .map(ClosedDaysView::of).orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(view);
    }

    @Allowed(Permission.MANAGE_BODIES)
    @DeleteMapping("/closed-days/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Open again a run of closed days")
    void removeClosedDays(@PathVariable long id) {
        calendar.remove(id);
    }
}
