package org.fourmiliere.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.fourmiliere.chat.internal.SlashVerifier;
import org.fourmiliere.support.IntegrationTest;
import org.fourmiliere.support.People;
import org.fourmiliere.support.TestChatSettings;
import org.fourmiliere.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Slash commands (Slack's signature, Mattermost's token) and the Matrix bridge: refused unsigned, punching signed. */
@IntegrationTest
class SlashCommandsIT {

    @LocalServerPort int port;
    @Autowired People people;
    @Autowired TestClock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_bad_signature_is_refused_and_records_nothing_a_good_one_punches() {
        var w = ChatFixture.worker(people, port, "fr");
        String activity = ChatFixture.activity(w.api(), "slash");
        String user = "U" + w.person().id();

        assertThat(slack(form(user, "link " + w.newCode()), "v0=" + "0".repeat(64), now()).statusCode()).isEqualTo(401);

        var linked = slack(form(user, "lier " + w.newCode()), null, now());
        assertThat(linked.statusCode()).isEqualTo(200);
        assertThat(body(linked).get("text").asString()).contains("lié");

        var forged = slackRaw(form(user, "in " + activity), "v0=" + SlashVerifier.hmac("wrong-secret", "v0:" + now() + ":" + form(user, "in " + activity)), now());
        assertThat(forged.statusCode()).isEqualTo(401);
        var stale = slack(form(user, "in " + activity), null, now() - 600);
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(w.entries().size()).isZero();

        var punched = slack(form(user, "entre " + activity), null, now());
        assertThat(punched.statusCode()).isEqualTo(200);
        assertThat(body(punched).get("response_type").asString()).isEqualTo("in_channel");
        assertThat(body(punched).get("text").asString()).contains("poinçon sur " + activity);
        JsonNode entries = w.entries();
        assertThat(entries.size()).isEqualTo(1);
        assertThat(entries.get(0).get("activity").asString()).isEqualTo(activity);

        clock.advance(Duration.ofMinutes(45));
        var out = slack(form(user, "out"), null, now());
        assertThat(body(out).get("text").asString()).contains(activity + " stopped (0 h 45)");
        assertThat(w.entries().get(0).get("minutes").asInt()).isEqualTo(45);
    }

    @Test
    void mattermost_token_and_matrix_secret() throws Exception {
        var w = ChatFixture.worker(people, port, "en");
        String activity = ChatFixture.activity(w.api(), "mm");
        String user = "mm-" + w.person().id();

        assertThat(mattermost(form(user, "link " + w.newCode()) + "&token=nope").statusCode()).isEqualTo(401);
        assertThat(mattermost(form(user, "link " + w.newCode()) + "&token=" + TestChatSettings.MATTERMOST_TOKEN).statusCode()).isEqualTo(200);
        var in = mattermost(form(user, "in " + activity) + "&token=" + TestChatSettings.MATTERMOST_TOKEN);
        assertThat(body(in).get("text").asString()).contains("punched in on " + activity);
        var unknown = mattermost(form(user, "in " + activity.substring(0, activity.length() - 1)) + "&token=" + TestChatSettings.MATTERMOST_TOKEN);
        assertThat(body(unknown).get("text").asString()).contains("There is no activity").contains("Close activities: " + activity);
        assertThat(w.entries().size()).isEqualTo(1);

        String matrix = "{\"sender\":\"@w" + w.person().id() + ":example.org\",\"body\":\"!status\"}";
        assertThat(matrix(matrix, "wrong").statusCode()).isEqualTo(401);
        var r = matrix(matrix, TestChatSettings.MATRIX_SECRET);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(body(r).get("text").asString()).contains("!link");
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    private static String form(String user, String text) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("command", "/punch");
        f.put("user_id", user);
        f.put("user_name", user);
        f.put("text", text);
        return f.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private HttpResponse<String> slack(String form, String signature, long timestamp) {
        String sig = signature != null ? signature
                : "v0=" + SlashVerifier.hmac(TestChatSettings.SLACK_SECRET, "v0:" + timestamp + ":" + form);
        return slackRaw(form, sig, timestamp);
    }

    private HttpResponse<String> slackRaw(String form, String signature, long timestamp) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/chat/slash"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> mattermost(String form) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/chat/slash"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> matrix(String body, String secret) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/chat/matrix"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + secret)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode body(HttpResponse<String> r) {
        return json.readTree(r.body());
    }
}
