package org.fourmiliere.governance.web.meetings;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.governance.BodyRef;
import org.fourmiliere.governance.internal.meetings.CalendarFeeds;
import org.fourmiliere.governance.internal.meetings.Meeting;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.Public;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** iCalendar feeds: per body (public) and per person (secret address); any calendar program may subscribe. */
@Public
@Controller
class CalendarPages {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final MeetingService meetings;
    private final BodyDirectory bodies;
    private final MemberDirectory members;
    private final MessageSource messages;

    CalendarPages(CalendarFeeds feeds, MeetingService meetings, BodyDirectory bodies, MemberDirectory members, MessageSource messages) {
        this.feeds = feeds;
        this.meetings = meetings;
        this.bodies = bodies;
        this.members = members;
        this.messages = messages;
    }

    @GetMapping("/calendar/bodies/{bodyId}.ics")
    ResponseEntity<byte[]> body(@PathVariable long bodyId, HttpServletRequest request) {
        BodyRef body = bodies.body(bodyId).orElseThrow(() -> new Problems.NotFound("meetings.body.unknown", bodyId));
        LocalDate today = LocalDate.now(meetings.clock());
        List<Meeting> list = meetings.between(today.minusDays(92), today.plusDays(MeetingService.HORIZON_DAYS), bodyId);
        return ics(body.name("fr") + " / " + body.name("en"), list, Locale.FRENCH, request);
    }

    @GetMapping("/calendar/persons/{token}.ics")
    ResponseEntity<byte[]> person(@PathVariable String token, HttpServletRequest request) {
        long personId = feeds.personOfToken(token).orElseThrow(() -> new Problems.NotFound("meetings.feed.unknown"));
        Locale locale = members.person(personId).map(p -> Locale.forLanguageTag(p.language())).orElse(Locale.FRENCH);
        LocalDate today = LocalDate.now(meetings.clock());
        List<Meeting> list = meetings.ofPerson(personId, today.minusDays(92), today.plusDays(MeetingService.HORIZON_DAYS));
        return ics(messages.getMessage("meetings.feed.mine", null, locale), list, locale, request);
    }

    private ResponseEntity<byte[]> ics(String name, List<Meeting> list, Locale locale, HttpServletRequest request) {
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        String lang = locale.getLanguage();
        String text = feeds.ics(name, list,
                m -> messages.getMessage("meetings.type." + m.type(), null, locale) + " — "
                        + bodies.body(m.bodyId()).map(b -> b.name(lang)).orElse(""),
                m -> meetings.agenda(m.id()).stream().map(a -> a.position() + ". " + a.title()).collect(Collectors.joining("\n")),
                base);
        return ResponseEntity.ok().contentType(CALENDAR).body(text.getBytes(StandardCharsets.UTF_8));
    }
}
