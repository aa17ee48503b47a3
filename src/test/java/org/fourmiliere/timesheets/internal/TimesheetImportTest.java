package org.fourmiliere.timesheets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.fourmiliere.timesheets.ActivityKind;
import org.junit.jupiter.api.Test;

class TimesheetImportTest {

    @Test
    void csvLinesWithQuotesAndCommas() {
        assertThat(TimesheetImport.split("a,\"b, c\",\"d \"\"e\"\"\",")).containsExactly("a", "b, c", "d \"e\"", "");
        assertThat(TimesheetImport.split("x,y")).containsExactly("x", "y");
    }

    @Test
    void localTimesAreMontrealTimesAndOffsetsAreHonoured() {
        assertThat(TimesheetImport.instant("2007-03-13T09:00")).isEqualTo(Instant.parse("2007-03-13T13:00:00Z"));
        assertThat(TimesheetImport.instant("2007-01-13T09:00")).isEqualTo(Instant.parse("2007-01-13T14:00:00Z"));
        assertThat(TimesheetImport.instant("2007-01-13T09:00+00:00")).isEqualTo(Instant.parse("2007-01-13T09:00:00Z"));
        assertThat(TimesheetImport.instant("13/01/2007")).isNull();
    }

    @Test
    void activityKindsAreGuessedFromTheirNames() {
        assertThat(TimesheetImport.guessKind("contrat-org0001")).isEqualTo(ActivityKind.CONTRACT);
        assertThat(TimesheetImport.guessKind("réunion de production")).isEqualTo(ActivityKind.MEETING);
        assertThat(TimesheetImport.guessKind("comité embauche")).isEqualTo(ActivityKind.COMMITTEE);
        assertThat(TimesheetImport.guessKind("support niveau 2")).isEqualTo(ActivityKind.INTERNAL);
        assertThat(TimesheetImport.syntheticEmail("Réunion X")).isEqualTo("reunion-x@import.fourmiliere.local");
    }
}
