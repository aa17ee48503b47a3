package org.fourmiliere.governance.internal.meetings;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * iCalendar (RFC 5545) feeds of meetings: per body (public) and per person (at a secret address, since a
 * calendar program cannot sign in).
 */
@Component
public class CalendarFeeds {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MeetingStore store;
    private final Clock clock;

    CalendarFeeds(MeetingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The person's secret feed token, created on first use. */
    @Transactional
    public String tokenOf(long personId) {
        Optional<String> t = store.feedToken(personId);
        if (t.isPresent()) return t.get();
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        store.insertFeedToken(personId, token);
        return store.feedToken(personId).orElseThrow();
    }

    public Optional<Long> personOfToken(String token) {
        return store.personOfFeedToken(token);
    }

    /** A calendar of meetings; {@code summary} names each meeting, {@code description} gives its agenda. */
    public String ics(String calendarName, List<Meeting> meetings, Function<Meeting, String> summary,
                      Function<Meeting, String> description, String baseUrl) {
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//Fourmiliere//Meetings//FR");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "METHOD:PUBLISH");
        line(b, "X-WR-CALNAME:" + escape(calendarName));
        Instant stamp = clock.instant();
        for (Meeting m : meetings) {
            line(b, "BEGIN:VEVENT");
            line(b, "UID:meeting-" + m.id() + "@fourmiliere");
            line(b, "DTSTAMP:" + UTC.format(stamp));
            line(b, "DTSTART:" + UTC.format(m.startsAt()));
            line(b, "DTEND:" + UTC.format(m.endsAt()));
            line(b, "SUMMARY:" + escape(summary.apply(m)));
            String where = m.place() != null ? m.place() : m.link();
            if (where != null) line(b, "LOCATION:" + escape(where));
            String text = description.apply(m);
            if (text != null && !text.isBlank()) line(b, "DESCRIPTION:" + escape(text));
            if (baseUrl != null) line(b, "URL:" + baseUrl + "/meetings/" + m.id());
            line(b, "END:VEVENT");
        }
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    static String escape(String s) {
        String t = s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
        // other control characters are not allowed in a text value (RFC 5545 §3.3.11), the tab aside
        return t.replaceAll("[\\p{Cntrl}&&[^\t]]", "");
    }

    /** Writes a content line folded at 75 octets (RFC 5545 §3.1), ended by CRLF. */
    static void line(StringBuilder b, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            b.append(content).append("\r\n");
            return;
        }
        int octets = 0;
        boolean first = true;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int len = ch.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            int limit = first ? 75 : 74;
            if (octets + len > limit) {
                b.append(cur).append("\r\n ");
                cur.setLength(0);
                octets = 0;
                first = false;
            }
            cur.append(ch);
            octets += len;
            i += Character.charCount(cp);
        }
        b.append(cur).append("\r\n");
    }
}
