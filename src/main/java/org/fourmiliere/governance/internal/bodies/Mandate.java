package org.fourmiliere.governance.internal.bodies;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person's mandate on a board seat, from {@code startsOn} to {@code endsOn} (exclusive: the day the next
 * mandate begins, usually the general assembly of that year). A resignation ends it early, from
 * {@code resignedOn} on; the seat is then vacant.
 */
public record Mandate(long id, long seatId, long personId, Long organisationId, LocalDate startsOn, LocalDate endsOn,
                      LocalDate resignedOn) {

    /** The first day the mandate is no longer in force. */
    public LocalDate effectiveEnd() {
        return resignedOn != null ? resignedOn : endsOn;
    }

    public boolean inForceOn(LocalDate day) {
        return DatedRules.inForce(startsOn, effectiveEnd(), day);
    }

    public boolean resigned() {
        return resignedOn != null;
    }

    public Map<String, Object> auditView() {
        var m = new LinkedHashMap<String, Object>();
        m.put("holder", personId);
        m.put("organisation", organisationId);
        m.put("startsOn", startsOn);
        m.put("endsOn", endsOn);
        m.put("resignedOn", resignedOn);
        return m;
    }
}
