package org.fourmiliere.roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** What other modules may change in the roles: who holds a role from a day on, and with which share. */
public interface RoleHoldings {

    /**
     * From {@code since} on, the role is held by exactly the persons of {@code shares} (person id → share, more
     * than 0 and at most 1). Holdings of others end on that day, a changed share ends the holding and starts a new
     * one, unchanged holdings stay. One transaction, audited on the role. Returns how many holdings ended or started.
     */
    int reassign(String roleCode, Map<Long, BigDecimal> shares, LocalDate since, String note);
}
