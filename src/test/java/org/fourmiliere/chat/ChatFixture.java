package org.fourmiliere.chat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fourmiliere.support.Api;
import org.fourmiliere.support.PageSession;
import org.fourmiliere.support.People;

/** A worker who can punch, an activity, and a linking code asked for on "My account › Chat". */
final class ChatFixture {

    private static final Pattern CODE = Pattern.compile("id=\"chat-code\">([A-Z0-9]{8})<");

    record Worker(People.Person person, Api api, PageSession pages) {
        String newCode() {
            var r = pages.post("/account/chat", "/account/chat/code", "");
            if (r.status() != 302) throw new IllegalStateException("code: " + r.status() + " " + r.body());
            Matcher m = CODE.matcher(pages.get("/account/chat").body());
            if (!m.find()) throw new IllegalStateException("no code on the page");
            return m.group(1);
        }

        /** The worker's entries of the day, as the API shows them. */
        tools.jackson.databind.JsonNode entries() {
            return api.get("/api/v1/time-entries").json();
        }
    }

    private ChatFixture() {}

    static Worker worker(People people, int port, String language) {
        People.Person p = people.workerWithAccount("Chat " + language);
        return new Worker(p, new Api(port).basic(p.email(), p.password()).language(language),
                PageSession.signIn(port, p.email(), p.password()));
    }

    /** A Slack slash command signed with the tests' secret at the application's time. */
    static int slack(int port, long epochSecond, String user, String text) {
        String form = "command=%2Fpunch&user_id=" + java.net.URLEncoder.encode(user, java.nio.charset.StandardCharsets.UTF_8)
                + "&text=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
        String sig = "v0=" + org.fourmiliere.chat.internal.SlashVerifier.hmac(
                org.fourmiliere.support.TestChatSettings.SLACK_SECRET, "v0:" + epochSecond + ":" + form);
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + "/api/v1/chat/slash"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Slack-Request-Timestamp", String.valueOf(epochSecond))
                    .header("X-Slack-Signature", sig)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String activity(Api api, String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var r = api.post("/api/v1/activities", "{\"code\":\"" + code + "\",\"name\":\"" + code + "\",\"kind\":\"CONTRACT\",\"billable\":true}");
        if (r.status() != 201) throw new IllegalStateException("activity: " + r.status() + " " + r.body());
        return code;
    }
}
