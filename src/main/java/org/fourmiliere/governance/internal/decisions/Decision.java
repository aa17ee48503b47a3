package org.fourmiliere.governance.internal.decisions;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.shared.Problems;

/**
 * One decision of the register (§7). {@code voters}: who voted for, against or abstained (a vote), or who was
 * present (a consensus). The static methods are the register's rules.
 */
public record Decision(long id, long bodyId, Long meetingId, LocalDate decidedOn, String text, HowTaken how,
                       Integer votesFor, Integer votesAgainst, Integer votesAbstain, Status status, Long reversedBy,
                       List<String> tags, boolean isPublic, List<Participant> participants) {

    public enum HowTaken { CONSENSUS, VOTE, QUICK_DECISION }

    public enum Status { ADOPTED, REJECTED, POSTPONED, REVERSED }

    public enum Role { FOR, AGAINST, ABSTAIN, PRESENT }

    public record Participant(long personId, Role role) {}

    /** The counts of a vote. */
    public record Tally(int votesFor, int votesAgainst, int votesAbstain) {}

    /** A vote: who voted what, and the counts. */
    public record Vote(List<Participant> participants, Tally tally) {}

    public List<Long> with(Role role) {
        return participants.stream().filter(p -> p.role() == role).map(Participant::personId).toList();
    }

    Decision withParticipants(List<Participant> p) {
        return new Decision(id, bodyId, meetingId, decidedOn, text, how, votesFor, votesAgainst, votesAbstain, status,
                reversedBy, tags, isPublic, p);
    }

    // ---- rules of recording

    /** A quick decision is taken outside meetings. */
    static void checkHowTaken(HowTaken how, boolean atMeeting) {
        if (how == HowTaken.QUICK_DECISION && atMeeting) {
            throw new Problems.InvalidInput("meetingId", "decisions.quick.no-meeting");
        }
    }

    /** A vote names its voters, each once. */
    static Vote vote(List<Long> votersFor, List<Long> votersAgainst, List<Long> votersAbstaining) {
        List<Long> f = orEmpty(votersFor), a = orEmpty(votersAgainst), x = orEmpty(votersAbstaining);
        Set<Long> all = new LinkedHashSet<>();
        for (List<Long> l : List.of(f, a, x)) for (Long id : l) {
            if (!all.add(id)) throw new Problems.InvalidInput("votersFor", "decisions.vote.twice", id);
        }
        if (all.isEmpty()) throw new Problems.InvalidInput("votersFor", "decisions.vote.empty");
        List<Participant> participants = new ArrayList<>();
        f.forEach(id -> participants.add(new Participant(id, Role.FOR)));
        a.forEach(id -> participants.add(new Participant(id, Role.AGAINST)));
        x.forEach(id -> participants.add(new Participant(id, Role.ABSTAIN)));
        return new Vote(List.copyOf(participants), new Tally(f.size(), a.size(), x.size()));
    }

    /** At reflection and production meetings only work-committee members vote, and only those present. */
    static void checkVotingRights(Set<Long> voters, Set<Long> members, Set<Long> present) {
        for (Long v : voters) {
            if (!members.contains(v)) throw new Problems.InvalidInput("votersFor", "decisions.vote.not-member", v);
            if (!present.contains(v)) throw new Problems.InvalidInput("votersFor", "decisions.vote.not-present", v);
        }
    }

    /** A decision is adopted unless said otherwise; it is reversed only by a link to the reversing decision. */
    static Status initialStatus(Status asked) {
        Status status = asked == null ? Status.ADOPTED : asked;
        if (status == Status.REVERSED) throw new Problems.InvalidInput("status", "decisions.status.reversed-by-link");
        return status;
    }

    // ---- rules of reversal

    /** How high a body stands: only a higher body reverses a decision. */
    static int rank(BodyKind kind) {
        return switch (kind) {
            case GENERAL_ASSEMBLY -> 4;
            case BOARD -> 3;
            case WORK_COMMITTEE -> 2;
            case COMMITTEE, TEAM -> 1;
        };
    }

    /** This decision may be reversed by {@code reversing}, of a higher body, taken on the same day or later. */
    void checkReversibleBy(Decision reversing, BodyKind ownBody, BodyKind reversingBody) {
        if (status == Status.REVERSED) throw new Problems.Conflict("reversedBy", "decisions.already-reversed");
        if (rank(reversingBody) <= rank(ownBody)) throw new Problems.InvalidInput("reversedBy", "decisions.reverse.not-higher");
        if (reversing.decidedOn().isBefore(decidedOn)) {
            throw new Problems.InvalidInput("reversedBy", "decisions.reverse.earlier");
        }
    }

    // ---- tags and search

    /** Tags in lower case, without blanks, commas or repetitions, joined by commas. */
    static String normaliseTags(List<String> tags) {
        if (tags == null) return "";
        return tags.stream().filter(t -> t != null && !t.isBlank()).map(t -> t.strip().toLowerCase().replace(",", " "))
                .distinct().collect(Collectors.joining(","));
    }

    /** Lower case without accents, so that "reunion" finds "Réunion". */
    public static String searchable(String text) {
        String n = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT);
    }

    /** The words a search looks for (at most ten), searchable. */
    static List<String> searchWords(String words) {
        if (words == null || words.isBlank()) return List.of();
        return Arrays.stream(searchable(words).split("\\s+")).limit(10).filter(w -> !w.isBlank()).toList();
    }

    private static List<Long> orEmpty(List<Long> l) {
        return l == null ? List.of() : l;
    }
}
