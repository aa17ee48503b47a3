package org.fourmiliere.members.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.fourmiliere.members.DuesMethod;
import org.fourmiliere.members.MemberKind;
import org.fourmiliere.members.OrganisationKind;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.Problems;

/**
 * The rules of the registry (§3), pure: what an entry may hold (names, e-mail, phone, address, language, the
 * kind of an organisation and its representative) and the rules on dated periods (memberships, engagements)
 * and on dues. Every write of the registry, from the API, the pages or another module, asks these rules.
 */
public final class MemberRules {

    public static final int NAME_MAX = 200, EMAIL_MAX = 320, PHONE_MAX = 40, ADDRESS_MAX = 1000;
    /** Deliberately simple: something@something.tld, no spaces. */
    public static final String EMAIL_REGEX = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    public static final String LANGUAGE_REGEX = "fr|en";
    private static final Pattern EMAIL = Pattern.compile(EMAIL_REGEX);

    private MemberRules() {}

    /** One broken rule: the field it concerns, a message key and its arguments. */
    public record Violation(String field, String key, Object... args) {
        public Problems.InvalidInput refusal() {
            return new Problems.InvalidInput(field, key, args);
        }
    }

    /**
     * Every rule an entry breaks, in the order of its fields. {@code kind} null means "not given"; a person
     * has an e-mail and neither a kind of organisation nor a representative; an organisation has a kind.
     */
    public static List<Violation> violations(EntryData d) {
        List<Violation> out = new ArrayList<>();
        if (d.kind() == null) out.add(new Violation("kind", "members.kind.invalid"));
        String name = trimToNull(d.name());
        if (name == null) out.add(new Violation("name", "members.name.required"));
        else if (name.length() > NAME_MAX) out.add(new Violation("name", "members.name.too-long", NAME_MAX));
        String email = trimToNull(d.email());
        if (email == null && d.kind() == MemberKind.INDIVIDUAL) out.add(new Violation("email", "members.email.required"));
        if (email != null && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            out.add(new Violation("email", "members.email.invalid"));
        }
        if (language(d.language()) == null) out.add(new Violation("language", "members.language.invalid"));
        String phone = trimToNull(d.phone());
        if (phone != null && phone.length() > PHONE_MAX) out.add(new Violation("phone", "members.phone.too-long", PHONE_MAX));
        String address = trimToNull(d.address());
        if (address != null && address.length() > ADDRESS_MAX) {
            out.add(new Violation("address", "members.address.too-long", ADDRESS_MAX));
        }
        if (d.kind() == MemberKind.ORGANISATION && d.organisationKind() == null) {
            out.add(new Violation("organisationKind", "members.organisation-kind.required"));
        }
        if (d.kind() == MemberKind.INDIVIDUAL && (d.organisationKind() != null || d.representativeId() != null)) {
            out.add(new Violation(null, "members.individual.no-organisation-fields"));
        }
        return out;
    }

    /** The entry as stored (trimmed, e-mail in lower case, language defaulted to fr), or the first refusal. */
    public static EntryData normalised(EntryData d) {
        List<Violation> broken = violations(d);
        if (!broken.isEmpty()) throw broken.getFirst().refusal();
        boolean organisation = d.kind() == MemberKind.ORGANISATION;
        String email = trimToNull(d.email());
        return new EntryData(d.kind(), d.name().trim(), email == null ? null : normalizeEmail(email), trimToNull(d.phone()),
                language(d.language()), trimToNull(d.address()), organisation ? d.organisationKind() : null,
                organisation ? d.representativeId() : null);
    }

    /** Only a person of the registry represents an organisation ({@code kindOfRepresentative} null: unknown id). */
    public static void checkRepresentative(Long representativeId, MemberKind kindOfRepresentative) {
        if (representativeId != null && kindOfRepresentative != MemberKind.INDIVIDUAL) {
            throw new Problems.InvalidInput("representativeId", "members.representative.not-a-person", representativeId);
        }
    }

    /** A membership or an engagement: a start, and an end (included) that does not come before it. */
    public static void checkPeriod(LocalDate since, LocalDate until) {
        if (since == null) throw new Problems.InvalidInput("since", "members.since.required");
        if (until != null && until.isBefore(since)) throw new Problems.InvalidInput("until", "members.until.before-since");
    }

    /** Ending a period: the end is given and does not come before its start. */
    public static void checkEnd(LocalDate since, LocalDate until) {
        if (until == null) throw new Problems.InvalidInput("until", "members.until.required");
        if (until.isBefore(since)) throw new Problems.InvalidInput("until", "members.until.before-since");
    }

    /** Whether two periods (both ends included, null: open) share a day. */
    public static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        boolean aEndsBeforeB = aTo != null && aTo.isBefore(bFrom);
        boolean bEndsBeforeA = bTo != null && bTo.isBefore(aFrom);
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    /** Dues: a fiscal year between 1900 and 9999, an amount neither negative nor too large, a day, a method. */
    public static void checkDues(FiscalYear fiscalYear, Money amount, LocalDate paidOn, DuesMethod method) {
        if (fiscalYear == null) throw new Problems.InvalidInput("fiscalYear", "members.dues.year.required");
        if (amount == null) throw new Problems.InvalidInput("amount", "members.dues.amount.required");
        if (amount.isNegative()) throw new Problems.InvalidInput("amount", "members.dues.amount.negative");
        if (amount.amount().precision() - amount.amount().scale() > 17) {
            throw new Problems.InvalidInput("amount", "members.dues.amount.too-large");
        }
        if (paidOn == null) throw new Problems.InvalidInput("paidOn", "members.dues.paid-on.required");
        if (method == null) throw new Problems.InvalidInput("method", "members.dues.method.required");
        if (fiscalYear.endYear() < 1900 || fiscalYear.endYear() > 9999) {
            throw new Problems.InvalidInput("fiscalYear", "members.dues.year.invalid");
        }
    }

    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** "fr" or "en" (fr when not given), or null when another language is asked for. */
    static String language(String value) {
        String language = value == null || value.isBlank() ? "fr" : value.trim().toLowerCase(Locale.ROOT);
        return language.matches(LANGUAGE_REGEX) ? language : null;
    }

    static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

}
