package org.fourmiliere.members.internal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import org.fourmiliere.members.DuesMethod;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.MemberKind;
import org.fourmiliere.members.MemberRegistration.EngageWorker;
import org.fourmiliere.members.MemberRegistration.RecordDues;
import org.fourmiliere.members.MemberRegistration.RecordMembership;
import org.fourmiliere.members.OrganisationKind;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Money;

/**
 * What a person asks of the registry through the API or the pages, as written: kinds and days are texts, so
 * that every mistake of a request is reported at once, each on its field. Validated once at the web edge:
 * bean validation for the shape of each field, {@link EntryValidator} for the rules of an entry
 * ({@link MemberRules}); the pages convert their forms to these commands. The service then writes them.
 */
public final class MemberCommands {

    private MemberCommands() {}

    /** A command that describes a registry entry, checked by {@link MemberRules#violations}. */
    public interface EntryCommand {
        /** The entry as written; kinds that are not understood are null (bean validation reports them). */
        EntryData details();

        /** The command's name of a field of the entry, where it differs (rule field → command field). */
        default Map<String, String> fieldNames() {
            return Map.of();
        }
    }

    /**
     * A person or an organisation enters the registry, a member from {@code memberSince} (today when not given)
     * unless {@code membership} is false.
     */
    public record Register(@NotBlank @OneOf(MemberKind.class) String kind, String name, String email, String language,
                           String phone, String address, @OneOf(OrganisationKind.class) String organisationKind,
                           Long representativeId, @IsoDate String memberSince, Boolean membership)
            implements EntryCommand {

        @Override
        public EntryData details() {
            return new EntryData(parse(MemberKind.class, kind), name, email, phone, language, address,
                    parse(OrganisationKind.class, organisationKind), representativeId);
        }

        /** The first day of the membership to record, or null for none. */
        public LocalDate membershipFrom(LocalDate today) {
            if (membership != null && !membership) return null;
            LocalDate since = dayOf(memberSince);
            return since == null ? today : since;
        }
    }

    /** An organisation enters the registry ({@code kind} is its kind of organisation); a member only from {@code memberSince}. */
    public record RegisterOrganisation(String name, @NotBlank @OneOf(OrganisationKind.class) String kind,
                                       Long representativeId, String email, String phone, String language,
                                       String address, @IsoDate String memberSince) implements EntryCommand {

        @Override
        public EntryData details() {
            return new EntryData(MemberKind.ORGANISATION, name, email, phone, language, address,
                    parse(OrganisationKind.class, kind), representativeId);
        }

        @Override
        public Map<String, String> fieldNames() {
            return Map.of("organisationKind", "kind");
        }

        public LocalDate membershipFrom() {
            return dayOf(memberSince);
        }
    }

    /**
     * Some fields of an entry change: absent (null) fields stay as they are; "" clears the phone, the address,
     * an organisation's e-mail. {@code version}, when given, must be the entry's current one.
     */
    public record Change(@OneOf(MemberKind.class) String kind, String name, String email, String language, String phone,
                         String address, @OneOf(OrganisationKind.class) String organisationKind, Long representativeId,
                         Integer version) {

        /** The entry once changed; its kind is the asked one (the rules refuse a change of kind). */
        EntryData over(RegistryEntry current) {
            // a blank kind is no change, as an absent one (bean validation lets "" through for the pages' empty choices)
            MemberKind asked = parse(MemberKind.class, kind);
            OrganisationKind askedOrganisation = parse(OrganisationKind.class, organisationKind);
            return new EntryData(asked == null ? current.kind() : asked,
                    or(name, current.name()), or(email, current.email()), or(phone, current.phone()),
                    or(language, current.language()), or(address, current.address()),
                    askedOrganisation == null ? current.organisationKind() : askedOrganisation,
                    representativeId == null ? current.representativeId() : representativeId);
        }
    }

    /** Some fields of an organisation change ({@code kind} is its kind of organisation). */
    public record ChangeOrganisation(String name, @OneOf(OrganisationKind.class) String kind, Long representativeId,
                                     String email, String phone, String language, String address, Integer version) {
        public Change change() {
            return new Change(MemberKind.ORGANISATION.name(), name, email, language, phone, address, kind,
                    representativeId, version);
        }
    }

    /** A membership from {@code since} to {@code until} (both included; none: open). */
    public record AddMembership(@NotBlank @IsoDate String since, @IsoDate String until) {
        public RecordMembership of(MemberKind kind, long memberId) {
            return new RecordMembership(kind, memberId, dayOf(since), dayOf(until));
        }
    }

    /** A membership or an engagement ends on {@code until} (included). */
    public record End(@NotBlank @IsoDate String until) {
        public LocalDate day() {
            return dayOf(until);
        }
    }

    /** The dues of the fiscal year ending in {@code fiscalYear}, in Canadian dollars. */
    public record AddDues(@NotNull @Min(1900) @Max(9999) Integer fiscalYear,
                          @NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal amount,
                          @NotBlank @IsoDate String paidOn, @NotBlank @OneOf(DuesMethod.class) String method) {
        public RecordDues of(long memberId, MonthDay fiscalStart) {
            return new RecordDues(memberId, new FiscalYear(fiscalYear, fiscalStart), Money.of(amount, Money.CAD),
                    dayOf(paidOn), DuesMethod.valueOf(method));
        }
    }

    /** A person works for the collective from {@code since} to {@code until} (none: open). */
    public record Engage(@NotBlank @OneOf(Engagement.class) String engagement, @NotBlank @IsoDate String since,
                         @IsoDate String until) {
        public EngageWorker of(long personId) {
            return new EngageWorker(personId, Engagement.valueOf(engagement), dayOf(since), dayOf(until));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null || name.isBlank()) return null;
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static LocalDate dayOf(String text) {
        return IsoDate.Check.parse(text);
    }

    private static String or(String given, String current) {
        return given == null ? current : given;
    }
}
