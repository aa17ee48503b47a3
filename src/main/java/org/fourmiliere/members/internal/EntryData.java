package org.fourmiliere.members.internal;

import org.fourmiliere.members.MemberKind;
import org.fourmiliere.members.OrganisationKind;

/** What a person writes about a registry entry (create or a full update). */
public record EntryData(MemberKind kind, String name, String email, String phone, String language, String address,
                        OrganisationKind organisationKind, Long representativeId) {}
