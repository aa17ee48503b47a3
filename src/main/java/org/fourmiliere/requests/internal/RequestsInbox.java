package org.fourmiliere.requests.internal;

import java.util.Set;
import org.fourmiliere.mail.IncomingMail;
import org.fourmiliere.mail.InboundMailHandler;
import org.springframework.stereotype.Component;

/**
 * The queues' addresses. The mail module hands each person's message once, in its transaction (auto-replies, bounces
 * and loops never come here): a new message opens a ticket, a reply is added to its ticket. The addresses are read
 * when the mail module first routes a message: an address added later is received after a restart.
 */
@Component
class RequestsInbox implements InboundMailHandler {

    private final RequestService service;

    RequestsInbox(RequestService service) {
        this.service = service;
    }

    @Override
    public Set<String> addresses() {
        return service.addresses();
    }

    @Override
    public Handling handle(IncomingMail mail) {
        return Handling.done(service.fromMail(mail));
    }
}
