package org.fourmiliere.requests.internal;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The settings of requests (see docs/requests.md). */
@Component
public class RequestSettings {

    private final LocalTime opens;
    private final LocalTime closes;
    private final Duration ackWindow;
    private final Duration reopenWindow;
    private final long attachmentMaxBytes;
    private final Duration portalLinkValidity;
    private final int bounceLimit;
    private final String baseUrl;

    RequestSettings(@Value("${fourmiliere.requests.office-opens:09:00}") LocalTime opens,
                    @Value("${fourmiliere.requests.office-closes:17:00}") LocalTime closes,
                    @Value("${fourmiliere.requests.ack-window:PT5M}") Duration ackWindow,
                    @Value("${fourmiliere.requests.reopen-window:PT10M}") Duration reopenWindow,
                    @Value("${fourmiliere.requests.attachment-max-size:10485760}") long attachmentMaxBytes,
                    @Value("${fourmiliere.requests.portal-link-validity:PT30M}") Duration portalLinkValidity,
                    @Value("${fourmiliere.requests.bounce-limit:3}") int bounceLimit,
                    @Value("${fourmiliere.base-url:http://localhost:8080}") String baseUrl) {
        this.opens = opens;
        this.closes = closes;
        this.ackWindow = ackWindow;
        this.reopenWindow = reopenWindow;
        this.attachmentMaxBytes = attachmentMaxBytes;
        this.portalLinkValidity = portalLinkValidity;
        this.bounceLimit = bounceLimit;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public LocalTime opens() { return opens; }
    public LocalTime closes() { return closes; }
    /** At most one acknowledgement per requester within this window. */
    public Duration ackWindow() { return ackWindow; }
    /** A resolved ticket reopened by mail is not reopened again by mail within this window. */
    public Duration reopenWindow() { return reopenWindow; }
    public long attachmentMaxBytes() { return attachmentMaxBytes; }
    public Duration portalLinkValidity() { return portalLinkValidity; }
    /** Bounces after which a sender is flagged. */
    public int bounceLimit() { return bounceLimit; }
    public String baseUrl() { return baseUrl; }
}
