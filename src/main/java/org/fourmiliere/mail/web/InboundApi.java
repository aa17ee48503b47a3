package org.fourmiliere.mail.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.fourmiliere.mail.MailInbox;
import org.fourmiliere.mail.internal.InboundSettings;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.shared.web.ApiController;
import org.fourmiliere.shared.web.Public;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Raw inbound mail, for a mail server that pipes messages in: {@code POST /api/v1/mail/inbound} with the message as
 * {@code message/rfc822}. Public to the site's accounts, protected by its own token ({@code Authorization: Bearer},
 * setting {@code fourmiliere.mail.inbound-token}); without a token configured the endpoint does not exist (404).
 */
@Public
@ApiController("/api/v1/mail")
class InboundApi {

    private final MailInbox inbox;
    private final InboundSettings settings;
    private final MessageSource messages;

    InboundApi(MailInbox inbox, InboundSettings settings, MessageSource messages) {
        this.inbox = inbox;
        this.settings = settings;
        this.messages = messages;
    }

    @Operation(summary = "Receives one raw e-mail (message/rfc822): stored once per Message-ID, then processed")
    @PostMapping(path = "/inbound", consumes = {"message/rfc822", "application/octet-stream"})
    ResponseEntity<?> receive(@RequestHeader(name = "Authorization", required = false) String authorization,
                              @RequestParam(name = "to", required = false) String to,
                              HttpServletRequest request) throws IOException {
        if (!settings.tokenConfigured()) throw new Problems.NotFound("mail.inbound.disabled");
        String given = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7) : null;
        if (!settings.tokenMatches(given)) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, msg("mail.inbound.badToken"));
            pd.setType(URI.create("https://fourmiliere.org/problems/unauthorized"));
            pd.setTitle(msg("problem.title.unauthorized"));
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").body(pd);
        }
        if (to != null && (to.length() > 320 || !to.contains("@") || to.chars().anyMatch(c -> c < 0x21 || c == 0x7F))) throw new Problems.InvalidInput("to", "mail.inbound.badRecipient");
        long max = settings.maxSize();
        if (request.getContentLengthLong() > max) throw new Problems.InvalidInput("message", "mail.inbound.tooLarge", max);
        byte[] raw;
        try (InputStream in = request.getInputStream()) {
            raw = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
        if (raw.length > max) throw new Problems.InvalidInput("message", "mail.inbound.tooLarge", max);
        if (raw.length == 0) throw new Problems.InvalidInput("message", "mail.inbound.empty");
        return ResponseEntity.accepted().body(inbox.receive(raw, "API", to));
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
