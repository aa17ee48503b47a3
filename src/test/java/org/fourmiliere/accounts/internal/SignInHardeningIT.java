package org.fourmiliere.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sign-in hardening: throttling per account name and per address (form and HTTP Basic) that tells nothing about
 * which accounts exist; common passwords refused; hashes upgraded at sign-in; a new session id at sign-in; security
 * headers; cookie flags; tokens that end on their day.
 */
@IntegrationTest
class SignInHardeningIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired AccountStore store;
    @Autowired TokenService tokens;
    @Autowired SignInThrottle throttle;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired WebApplicationContext context;

    @Test
    void anExistingAndAnUnknownAccountAreThrottledAlikeAfterFiveFailures() {
        String known = "known-" + System.nanoTime() + "@test.local";
        String unknown = "unknown-" + System.nanoTime() + "@test.local";
        accounts.create(known, "right-password-1", null, "en", false, false);
        Api api = new Api(port).language("en");
        for (int i = 0; i < 5; i++) {
            var k = api.basic(known, "wrong-" + i).get("/api/v1/tokens");
            var u = api.basic(unknown, "wrong-" + i).get("/api/v1/tokens");
            assertThat(k.status()).isEqualTo(401);
            assertThat(u.status()).isEqualTo(401);
            assertThat(k.json().get("detail").asString()).isEqualTo(u.json().get("detail").asString());
        }
        var k = api.basic(known, "right-password-1").get("/api/v1/tokens");
        var u = api.basic(unknown, "right-password-1").get("/api/v1/tokens");
        assertThat(k.status()).isEqualTo(429);
        assertThat(u.status()).isEqualTo(429);
        assertThat(k.json().get("detail").asString()).isEqualTo(u.json().get("detail").asString()).contains("Too many");
        assertThat(k.headers().firstValue("Retry-After")).isPresent();
        var fr = new Api(port).language("fr").basic(unknown, "x").get("/api/v1/tokens");
        assertThat(fr.json().get("detail").asString()).contains("Trop de tentatives");
        // the form says the same for both, before any password is checked
        assertThat(formSignIn(known, "right-password-1")).endsWith("/login?locked");
        assertThat(formSignIn(unknown, "right-password-1")).endsWith("/login?locked");
        // the lock ends: an hour later the right password works again
        clock.advance(Duration.ofHours(2));
        assertThat(api.basic(known, "right-password-1").get("/api/v1/tokens").status()).isEqualTo(200);
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottled() {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key LIKE 'address:%'").update();
        try {
            Api api = new Api(port).language("en");
            String run = "addr-" + System.nanoTime();
            for (int i = 0; i < throttle.addressFreeFailures(); i++) {
                assertThat(api.basic(run + "-" + i + "@test.local", "wrong").get("/api/v1/tokens").status()).isEqualTo(401);
            }
            var refused = api.basic(run + "-last@test.local", "wrong").get("/api/v1/tokens");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.json().get("detail").asString()).contains("your address");
            assertThat(formSignIn(run + "-form@test.local", "wrong")).endsWith("/login?throttled");
        } finally {
            // the suite's other tests sign in from this address too
            jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key LIKE 'address:%'").update();
        }
    }

    @Test
    void aCommonPasswordIsRefused() {
        String email = "common-" + System.nanoTime() + "@test.local";
        long id = accounts.create(email, "first-password-1", null, "en", false, false);
        assertThatThrownBy(() -> accounts.changePassword(id, new AccountCommands.ChangePassword("first-password-1", "Password2024!", "Password2024!")))
                .isInstanceOfSatisfying(Problems.InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("account.password.common"));
        accounts.changePassword(id, new AccountCommands.ChangePassword("first-password-1", "ants-carry-leaves-7", "ants-carry-leaves-7"));
    }

    @Test
    void anOldHashIsWrittenAgainAtTheNextSignIn() {
        String email = "upgrade-" + System.nanoTime() + "@test.local";
        long id = accounts.create(email, "upgrade-password-1", null, "en", false, false);
        store.setPasswordHash(id, new BCryptPasswordEncoder(4).encode("upgrade-password-1"));
        assertThat(accounts.byId(id).orElseThrow().passwordHash()).doesNotStartWith("{bcrypt}");
        assertThat(new Api(port).basic(email, "upgrade-password-1").get("/api/v1/tokens").status()).isEqualTo(200);
        String hash = accounts.byId(id).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{bcrypt}$2a$");
        assertThat(new Api(port).basic(email, "upgrade-password-1").get("/api/v1/tokens").status()).isEqualTo(200);
    }

    @Test
    void theSessionIdChangesAtSignInAndItsCookieIsHttpOnlyAndSameSite() throws Exception {
        String email = "fixation-" + System.nanoTime() + "@test.local";
        accounts.create(email, "fixation-password-1", null, "en", false, false);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        var login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        String before = sessionCookie(login.headers().allValues("Set-Cookie"));
        assertThat(before).isNotNull();
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        Matcher m = CSRF.matcher(login.body());
        assertThat(m.find()).isTrue();
        var signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(email) + "&password=fixation-password-1&_csrf=" + enc(m.group(1))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String after = sessionCookie(signedIn.headers().allValues("Set-Cookie"));
        assertThat(after).isNotNull().isNotEqualTo(before);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/login", "/api/v1/tokens", "/js/app.js")) {
            var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
            assertThat(csp.replaceAll(".*script-src([^;]*).*", "$1")).as(path).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(r.headers().firstValue("Strict-Transport-Security")).as(path + " over plain HTTP").isEmpty();
        }
        // over TLS (as a proxy that terminates it reports it), HSTS
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var secure = mvc.perform(MockMvcRequestBuilders.get("/login").secure(true)).andReturn().getResponse();
        assertThat(secure.getHeader("Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
    }

    @Test
    void aTokenWorksThroughItsLastDayThenNoMore() {
        String email = "expiry-" + System.nanoTime() + "@test.local";
        long id = accounts.create(email, "expiry-password-1", null, "en", false, false);
        var created = tokens.create(id, new AccountCommands.CreateToken("short-lived", clock.today().plusDays(1)));
        Api api = new Api(port).bearer(created.token());
        assertThat(api.get("/api/v1/tokens").status()).isEqualTo(200);
        var listed = tokens.list(id).getFirst();
        assertThat(listed.expiresAt()).isNotNull();
        assertThat(listed.lastUsedAt()).isNotNull();
        clock.advance(Duration.ofDays(3));
        assertThat(api.get("/api/v1/tokens").status()).isEqualTo(401);
        assertThatThrownBy(() -> tokens.create(id, new AccountCommands.CreateToken("past", clock.today().minusDays(1))))
                .isInstanceOf(Problems.InvalidInput.class);
        // the API takes the day too
        var viaApi = new Api(port).basic(email, "expiry-password-1")
                .post("/api/v1/tokens", "{\"name\":\"api\",\"expiresOn\":\"" + clock.today().plusDays(30) + "\"}");
        assertThat(viaApi.status()).isEqualTo(201);
        assertThat(viaApi.json().get("expiresAt").asString()).isNotEmpty();
    }

    private String formSignIn(String email, String password) {
        try {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
            var login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(login.body());
            if (!m.find()) throw new IllegalStateException("no CSRF token");
            var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return r.headers().firstValue("Location").orElse("");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sessionCookie(List<String> setCookies) {
        for (String c : setCookies) {
            if (c.startsWith("SESSION=")) return c.substring(8, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
        }
        return null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
