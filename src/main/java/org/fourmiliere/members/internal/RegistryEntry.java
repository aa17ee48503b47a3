package org.fourmiliere.members.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fourmiliere.members.MemberKind;
import org.fourmiliere.members.OrganisationKind;

/** One entry of the registry: a person (INDIVIDUAL) or an organisation (ORGANISATION). */
public record RegistryEntry(long id, MemberKind kind, String name, String email, String phone, String language,
                            String address, OrganisationKind organisationKind, Long representativeId,
                            Instant createdAt, Instant updatedAt, int version) {

    public boolean isPerson() {
        return kind == MemberKind.INDIVIDUAL;
    }

    public boolean isOrganisation() {
        return kind == MemberKind.ORGANISATION;
    }

    public EntryData data() {
        return new EntryData(kind, name, email, phone, language, address, organisationKind, representativeId);
    }

    /** The fields a person can change, as written in the audit trail. */
    public static Map<String, Object> audited(EntryData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind());
        m.put("name", d.name());
        m.put("email", d.email());
        m.put("phone", d.phone());
        m.put("language", d.language());
        m.put("address", d.address());
        m.put("organisationKind", d.organisationKind());
        m.put("representativeId", d.representativeId());
        return m;
    }
}
