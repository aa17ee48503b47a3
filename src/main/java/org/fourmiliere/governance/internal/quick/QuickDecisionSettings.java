package org.fourmiliere.governance.internal.quick;

import java.math.BigDecimal;
import java.util.Locale;
import org.fourmiliere.shared.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The settings of quick decisions: the collective's decisions address (proposals and replies are sent there; the
 * mail module hands us what arrives), the money cap, and the address of the application for links in mail.
 */
@Component
public class QuickDecisionSettings {

    private final String address;
    private final Money cap;
    private final String baseUrl;

    QuickDecisionSettings(@Value("${fourmiliere.quick-decisions.address:decisions@localhost}") String address,
                          @Value("${fourmiliere.quick-decisions.money-cap:500.00}") BigDecimal cap,
                          @Value("${fourmiliere.base-url:http://localhost:8080}") String baseUrl) {
        this.address = address.strip().toLowerCase(Locale.ROOT);
        this.cap = Money.of(cap.setScale(2, java.math.RoundingMode.HALF_UP), Money.CAD);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The decisions address, in lower case. */
    public String address() { return address; }

    /** The most a quick decision may commit. */
    public Money cap() { return cap; }

    public String baseUrl() { return baseUrl; }

    public String link(long quickDecisionId) {
        return baseUrl + "/quick-decisions/" + quickDecisionId;
    }
}
