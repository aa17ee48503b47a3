package org.fourmiliere.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.accounts.Status;
import org.fourmiliere.accounts.StatusContributor;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.members.MemberRegistration.RegisterPerson;

/**
 * Creates uniquely named persons (through the members module's API) and, when asked, their accounts; tells
 * which statuses the modules give a person today. A bean of every integration test.
 */
public final class People {

    public record Person(long id, String name, String email, String password) {}

    private final MemberRegistration registration;
    private final AccountDirectory accounts;
    private final List<StatusContributor> contributors;
    private final Clock clock;

    public People(MemberRegistration registration, AccountDirectory accounts, List<StatusContributor> contributors, Clock clock) {
        this.registration = registration;
        this.accounts = accounts;
        this.contributors = contributors;
        this.clock = clock;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A person who works for the collective since a month ago (so that pages offer them as members). */
    public Person worker(String name) {
        Person p = person(name);
        registration.engageWorker(new MemberRegistration.EngageWorker(p.id(), Engagement.VOLUNTEER,
                LocalDate.now(clock).minusMonths(1), null));
        return p;
    }

    /** A worker (as {@link #worker}) who can sign in. */
    public Person workerWithAccount(String name) {
        Person p = withAccount(name);
        registration.engageWorker(new MemberRegistration.EngageWorker(p.id(), Engagement.VOLUNTEER,
                LocalDate.now(clock).minusMonths(1), null));
        return p;
    }

    /** A worker with an account whose pages are in {@code language} ({@code fr} or {@code en}). */
    public Person workerWithAccount(String name, String language) {
        Person p = withAccount(name, language);
        registration.engageWorker(new MemberRegistration.EngageWorker(p.id(), Engagement.VOLUNTEER,
                LocalDate.now(clock).minusMonths(1), null));
        return p;
    }

    public Person person(String name) {
        String unique = unique(name);
        String email = unique.toLowerCase().replace(' ', '.') + "@example.org";
        long id = registration.registerPerson(RegisterPerson.of(unique, email, "fr"));
        return new Person(id, unique, email, null);
    }

    /** A person who can sign in, with no status of their own until a module gives them one. */
    public Person withAccount(String name) {
        return withAccount(name, "fr");
    }

    /** The same, with the account's language ("fr" or "en"). */
    public Person withAccount(String name, String language) {
        Person p = person(name);
        String password = "password-" + UUID.randomUUID();
        accounts.createAccount(p.email(), password, p.id(), language, false);
        return new Person(p.id(), p.name(), p.email(), password);
    }

    /** The statuses the modules give the person today (as the sign-in computes them, without the administrator's). */
    public Set<Status> statusesOf(Person p) {
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        LocalDate today = LocalDate.now(clock);
        for (StatusContributor c : contributors) statuses.addAll(c.statusesOf(p.id(), today));
        return statuses;
    }
}
