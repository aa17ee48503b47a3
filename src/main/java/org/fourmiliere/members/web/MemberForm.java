package org.fourmiliere.members.web;

import java.time.LocalDate;
import org.fourmiliere.members.OrganisationKind;
import org.fourmiliere.members.internal.MemberCommands;
import org.fourmiliere.members.internal.RegistryEntry;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The create and edit form of a person or an organisation: what the page binds, converted to the commands of
 * the registry, which carry the rules (the form has none of its own).
 */
public class MemberForm {

    private String kind = "INDIVIDUAL";
    private String name;
    private String email;
    private String phone;
    private String language = "fr";
    private String address;
    private OrganisationKind organisationKind;
    private Long representativeId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate memberSince;
    private boolean withMembership = true;
    private Integer version;

    public static MemberForm of(RegistryEntry e) {
        MemberForm f = new MemberForm();
        f.kind = e.kind().name();
        f.name = e.name();
        f.email = e.email();
        f.phone = e.phone();
        f.language = e.language();
        f.address = e.address();
        f.organisationKind = e.organisationKind();
        f.representativeId = e.representativeId();
        f.version = e.version();
        return f;
    }

    public boolean organisation() {
        return "ORGANISATION".equals(kind);
    }

    /**
     * The entry this form describes, as the command that registers it (the edit page writes its details); a
     * person's form sends no organisation fields.
     */
    MemberCommands.Register register() {
        return new MemberCommands.Register(kind, name, email, language, phone, address,
                organisation() && organisationKind != null ? organisationKind.name() : null,
                organisation() ? representativeId : null, memberSince == null ? null : memberSince.toString(),
                withMembership);
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public OrganisationKind getOrganisationKind() { return organisationKind; }
    public void setOrganisationKind(OrganisationKind organisationKind) { this.organisationKind = organisationKind; }
    public Long getRepresentativeId() { return representativeId; }
    public void setRepresentativeId(Long representativeId) { this.representativeId = representativeId; }
    public LocalDate getMemberSince() { return memberSince; }
    public void setMemberSince(LocalDate memberSince) { this.memberSince = memberSince; }
    public boolean isWithMembership() { return withMembership; }
    public void setWithMembership(boolean withMembership) { this.withMembership = withMembership; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
