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
    private final int portalAsksPerAddress;
    private final Duration portalAsksAddressWindow;
    private final int portalAsksPerClient;
    private final Duration portalAsksClientWindow;

    RequestSettings(@Value("${fourmiliere.requests.office-opens:09:00}") LocalTime opens,
                    @Value("${fourmiliere.requests.office-closes:17:00}") LocalTime closes,
                    @Value("${fourmiliere.requests.ack-window:PT5M}") Duration ackWindow,
                    @Value("${fourmiliere.requests.reopen-window:PT10M}") Duration reopenWindow,
                    @Value("${fourmiliere.requests.attachment-max-size:10485760}") long attachmentMaxBytes,
                    @Value("${fourmiliere.requests.portal-link-validity:PT30M}") Duration portalLinkValidity,
                    @Value("${fourmiliere.requests.bounce-limit:3}") int bounceLimit,
                    @Value("${fourmiliere.base-url:http://localhost:8080}") String baseUrl,
                    @Value("${fourmiliere.requests.portal-asks-per-address:3}") int portalAsksPerAddress,
                    @Value("${fourmiliere.requests.portal-asks-address-window:PT15M}") Duration portalAsksAddressWindow,
                    @Value("${fourmiliere.requests.portal-asks-per-client:20}") int portalAsksPerClient,
                    @Value("${fourmiliere.requests.portal-asks-client-window:PT1H}") Duration portalAsksClientWindow) {
        this.opens = opens;
        this.closes = closes;
        this.ackWindow = ackWindow;
        this.reopenWindow = reopenWindow;
        this.attachmentMaxBytes = attachmentMaxBytes;
        this.portalLinkValidity = portalLinkValidity;
        this.bounceLimit = bounceLimit;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.portalAsksPerAddress = Math.max(1, portalAsksPerAddress);
        this.portalAsksAddressWindow = portalAsksAddressWindow;
        this.portalAsksPerClient = Math.max(1, portalAsksPerClient);
        this.portalAsksClientWindow = portalAsksClientWindow;
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
    /** Portal links asked for one address within {@link #portalAsksAddressWindow()} before none is sent. */
    public int portalAsksPerAddress() { return portalAsksPerAddress; }
    public Duration portalAsksAddressWindow() { return portalAsksAddressWindow; }
    /** Portal links asked from one client address within {@link #portalAsksClientWindow()} before none is sent. */
    public int portalAsksPerClient() { return portalAsksPerClient; }
    public Duration portalAsksClientWindow() { return portalAsksClientWindow; }
}
