package org.fourmiliere.requests.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.fourmiliere.shared.Problems;

/**
 * A ticket and its pure rules: status changes, the service clock (office time owed to the requester: it runs in NEW
 * and OPEN, stops while waiting for the requester and once resolved), first response, reopening by mail.
 *
 * @param clockSeconds office time counted up to {@code clockSince} (or up to the last stop)
 * @param clockSince   since when the clock runs, or {@code null} while it is stopped
 */
public record Ticket(long id, String subject, long queueId, Long ownerId, TicketStatus status, int priority,
                     LocalDate dueOn, String tags, String language, Instant createdAt, Instant updatedAt,
                     Instant firstResponseAt, Long firstResponseSeconds, Instant resolvedAt, Instant reopenedAt,
                     long clockSeconds, Instant clockSince, String slaAnnounced, Long mergedInto) {

    /** A new ticket, its clock running from {@code at}. */
    public static Ticket open(String subject, long queueId, String language, Instant at) {
        String s = subject == null ? "" : subject.strip();
        if (s.isEmpty()) s = "(sans objet)";
        if (s.length() > 300) s = s.substring(0, 300);
        return new Ticket(0, s, queueId, null, TicketStatus.NEW, 0, null, "", "en".equals(language) ? "en" : "fr",
                at, at, null, null, null, null, 0, at, null, null);
    }

    /** Office time owed to the requester so far. */
    public long elapsedSeconds(OfficeClock clock, Instant now) {
        return clockSeconds + (clockSince == null ? 0 : clock.between(clockSince, now).getSeconds());
    }

    public SlaState firstResponse(OfficeClock clock, Integer targetMinutes, Instant now) {
        return firstResponse(targetMinutes, () -> elapsedSeconds(clock, now));
    }

    private SlaState firstResponse(Integer targetMinutes, java.util.function.LongSupplier elapsed) {
        if (firstResponseSeconds != null) return SlaState.stopped(firstResponseSeconds, targetMinutes);
        if (status.closed()) return targetMinutes == null ? SlaState.NONE : SlaState.MET;
        return targetMinutes == null ? SlaState.NONE : SlaState.running(elapsed.getAsLong(), targetMinutes);
    }

    public SlaState resolution(OfficeClock clock, Integer targetMinutes, Instant now) {
        return resolution(targetMinutes, () -> elapsedSeconds(clock, now));
    }

    private SlaState resolution(Integer targetMinutes, java.util.function.LongSupplier elapsed) {
        if (status.closed()) return SlaState.stopped(clockSeconds, targetMinutes);
        return targetMinutes == null ? SlaState.NONE : SlaState.running(elapsed.getAsLong(), targetMinutes);
    }

    /** The worse of the two targets now: what lists highlight and the job announces (the clock read once). */
    public SlaState sla(OfficeClock clock, Integer firstResponseMinutes, Integer resolutionMinutes, Instant now) {
        long[] once = {-1};
        java.util.function.LongSupplier elapsed = () -> once[0] >= 0 ? once[0] : (once[0] = elapsedSeconds(clock, now));
        SlaState a = firstResponse(firstResponseMinutes, elapsed);
        SlaState b = resolution(resolutionMinutes, elapsed);
        if (a == SlaState.BREACHED || b == SlaState.BREACHED) return SlaState.BREACHED;
        if (a == SlaState.AT_RISK || b == SlaState.AT_RISK) return SlaState.AT_RISK;
        return a == SlaState.NONE ? b : a;
    }

    /** When the target of {@code minutes} is reached (at risk: its {@link SlaState#RISK_SHARE}); null while paused. */
    public Instant deadline(OfficeClock clock, Integer minutes, boolean atRisk) {
        if (minutes == null || clockSince == null) return null;
        long target = atRisk ? SlaState.atRiskSeconds(minutes) : minutes * 60L;
        return clock.plus(clockSince, Duration.ofSeconds(Math.max(0, target - clockSeconds)));
    }

    /** The first reply of a worker to the requester: the first response is counted, a new ticket is open. */
    public Ticket responded(OfficeClock clock, Instant now) {
        Ticket t = this;
        if (firstResponseAt == null) {
            t = new Ticket(id, subject, queueId, ownerId, status, priority, dueOn, tags, language, createdAt, now, now,
                    elapsedSeconds(clock, now), resolvedAt, reopenedAt, clockSeconds, clockSince, slaAnnounced, mergedInto);
        }
        return t.status == TicketStatus.NEW ? t.withStatus(TicketStatus.OPEN, clock, now) : t.touched(now);
    }

    /** Changes the status; the clock stops when it leaves NEW/OPEN and starts again when it comes back. */
    public Ticket withStatus(TicketStatus to, OfficeClock clock, Instant now) {
        if (to == null) throw new Problems.InvalidInput("status", "requests.status.invalid");
        if (mergedInto != null) throw new Problems.Conflict("status", "requests.ticket.merged", mergedInto);
        if (to == status) return this;
        if (to == TicketStatus.NEW) throw new Problems.InvalidInput("status", "requests.status.notNew");
        long seconds = clockSeconds;
        Instant since = clockSince;
        if (status.clockRuns() && !to.clockRuns()) {
            seconds = elapsedSeconds(clock, now);
            since = null;
        } else if (!status.clockRuns() && to.clockRuns()) {
            since = now;
        }
        Instant resolved = to.closed() ? now : null;
        Instant reopened = status.closed() && !to.closed() ? now : reopenedAt;
        String announced = to.clockRuns() ? slaAnnounced : slaAnnounced;
        return new Ticket(id, subject, queueId, ownerId, to, priority, dueOn, tags, language, createdAt, now,
                firstResponseAt, firstResponseSeconds, resolved, reopened, seconds, since, announced, mergedInto);
    }

    /**
     * Whether a message from the requester reopens this resolved ticket now: not if it was reopened less than
     * {@code window} ago, so that a mail loop cannot flap it.
     */
    public boolean reopensOnReply(Instant now, Duration window) {
        if (!status.closed() || mergedInto != null) return false;
        return reopenedAt == null || !reopenedAt.plus(window).isAfter(now);
    }

    public Ticket touched(Instant now) {
        return new Ticket(id, subject, queueId, ownerId, status, priority, dueOn, tags, language, createdAt, now,
                firstResponseAt, firstResponseSeconds, resolvedAt, reopenedAt, clockSeconds, clockSince, slaAnnounced, mergedInto);
    }

    public Ticket withOwner(Long owner, Instant now) {
        return new Ticket(id, subject, queueId, owner, status, priority, dueOn, tags, language, createdAt, now,
                firstResponseAt, firstResponseSeconds, resolvedAt, reopenedAt, clockSeconds, clockSince, slaAnnounced, mergedInto);
    }

    public Ticket withPriority(int p, Instant now) {
        if (p < 0 || p > 99) throw new Problems.InvalidInput("priority", "requests.priority.invalid");
        return new Ticket(id, subject, queueId, ownerId, status, p, dueOn, tags, language, createdAt, now,
                firstResponseAt, firstResponseSeconds, resolvedAt, reopenedAt, clockSeconds, clockSince, slaAnnounced, mergedInto);
    }

    /** The due date changed ({@code null}: none); a date before 1900 or after 9999 is refused. */
    public Ticket withDueOn(LocalDate due, Instant now) {
        if (due != null && (due.getYear() < 1900 || due.getYear() > 9999)) {
            throw new Problems.InvalidInput("dueOn", "requests.dueOn.invalid");
        }
        return new Ticket(id, subject, queueId, ownerId, status, priority, due, tags, language, createdAt, now,
                firstResponseAt, firstResponseSeconds, resolvedAt, reopenedAt, clockSeconds, clockSince, slaAnnounced, mergedInto);
    }

    /** The tags changed: {@code given} normalised by {@link #normalTags}, kept separated by single spaces. */
    public Ticket withTags(List<String> given, Instant now) {
        return new Ticket(id, subject, queueId, ownerId, status, priority, dueOn, String.join(" ", normalTags(given)), language,
                createdAt, now, firstResponseAt, firstResponseSeconds, resolvedAt, reopenedAt, clockSeconds, clockSince,
                slaAnnounced, mergedInto);
    }

    /** The ticket's tags, in the order they were given. */
    public List<String> tagList() {
        return tags == null || tags.isBlank() ? List.of() : List.of(tags.strip().split(" +"));
    }

    /** Whether the ticket, still to be done, is past its due date on {@code today}. */
    public boolean pastDue(LocalDate today) {
        return dueOn != null && dueOn.isBefore(today) && !status.closed() && mergedInto == null;
    }

    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG_LENGTH = 40;

    /**
     * Tags as kept: each trimmed and in lower case, blanks dropped, each once (first place kept); at most
     * {@value #MAX_TAGS} of at most {@value #MAX_TAG_LENGTH} characters, each made of letters, digits, {@code -},
     * {@code _} and {@code .} — else a refusal naming {@code tags}.
     */
    public static List<String> normalTags(List<String> given) {
        if (given == null) throw new Problems.InvalidInput("tags", "requests.tags.required");
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String g : given) {
            String t = g == null ? "" : g.strip().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) continue;
            if (t.length() > MAX_TAG_LENGTH) throw new Problems.InvalidInput("tags", "requests.tags.tooLong", MAX_TAG_LENGTH);
            if (!t.matches("[\\p{L}\\p{M}\\p{N}_.-]+")) throw new Problems.InvalidInput("tags", "requests.tags.chars", t);
            out.add(t);
        }
        if (out.size() > MAX_TAGS) throw new Problems.InvalidInput("tags", "requests.tags.tooMany", MAX_TAGS);
        return List.copyOf(out);
    }

    /** One tag to filter by, normalised as tags are; {@code null} for none. */
    public static String normalTag(String given) {
        if (given == null || given.isBlank()) return null;
        String t = given.strip().toLowerCase(Locale.ROOT);
        if (t.length() > MAX_TAG_LENGTH || !t.matches("[\\p{L}\\p{M}\\p{N}_.-]+")) throw new Problems.InvalidInput("tag", "requests.tag.invalid");
        return t;
    }

    public Ticket inQueue(long queue, Instant now) {
        return new Ticket(id, subject, queue, ownerId, status, priority, dueOn, tags, language, createdAt, now,
                firstResponseAt, firstResponseSeconds, resolvedAt, reopenedAt, clockSeconds, clockSince, null, mergedInto);
    }

    public Ticket announced(String level) {
        return new Ticket(id, subject, queueId, ownerId, status, priority, dueOn, tags, language, createdAt, updatedAt,
                firstResponseAt, firstResponseSeconds, resolvedAt, reopenedAt, clockSeconds, clockSince, level, mergedInto);
    }

    /** Merged into another ticket: resolved, pointing at it; its number then leads there. */
    public Ticket mergedInto(long target, OfficeClock clock, Instant now) {
        if (target == id) throw new Problems.InvalidInput("into", "requests.merge.self");
        if (mergedInto != null) throw new Problems.Conflict("into", "requests.ticket.merged", mergedInto);
        Ticket t = status.closed() ? this : withStatus(TicketStatus.RESOLVED, clock, now);
        return new Ticket(id, subject, queueId, ownerId, t.status, priority, dueOn, tags, language, createdAt, now,
                firstResponseAt, firstResponseSeconds, t.resolvedAt, reopenedAt, t.clockSeconds, t.clockSince, slaAnnounced, target);
    }

    /** The subject as mail carries it: {@code [fourmi #1234] subject}. */
    public String mailSubject() {
        return "[fourmi #" + id + "] " + subject;
    }

    /** The ticket number a subject names ({@code [fourmi #1234]}), if any. */
    public static Long numberIn(String subject) {
        if (subject == null) return null;
        var m = java.util.regex.Pattern.compile("\\[fourmi\\s*#(\\d{1,12})\\]", java.util.regex.Pattern.CASE_INSENSITIVE).matcher(subject);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }
}
