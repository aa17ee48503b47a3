package org.fourmiliere.chat.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.fourmiliere.chat.internal.ChatCommands;
import org.fourmiliere.chat.internal.SlashVerifier;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.ApiController;
import org.fourmiliere.shared.web.Public;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Chat commands from Mattermost or Slack ({@code /punch in x}, form-encoded, checked by Slack's signature or
 * Mattermost's token) and from a Matrix webhook bridge (JSON with the shared secret), answered by the same
 * interpreter as the IRC bot. Public to the site's accounts: the signature is the protection.
 */
@Public
@ApiController("/api/v1/chat")
@Tag(name = "Chat", description = "Slash commands and the Matrix bridge")
class SlashApi {

    record MatrixCommand(@NotBlank @Size(max = 300) String sender, @Size(max = 2000) String body) {}

    record MatrixReply(String text, boolean privately) {}

    private final ChatCommands commands;
    private final SlashVerifier verifier;
    private final MessageSource messages;

    SlashApi(ChatCommands commands, SlashVerifier verifier, MessageSource messages) {
        this.commands = commands;
        this.verifier = verifier;
        this.messages = messages;
    }

    @Operation(summary = "A Mattermost/Slack slash command (form-encoded), answered in the Slack/Mattermost JSON shape")
    @PostMapping(path = "/slash", consumes = "application/x-www-form-urlencoded")
    ResponseEntity<?> slash(@RequestHeader(name = "X-Slack-Request-Timestamp", required = false) String timestamp,
                            @RequestHeader(name = "X-Slack-Signature", required = false) String signature,
                            @RequestHeader(name = "Authorization", required = false) String authorization,
                            HttpServletRequest request) {
        if (!verifier.slashConfigured()) throw new Problems.NotFound("chat.slash.disabled");
        byte[] kept = (byte[]) request.getAttribute(RawBodyFilter.RAW_BODY);
        String raw = new String(kept == null ? new byte[0] : kept, StandardCharsets.UTF_8);
        Map<String, String> form = form(raw);
        String network;
        if (signature != null) {
            if (!verifier.slackSigned(timestamp, signature, raw)) return refused();
            network = "slack";
        } else {
            String token = form.get("token");
            if (token == null && authorization != null && authorization.regionMatches(true, 0, "Token ", 0, 6)) {
                token = authorization.substring(6);
            }
            if (!verifier.mattermostToken(token)) return refused();
            network = "mattermost";
        }
        String user = form.getOrDefault("user_id", form.get("user_name"));
        if (user == null || user.isBlank()) throw new Problems.InvalidInput("user_id", "chat.slash.bad-signature");
        var reply = commands.handle(new ChatCommands.Caller(network, user.trim(), null), form.getOrDefault("text", ""));
        return ResponseEntity.ok(Map.of(
                "response_type", reply.privately() ? "ephemeral" : "in_channel",
                "text", String.join("\n", reply.lines())));
    }

    @Operation(summary = "A command relayed by a Matrix webhook bridge: {sender, body}, with the shared secret as Bearer")
    @PostMapping(path = "/matrix", consumes = "application/json")
    ResponseEntity<?> matrix(@RequestHeader(name = "Authorization", required = false) String authorization,
                             @Valid @RequestBody MatrixCommand body) {
        if (!verifier.matrixConfigured()) throw new Problems.NotFound("chat.slash.disabled");
        String given = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7) : null;
        if (!verifier.matrixSecret(given)) return refused();
        var reply = commands.handle(new ChatCommands.Caller("matrix", body.sender().trim(), null),
                body.body() == null ? "" : body.body());
        return ResponseEntity.ok(new MatrixReply(String.join("\n", reply.lines()), reply.privately()));
    }

    private ResponseEntity<?> refused() {
        String detail = messages.getMessage("chat.slash.bad-signature", null, "chat.slash.bad-signature", LocaleContextHolder.getLocale());
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        pd.setType(URI.create("https://fourmiliere.org/problems/unauthorized"));
        pd.setTitle(messages.getMessage("problem.title.unauthorized", null, "Unauthorized", LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(pd);
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> out = new HashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }
}
