package org.fourmiliere.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.fourmiliere.calendar.internal.ClosedDays;
import org.fourmiliere.shared.BusinessCalendar;
import org.fourmiliere.shared.TimeConfig;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The view records of the pages and the API: holidays with their names in the reader's language, closed days. */
@Component
class CalendarViews {

    record HolidayView(LocalDate date, String name) {}

    record ClosedDaysView(long id, LocalDate firstDay, LocalDate lastDay, String label) {
        static ClosedDaysView of(ClosedDays c) {
            return new ClosedDaysView(c.id(), c.firstDay(), c.lastDay(), c.label());
        }
    }

    /** A deadline; instants as ISO 8601 with the offset of Montréal at that instant. */
    record DeadlineView(String from, int hours, String at) {}

    private final MessageSource messages;

    CalendarViews(MessageSource messages) {
        this.messages = messages;
    }

    List<HolidayView> holidays(int year) {
        Locale locale = LocaleContextHolder.getLocale();
        return BusinessCalendar.holidays(year).stream()
                .map(h -> new HolidayView(h.date(), messages.getMessage(h.messageKey(), null, locale)))
                .toList();
    }

    static List<ClosedDaysView> closed(List<ClosedDays> days) {
        return days.stream().map(ClosedDaysView::of).toList();
    }

    static DeadlineView deadline(Instant from, int hours, Instant at) {
        return new DeadlineView(iso(from), hours, iso(at));
    }

    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(instant, TimeConfig.ZONE));
    }
}
