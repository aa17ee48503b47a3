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
import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The requester portal and the public form over HTTP, as a browser without scripts: a magic link by e-mail (kept
 * hashed, single use, expiring) opens a session that shows only the requester's own tickets — another's ticket
 * answers 404 —; the public form refuses a post without its signed time token, too fast, or with the honeypot filled.
 */
@IntegrationTest
class RequestsPortalIT {

    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
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
