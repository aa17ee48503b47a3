package org.fourmiliere.governance;

import java.util.UUID;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.members.MemberRegistration.RegisterPerson;

/** Creates uniquely named persons (through the members module's API) and, when asked, their accounts. */
public final class People {

    public record Person(long id, String name, String email, String password) {}

    private final MemberRegistration registration;
    private final AccountDirectory accounts;

    public People(MemberRegistration registration, AccountDirectory accounts) {
        this.registration = registration;
        this.accounts = accounts;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public Person person(String name) {
        String unique = unique(name);
        String email = unique.toLowerCase().replace(' ', '.') + "@example.org";
        long id = registration.registerPerson(RegisterPerson.of(unique, email, "fr"));
        return new Person(id, unique, email, null);
    }

    /** A person who can sign in, with no status of their own until a module gives them one. */
    public Person withAccount(String name) {
        Person p = person(name);
        String password = "password-" + UUID.randomUUID();
        accounts.createAccount(p.email(), password, p.id(), "fr", false);
        return new Person(p.id(), p.name(), p.email(), password);
    }
}
