package org.fourmiliere.governance.internal.decisions;

import java.time.LocalDate;
import java.util.List;

/**
 * One decision of the register (§7). {@code voters}: who voted for, against or abstained (a vote), or who was
 * present (a consensus).
 */
public record Decision(long id, long bodyId, Long meetingId, LocalDate decidedOn, String text, HowTaken how,
                       Integer votesFor, Integer votesAgainst, Integer votesAbstain, Status status, Long reversedBy,
                       List<String> tags, boolean isPublic, List<Participant> participants) {

    public enum HowTaken { CONSENSUS, VOTE, QUICK_DECISION }

    public enum Status { ADOPTED, REJECTED, POSTPONED, REVERSED }

    public enum Role { FOR, AGAINST, ABSTAIN, PRESENT }

    public record Participant(long personId, Role role) {}

    public List<Long> with(Role role) {
        return participants.stream().filter(p -> p.role() == role).map(Participant::personId).toList();
    }
}
