package org.fourmiliere.timesheets;

import java.time.LocalDate;
import java.util.UUID;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.support.Api;

/** Makes workers for the time tracker's tests: a person engaged as a worker, an account and a token. */
final class TimeFixture {

    static final String PASSWORD = "worker-password-1";

    record Worker(long personId, String email, String token, Api api) {}

    private final MemberRegistration registration;
    private final AccountDirectory accounts;
    private final int port;

    TimeFixture(MemberRegistration registration, AccountDirectory accounts, int port) {
        this.registration = registration;
        this.accounts = accounts;
        this.port = port;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    Worker worker(String language) {
        String email = unique("worker") + "@example.org";
        long person = registration.registerPerson(MemberRegistration.RegisterPerson.of("Worker " + email, email, language));
        registration.engageWorker(new MemberRegistration.EngageWorker(person, Engagement.SALARIED, LocalDate.of(2000, 1, 1), null));
        accounts.createAccount(email, PASSWORD, person, language, false);
        Api api = new Api(port);
        var created = api.basic(email, PASSWORD).post("/api/v1/tokens", "{\"name\":\"tests\"}");
        if (created.status() != 201) throw new IllegalStateException("token: " + created.status() + " " + created.body());
        String token = created.json().get("token").asString();
        return new Worker(person, email, token, api.bearer(token).language(language));
    }

    /** An activity with a unique code, made through the API as a worker would. */
    static String activity(Api api, String prefix) {
        String code = unique(prefix);
        var r = api.post("/api/v1/activities", "{\"code\":\"" + code + "\",\"name\":\"" + code + "\",\"kind\":\"CONTRACT\",\"billable\":true}");
        if (r.status() != 201) throw new IllegalStateException("activity: " + r.status() + " " + r.body());
        return code;
    }
}
