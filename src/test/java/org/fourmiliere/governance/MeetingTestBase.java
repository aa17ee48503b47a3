package org.fourmiliere.governance;

import java.time.Clock;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.governance.internal.bodies.BodyService;
import org.fourmiliere.governance.internal.meetings.MeetingService;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.BrowserTest;
import org.fourmiliere.support.People;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the integration tests of meetings and of eligibility share: the meeting fixtures and the administrator's API. */
abstract class MeetingTestBase {

    @LocalServerPort int port;
    @Autowired MemberRegistration registration;
    @Autowired AccountDirectory accountDirectory;
    @Autowired MeetingService meetings;
    @Autowired BodyService bodies;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired People people;
    MeetingFixtures facts;
    Api admin;

    @BeforeEach
    void setUpFixtures() {
        facts = new MeetingFixtures(meetings, bodies, jdbc, clock);
        admin = new Api(port).basic(BrowserTest.ADMIN_EMAIL, BrowserTest.ADMIN_PASSWORD).language("en");
    }
}
