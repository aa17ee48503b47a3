package org.fourmiliere.governance;

import java.time.LocalDate;

/** A body as other parts of the application see it. {@code dissolvedOn} is null while it lives. */
public record BodyRef(long id, BodyKind kind, String code, String nameFr, String nameEn, LocalDate createdOn,
                      LocalDate dissolvedOn) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameFr;
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(createdOn) && (dissolvedOn == null || day.isBefore(dissolvedOn));
    }
}
