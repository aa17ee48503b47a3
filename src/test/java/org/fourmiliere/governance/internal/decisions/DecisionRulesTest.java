package org.fourmiliere.governance.internal.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fourmiliere.support.Refusals.key;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.internal.decisions.Decision.HowTaken;
import org.fourmiliere.governance.internal.decisions.Decision.Role;
import org.fourmiliere.governance.internal.decisions.Decision.Status;
import org.junit.jupiter.api.Test;

/** The rules of the decision register: votes, status, reversal by a higher body, tags and search words. */
class DecisionRulesTest {

    private static Decision decided(LocalDate on, Status status) {
        return new Decision(1, 1, null, on, "text", HowTaken.CONSENSUS, null, null, null, status, null, List.of(),
                false, List.of());
    }

    @Test
    void aVoteCountsEachVoterOnce() {
        Decision.Vote vote = Decision.vote(List.of(1L, 2L), List.of(3L), null);
        assertThat(vote.tally()).isEqualTo(new Decision.Tally(2, 1, 0));
        assertThat(vote.participants()).extracting(Decision.Participant::role).containsExactly(Role.FOR, Role.FOR, Role.AGAINST);
        assertThat(key(() -> Decision.vote(List.of(1L), List.of(1L), List.of()))).isEqualTo("decisions.vote.twice");
        assertThat(key(() -> Decision.vote(null, null, null))).isEqualTo("decisions.vote.empty");
    }

    @Test
    void onlyPresentMembersVoteWhereTheWorkCommitteeVotes() {
        Decision.checkVotingRights(Set.of(1L), Set.of(1L, 2L), Set.of(1L));
        assertThat(key(() -> Decision.checkVotingRights(Set.of(3L), Set.of(1L), Set.of(3L)))).isEqualTo("decisions.vote.not-member");
        assertThat(key(() -> Decision.checkVotingRights(Set.of(2L), Set.of(1L, 2L), Set.of(1L)))).isEqualTo("decisions.vote.not-present");
    }

    @Test
    void aQuickDecisionIsTakenOutsideMeetings() {
        Decision.checkHowTaken(HowTaken.QUICK_DECISION, false);
        Decision.checkHowTaken(HowTaken.VOTE, true);
        assertThat(key(() -> Decision.checkHowTaken(HowTaken.QUICK_DECISION, true))).isEqualTo("decisions.quick.no-meeting");
    }

    @Test
    void aDecisionIsAdoptedUnlessSaidOtherwiseAndNeverRecordedReversed() {
        assertThat(Decision.initialStatus(null)).isEqualTo(Status.ADOPTED);
        assertThat(Decision.initialStatus(Status.POSTPONED)).isEqualTo(Status.POSTPONED);
        assertThat(key(() -> Decision.initialStatus(Status.REVERSED))).isEqualTo("decisions.status.reversed-by-link");
    }

    @Test
    void onlyALaterDecisionOfAHigherBodyReverses() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        Decision original = decided(day, Status.ADOPTED);
        original.checkReversibleBy(decided(day, Status.ADOPTED), BodyKind.COMMITTEE, BodyKind.WORK_COMMITTEE);
        original.checkReversibleBy(decided(day.plusDays(1), Status.ADOPTED), BodyKind.BOARD, BodyKind.GENERAL_ASSEMBLY);
        assertThat(key(() -> original.checkReversibleBy(decided(day, Status.ADOPTED), BodyKind.BOARD, BodyKind.WORK_COMMITTEE)))
                .isEqualTo("decisions.reverse.not-higher");
        assertThat(key(() -> original.checkReversibleBy(decided(day, Status.ADOPTED), BodyKind.COMMITTEE, BodyKind.TEAM)))
                .isEqualTo("decisions.reverse.not-higher");
        assertThat(key(() -> original.checkReversibleBy(decided(day.minusDays(1), Status.ADOPTED), BodyKind.TEAM, BodyKind.BOARD)))
                .isEqualTo("decisions.reverse.earlier");
        assertThat(key(() -> decided(day, Status.REVERSED).checkReversibleBy(decided(day, Status.ADOPTED), BodyKind.TEAM, BodyKind.BOARD)))
                .isEqualTo("decisions.already-reversed");
    }

    @Test
    void tagsAndSearchWordsIgnoreCaseAndAccents() {
        assertThat(Decision.normaliseTags(List.of(" Ventes", "ventes", "", "a,b"))).isEqualTo("ventes,a b");
        assertThat(Decision.normaliseTags(null)).isEmpty();
        assertThat(Decision.searchable("Réunion ÉQUIPE")).isEqualTo("reunion equipe");
        assertThat(Decision.searchWords("  Réunion   budget ")).containsExactly("reunion", "budget");
        assertThat(Decision.searchWords(null)).isEmpty();
        assertThat(Decision.searchWords("a b c d e f g h i j k l")).hasSize(10);
    }
}
