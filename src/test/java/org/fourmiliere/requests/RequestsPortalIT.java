package org.fourmiliere.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.members.MemberRegistration.RegisterOrganisation;
import org.fourmiliere.members.OrganisationKind;
import org.fourmiliere.requests.internal.RequestSettings;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.People.Person;
import org.fourmiliere.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The requester portal and the public form over HTTP, as a browser without scripts: a magic link by e-mail (kept
 * hashed, single use, expiring) opens a session that shows only the requester's own tickets — another's ticket
 * answers 404 —; an organisation's representative in the registry also sees, opens and answers the organisation's
 * tickets (ADR 1007), another organisation's answering 404; asking for links too often for one address or from one
 * client sends no more mail and answers the same (ADR 1005); the public form refuses a post without its signed time
 * token, too fast, or with the honeypot filled.
 */
@IntegrationTest
class RequestsPortalIT {

    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired People people;
    @Autowired MemberRegistration registry;
    @Autowired RequestSettings settings;
    @LocalServerPort int port;

    /** A browser: cookies kept, redirects not followed. */
    final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "fr").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String formPage, Map<String, String> fields) throws Exception {
            String page = get(formPage).body();
            Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            StringBuilder body = new StringBuilder(m.find() ? "_csrf=" + m.group(1) : "");
            body.append(fields.entrySet().stream().map(e -> "&" + e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining()));
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", "fr")
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    long ticketFrom(String from, String subject) {
        String mid = "<" + UUID.randomUUID() + "@client.example>";
        var r = new Api(port).bearer(RequestsIT.TOKEN).send("POST", "/api/v1/mail/inbound",
                RequestsIT.raw(mid, from, subject, "Bonjour", ""), "message/rfc822", null);
        assertThat(r.status()).isEqualTo(202);
        return jdbc.sql("SELECT id FROM ticket WHERE source_message_id = :m").param("m", mid).query(Long.class).single();
    }

    String lastLinkTo(String address) {
        String text = jdbc.sql("SELECT body_text FROM mail_outbox WHERE correlation_key LIKE 'portal-link:%' AND recipients LIKE :a ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param("a", "%" + address + "%").query(String.class).single();
        Matcher m = Pattern.compile("/requests/portal/enter\\?token=([A-Za-z0-9_-]+)").matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    long links(String address) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE correlation_key LIKE 'portal-link:%' AND recipients LIKE :a")
                .param("a", "%" + address + "%").query(Long.class).single();
    }

    /** A browser that entered the portal with the link sent to {@code address}. */
    Browser signedIn(String address) throws Exception {
        Browser browser = new Browser();
        assertThat(browser.post("/requests/portal", "/requests/portal", Map.of("email", address)).statusCode()).isEqualTo(302);
        assertThat(browser.get("/requests/portal/enter?token=" + lastLinkTo(address)).statusCode()).isEqualTo(302);
        return browser;
    }

    /** Asks for a link from a fresh browser: the answer's status, where it leads, and the notice shown there. */
    String ask(String address) throws Exception {
        Browser browser = new Browser();
        var r = browser.post("/requests/portal", "/requests/portal", Map.of("email", address));
        String location = URI.create(r.headers().firstValue("Location").orElse("")).getPath();
        Matcher notice = Pattern.compile("<p class=\"notice\"[^>]*>([^<]*)</p>").matcher(browser.get(location).body());
        return r.statusCode() + " " + location + " " + (notice.find() ? notice.group(1) : "no notice");
    }

    @Test
    void aRepresentativeAlsoSeesOpensAndAnswersTheTicketsOfTheOrganisationTheyRepresent() throws Exception {
        Person representative = people.person("Representante");
        Person member = people.person("Membre");
        Person otherRepresentative = people.person("Autre representant");
        String coopAddress = RequestsIT.address("coop");
        String coop = People.unique("Coop du quartier");
        registry.registerOrganisation(new RegisterOrganisation(coop, OrganisationKind.COOP, representative.id(), coopAddress,
                null, "fr", null));
        String otherAddress = RequestsIT.address("autre-coop");
        registry.registerOrganisation(new RegisterOrganisation(People.unique("Autre coop"), OrganisationKind.COOP,
                otherRepresentative.id(), otherAddress, null, "fr", null));
        long coopTicket = ticketFrom(coopAddress, "Demande de la coop");
        long memberTicket = ticketFrom(member.email(), "Demande du membre");
        long otherTicket = ticketFrom(otherAddress, "Demande d une autre coop");

        // the representative has no ticket of their own, and receives a link all the same: their organisation has one
        Browser browser = signedIn(representative.email());
        String list = browser.get("/requests/portal").body();
        assertThat(list).contains("Demande de la coop").contains(coop)
                .doesNotContain("Demande du membre").doesNotContain("Demande d une autre coop");
        assertThat(browser.get("/requests/portal/tickets/" + coopTicket).statusCode()).isEqualTo(200);
        assertThat(browser.get("/requests/portal/tickets/" + otherTicket).statusCode()).as("another organisation's").isEqualTo(404);
        assertThat(browser.get("/requests/portal/tickets/" + memberTicket).statusCode()).as("a person's").isEqualTo(404);
        assertThat(browser.post("/requests/portal/tickets/" + coopTicket + "/reply", "/requests/portal/tickets/" + coopTicket,
                Map.of("text", "Je réponds pour la coop")).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT from_address FROM ticket_message WHERE ticket_id = :t AND body_text = 'Je réponds pour la coop'")
                .param("t", coopTicket).query(String.class).single()).isEqualTo(representative.email());
        assertThat(jdbc.sql("SELECT role FROM ticket_party WHERE ticket_id = :t AND address = :a").param("t", coopTicket)
                .param("a", representative.email()).query(String.class).single()).as("copied from then on").isEqualTo("CC");
        assertThat(browser.post("/requests/portal/tickets/" + otherTicket + "/reply", "/requests/portal",
                Map.of("text", "Intrusion")).statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket_message WHERE ticket_id = :t AND body_text = 'Intrusion'")
                .param("t", otherTicket).query(Long.class).single()).isZero();

        // a person of the registry who represents no organisation sees only their own
        Browser theMember = signedIn(member.email());
        assertThat(theMember.get("/requests/portal").body()).contains("Demande du membre").doesNotContain("Demande de la coop");
        assertThat(theMember.get("/requests/portal/tickets/" + coopTicket).statusCode()).isEqualTo(404);
    }

    @Test
    void aFourthLinkForOneAddressWithinItsWindowIsNotSentAndTheAnswerIsTheSame() throws Exception {
        clock.advance(Duration.ofDays(1)); // away from the windows of the other tests' asks
        String client = RequestsIT.address("often");
        ticketFrom(client, "Demande souvent");
        String answer = ask(client);
        assertThat(answer).startsWith("302 /requests/portal Si cette adresse a des demandes chez nous");
        assertThat(ask(client)).isEqualTo(answer);
        assertThat(ask(client)).isEqualTo(answer);
        assertThat(links(client)).isEqualTo(settings.portalAsksPerAddress()).isEqualTo(3);

        assertThat(ask(client)).as("throttled: the same answer").isEqualTo(answer);
        assertThat(links(client)).as("no fourth link within 15 minutes").isEqualTo(3);
        String unknown = RequestsIT.address("unknown");
        for (int i = 0; i < 4; i++) assertThat(ask(unknown)).as("an unknown address, throttled or not").isEqualTo(answer);
        assertThat(links(unknown)).isZero();

        clock.advance(settings.portalAsksAddressWindow().plusMinutes(1));
        assertThat(ask(client)).isEqualTo(answer);
        assertThat(links(client)).as("a new window").isEqualTo(4);
    }

    @Test
    void linksAskedTooOftenFromOneClientAreNotSent() throws Exception {
        clock.advance(Duration.ofDays(3)); // away from the windows of the other tests' asks
        String known = RequestsIT.address("known");
        ticketFrom(known, "Demande connue");
        String answer = null;
        for (int i = 0; i < settings.portalAsksPerClient(); i++) {
            String a = ask(RequestsIT.address("sweep"));
            if (answer == null) answer = a;
            assertThat(a).isEqualTo(answer);
        }
        assertThat(ask(known)).as("the client's ask past its limit: the same answer").isEqualTo(answer);
        assertThat(links(known)).as("no link past %d asks from one client in an hour", settings.portalAsksPerClient()).isZero();

        clock.advance(settings.portalAsksClientWindow().plusMinutes(1));
        ask(known);
        assertThat(links(known)).as("a new window").isEqualTo(1);
    }

    @Test
    void aClientSeesOnlyTheirOwnTicketsWithASingleUseExpiringLink() throws Exception {
        String alice = RequestsIT.address("alice");
        String bob = RequestsIT.address("bob");
        long mine = ticketFrom(alice, "Alice demande");
        long other = ticketFrom(bob, "Bob demande");

        Browser browser = new Browser();
        assertThat(browser.get("/requests/portal/tickets/" + mine).statusCode()).as("not signed in").isEqualTo(404);
        assertThat(browser.post("/requests/portal", "/requests/portal", Map.of("email", alice)).statusCode()).isEqualTo(302);
        String token = lastLinkTo(alice);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM request_portal_link WHERE token_hash = :t").param("t", token).query(Long.class).single())
                .as("the token is not stored as such").isZero();
        assertThat(browser.get("/requests/portal/enter?token=" + token).statusCode()).isEqualTo(302);
        String list = browser.get("/requests/portal").body();
        assertThat(list).contains("Alice demande").doesNotContain("Bob demande");
        assertThat(browser.get("/requests/portal/tickets/" + mine).statusCode()).isEqualTo(200);
        assertThat(browser.get("/requests/portal/tickets/" + other).statusCode()).isEqualTo(404);

        // the same link a second time: refused
        Browser thief = new Browser();
        thief.get("/requests/portal/enter?token=" + token);
        assertThat(thief.get("/requests/portal").body()).doesNotContain("Alice demande");
        assertThat(thief.get("/requests/portal/tickets/" + mine).statusCode()).isEqualTo(404);

        // a link used after it expired: refused
        Browser late = new Browser();
        late.post("/requests/portal", "/requests/portal", Map.of("email", alice));
        String second = lastLinkTo(alice);
        assertThat(second).isNotEqualTo(token);
        clock.advance(Duration.ofMinutes(31));
        late.get("/requests/portal/enter?token=" + second);
        assertThat(late.get("/requests/portal/tickets/" + mine).statusCode()).isEqualTo(404);

        // an address with no ticket gets no mail (and the page says the same)
        String nobody = RequestsIT.address("nobody");
        new Browser().post("/requests/portal", "/requests/portal", Map.of("email", nobody));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE correlation_key LIKE 'portal-link:%' AND recipients LIKE :a")
                .param("a", "%" + nobody + "%").query(Long.class).single()).isZero();
    }

    @Test
    void thePublicFormWantsItsTimeTokenAndAnEmptyHoneypot() throws Exception {
        String client = RequestsIT.address("form");
        Browser browser = new Browser();
        Map<String, String> fields = Map.of("name", "Client", "email", client, "subject", "Demande par formulaire", "text", "Bonjour **vous**");
        var tooFast = browser.post("/requests/new", "/requests/new", fields);
        assertThat(tooFast.statusCode()).isEqualTo(200);
        assertThat(tooFast.body()).contains("envoyé trop vite");
        String page = browser.get("/requests/new").body();
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        clock.advance(Duration.ofSeconds(10));
        var honeypot = browser.post("/requests/new", "/requests/new", Map.of("email", client, "subject", "x", "text", "y",
                "website", "http://spam.example", "token", token.group(1)));
        assertThat(honeypot.body()).contains("envoyé trop vite");
        var forged = browser.post("/requests/new", "/requests/new", Map.of("email", client, "subject", "x", "text", "y",
                "token", "1." + "A".repeat(43)));
        assertThat(forged.body()).contains("envoyé trop vite");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ticket_party WHERE address = :a").param("a", client).query(Long.class).single()).isZero();

        var withToken = new java.util.HashMap<>(fields);
        withToken.put("token", token.group(1));
        var ok = browser.post("/requests/new", "/requests/new", withToken);
        assertThat(ok.statusCode()).isEqualTo(302);
        long id = jdbc.sql("SELECT ticket_id FROM ticket_party WHERE address = :a").param("a", client).query(Long.class).single();
        assertThat(jdbc.sql("SELECT body_html FROM ticket_message WHERE ticket_id = :t AND kind = 'IN'").param("t", id)
                .query(String.class).single()).contains("<strong>vous</strong>");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE correlation_key = :k").param("k", "ticket-ack:" + id)
                .query(Long.class).single()).isEqualTo(1);
    }
}
