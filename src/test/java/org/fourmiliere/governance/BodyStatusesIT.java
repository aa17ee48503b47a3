package org.fourmiliere.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.Status;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A board seat in force gives the BOARD status and its permissions at the next request; a resignation or the end
 * of the mandate takes them away. Membership of the work committee does the same for WORK_COMMITTEE.
 */
@IntegrationTest
class BodyStatusesIT {

    @LocalServerPort int port;
    @Autowired MemberRegistration registration;
    @Autowired Clock clock;
    @Autowired AccountDirectory accountDirectory;
    @Autowired BodyService bodies;
    @Autowired BodyDirectory directory;

    @Autowired People people;
    Api admin;
    LocalDate today;

    @BeforeEach
    void setUp() {
        admin = new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD);
        today = LocalDate.now(clock);
    }

    private java.util.Set<Status> statusesOf(Person p) {
        return people.statusesOf(p);
    }

    @Test
    void aSeatInForceGivesTheBoardStatusAndPermissionsAtOnceAndResigningTakesThemAway() {
        Person p = people.withAccount("Board member");
        Api self = new Api(port).basic(p.email(), p.password());
        assertThat(statusesOf(p)).doesNotContain(Status.BOARD);
        assertThat(self.get("/api/v1/committees").status()).as("no status yet").isEqualTo(403);

        var seat = admin.post("/api/v1/board/seats", """
                {"kind":"INDIVIDUAL_MEMBER","holderId":%d,"mandateStart":"%s","mandateEnd":"%s"}"""
                .formatted(p.id(), today.minusMonths(3), today.plusYears(1)));
        assertThat(seat.status()).as(seat.body()).isEqualTo(201);
        long seatId = seat.json().get("id").asLong();

        assertThat(statusesOf(p)).contains(Status.BOARD);
        assertThat(Permission.of(statusesOf(p))).contains(Permission.VIEW_DIRECTORY, Permission.MANAGE_BODIES,
                Permission.MANAGE_MEMBERS, Permission.READ_BOOKS);
        assertThat(self.get("/api/v1/committees").status()).as("BOARD sees the directory").isEqualTo(200);
        String name = People.unique("Board-made");
        assertThat(self.post("/api/v1/committees", "{\"nameFr\":\"%s\",\"nameEn\":\"%s\"}".formatted(name, name)).status())
                .as("BOARD manages bodies").isEqualTo(201);
        long board = directory.the(BodyKind.BOARD).id();
        assertThat(directory.memberIds(board, today)).contains(p.id());
        assertThat(directory.bodiesOf(p.id(), today)).extracting(BodyRef::kind).contains(BodyKind.BOARD);

        assertThat(admin.post("/api/v1/board/seats/" + seatId + "/resignation", "{\"on\":\"%s\"}".formatted(today)).status())
                .isEqualTo(200);
        assertThat(statusesOf(p)).doesNotContain(Status.BOARD);
        assertThat(self.get("/api/v1/committees").status()).as("resigned: no more access").isEqualTo(403);
        assertThat(directory.memberIds(board, today)).doesNotContain(p.id());
        assertThat(directory.memberIds(board, today.minusDays(1))).as("held it yesterday").contains(p.id());
    }

    @Test
    void aMandateThatHasEndedGivesNothing() {
        Person p = people.withAccount("Former board member");
        var seat = admin.post("/api/v1/board/seats", """
                {"kind":"WORK_COMMITTEE_DELEGATE","holderId":%d,"mandateStart":"%s","mandateEnd":"%s"}"""
                .formatted(p.id(), today.minusYears(2), today));
        assertThat(seat.status()).as(seat.body()).isEqualTo(201);
        assertThat(seat.json().get("vacant").asBoolean()).as("the end is exclusive").isTrue();
        assertThat(statusesOf(p)).doesNotContain(Status.BOARD);
        assertThat(new Api(port).basic(p.email(), p.password()).get("/api/v1/board/seats").status()).isEqualTo(403);
    }

    @Test
    void joiningAndLeavingTheWorkCommitteeGivesAndTakesTheStatus() {
        Person p = people.withAccount("Eligible");
        Api self = new Api(port).basic(p.email(), p.password());
        bodies.joinWorkCommittee(p.id(), today.minusDays(10), "eligibility verification");
        assertThat(statusesOf(p)).contains(Status.WORK_COMMITTEE);
        assertThat(Permission.of(statusesOf(p))).contains(Permission.VOTE_WORK_COMMITTEE);
        assertThat(self.get("/api/v1/teams").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/work-committee").body()).contains(p.name());
        assertThat(directory.bodiesOf(p.id(), today)).extracting(BodyRef::kind).containsExactly(BodyKind.WORK_COMMITTEE);

        bodies.leaveWorkCommittee(p.id(), today, "criteria no longer met");
        assertThat(statusesOf(p)).doesNotContain(Status.WORK_COMMITTEE);
        assertThat(self.get("/api/v1/teams").status()).isEqualTo(403);
        var history = bodies.history(directory.the(BodyKind.WORK_COMMITTEE).id());
        assertThat(history.getFirst().action()).isEqualTo("member-left");
        assertThat(history.getFirst().changes()).anySatisfy(c -> assertThat(c.after()).isEqualTo("criteria no longer met"));
    }
}
