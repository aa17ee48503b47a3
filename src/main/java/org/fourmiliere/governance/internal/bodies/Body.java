package org.fourmiliere.governance.internal.bodies;

import java.time.LocalDate;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.BodyRef;

/**
 * A body of the collective (§2). Committees are permanent or ad hoc and have a mandate text and a coordinator
 * ("antenne"); {@code dissolvedOn} is the first day the body no longer exists.
 */
public record Body(long id, BodyKind kind, String code, String nameFr, String nameEn, boolean permanent,
                   String mandate, LocalDate createdOn, LocalDate dissolvedOn, Long coordinatorId) {

    public BodyRef ref() {
        return new BodyRef(id, kind, code, nameFr, nameEn, createdOn, dissolvedOn);
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameFr;
    }

    public boolean activeOn(LocalDate day) {
        return ref().activeOn(day);
    }

    /** The general assembly, the board and the work committee exist once and are never dissolved. */
    public boolean singleton() {
        return isSingleton(kind);
    }

    public static boolean isSingleton(BodyKind kind) {
        return kind == BodyKind.GENERAL_ASSEMBLY || kind == BodyKind.BOARD || kind == BodyKind.WORK_COMMITTEE;
    }

    /** Whether persons join this body as members (the board is made of seats, the assembly of all members). */
    public boolean hasMemberships() {
        return kind == BodyKind.WORK_COMMITTEE || kind == BodyKind.COMMITTEE || kind == BodyKind.TEAM;
    }

    public java.util.Map<String, Object> auditView() {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("kind", kind);
        m.put("code", code);
        m.put("nameFr", nameFr);
        m.put("nameEn", nameEn);
        m.put("permanent", permanent);
        m.put("mandate", mandate);
        m.put("createdOn", createdOn);
        m.put("dissolvedOn", dissolvedOn);
        m.put("coordinatorId", coordinatorId);
        return m;
    }
}
