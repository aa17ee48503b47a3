package org.fourmiliere.governance.internal.eligibility;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Everything the bylaw looks at for one person, gathered from the meetings, the time tracker and the
 * eligibility records. {@code committeeMeetings}: committee code → days the person was present at a meeting of
 * it in the window; {@code reflectionMeetings}: days present at a reflection meeting in the window.
 */
public record PersonFacts(long personId,
                          SortedMap<String, List<LocalDate>> committeeMeetings,
                          List<LocalDate> reflectionMeetings,
                          Map<YearMonth, Long> minutesByMonth,
                          Standing standing,
                          Admission admission,
                          List<GrantedException> exceptions) {

    /** The status kept from the last recorded verification (or a board reversal), and since when. */
    public record Standing(EligibilityStatus status, LocalDate since) {
        public static final Standing NONE = new Standing(EligibilityStatus.NOT_ELIGIBLE, null);
    }

    /** The latest admission of the person: candidacy, hiring-committee confirmation, board reversal. */
    public record Admission(long id, LocalDate candidateSince, LocalDate confirmedOn, LocalDate reversedOn,
                            String reversalReason) {}

    /** An exception granted by the work committee: a justified absence over a period. */
    public record GrantedException(long id, String reason, LocalDate from, LocalDate to) {
        public boolean overlaps(LocalDate start, LocalDate end) {
            return !from.isAfter(end) && !to.isBefore(start);
        }
    }
}
