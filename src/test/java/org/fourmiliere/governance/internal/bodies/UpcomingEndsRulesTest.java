package org.fourmiliere.governance.internal.bodies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.internal.bodies.UpcomingEnds.End;
import org.fourmiliere.governance.internal.bodies.UpcomingEnds.Kind;
import org.junit.jupiter.api.Test;

/** What ends soon: seats, coordinations and memberships within the days asked, a person's or everyone's. */
class UpcomingEndsRulesTest {

    static final LocalDate TODAY = LocalDate.of(2007, 6, 15);
    static final long ME = 7, OTHER = 8;

    static final Body HOSTING = body(1, ME), TRAINING = body(2, null);

    static Body body(long id, Long coordinator) {
        return new Body(id, BodyKind.COMMITTEE, "c" + id, "Comité " + id, "Committee " + id, true, null,
                LocalDate.of(2006, 1, 1), null, coordinator);
    }

    static Membership membership(long id, Body body, long person, LocalDate until) {
        return new Membership(id, body.id(), person, LocalDate.of(2006, 1, 1), until, null);
    }

    static final BoardSeat SEAT = new BoardSeat(3, SeatKind.INDIVIDUAL_MEMBER, null, LocalDate.of(2004, 1, 1), null, List.of(
            new Mandate(1, 3, ME, null, LocalDate.of(2005, 10, 20), LocalDate.of(2006, 10, 20), null),
            new Mandate(2, 3, ME, null, LocalDate.of(2006, 10, 20), TODAY.plusDays(20), null)));

    static final List<Membership> MEMBERSHIPS = List.of(
            membership(1, HOSTING, ME, TODAY.plusDays(70)),
            membership(2, TRAINING, ME, TODAY.plusDays(40)),
            membership(3, TRAINING, OTHER, TODAY.plusDays(10)),
            membership(4, HOSTING, OTHER, null),
            membership(5, TRAINING, OTHER, TODAY),
            membership(6, HOSTING, OTHER, TODAY.plusDays(91)));

    static List<End> select(int days, Long person) {
        return UpcomingEnds.select(List.of(SEAT), MEMBERSHIPS, List.of(HOSTING, TRAINING), TODAY, days, person);
    }

    @Test
    void myEndsSoonestFirstTheCoordinatorsMembershipBeingACoordination() {
        List<End> mine = select(90, ME);
        assertThat(mine).extracting(End::kind).containsExactly(Kind.SEAT, Kind.MEMBERSHIP, Kind.COORDINATION);
        assertThat(mine).extracting(End::endsOn).containsExactly(TODAY.plusDays(20), TODAY.plusDays(40), TODAY.plusDays(70));
        assertThat(mine.getFirst().seat()).isEqualTo(SEAT);
        assertThat(mine.get(1).body()).isEqualTo(TRAINING);
        assertThat(mine.get(2).body()).isEqualTo(HOSTING);
    }

    @Test
    void everyonesWithinTheDaysAskedNeitherOpenNorAlreadyOverNorTooFar() {
        List<End> all = select(60, null);
        assertThat(all).extracting(End::personId, End::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OTHER, Kind.MEMBERSHIP),
                org.assertj.core.groups.Tuple.tuple(ME, Kind.SEAT),
                org.assertj.core.groups.Tuple.tuple(ME, Kind.MEMBERSHIP));
        assertThat(select(91, null)).extracting(End::endsOn).contains(TODAY.plusDays(91));
        assertThat(select(90, null)).extracting(End::endsOn).doesNotContain(TODAY.plusDays(91), TODAY);
    }
}
