package org.fourmiliere.members.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.fourmiliere.accounts.AccountDirectory;
import org.fourmiliere.members.DuesMethod;
import org.fourmiliere.members.Engagement;
import org.fourmiliere.members.MemberRegistration;
import org.fourmiliere.members.MemberRegistration.EngageWorker;
import org.fourmiliere.members.MemberRegistration.RecordDues;
import org.fourmiliere.members.MemberRegistration.RecordMembership;
import org.fourmiliere.members.MemberRegistration.RegisterOrganisation;
import org.fourmiliere.members.MemberRegistration.RegisterPerson;
import org.fourmiliere.members.OrganisationKind;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.demo.DemoCast;
import org.fourmiliere.shared.demo.DemoContributor;
import org.springframework.stereotype.Component;

/**
 * The members of the demo collective: its persons (ten of them workers), the organisations named in the
 * seeds, their memberships and this year's dues (20 $ for a person, 50 $ for an organisation), so that the
 * members are in good standing today. Every demo person can sign in with the cast's password.
 */
@Component
class MembersDemoData implements DemoContributor {

    private final MemberRegistration registry;
    private final AccountDirectory accounts;

    MembersDemoData(MemberRegistration registry, AccountDirectory accounts) {
        this.registry = registry;
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return MEMBERS;
    }

    @Override
    public void load(DemoCast cast) {
        LocalDate today = cast.today();
        LocalDate since = cast.lastAssembly().minusYears(2);
        FiscalYear year = FiscalYear.containing(today, FiscalYear.DEFAULT_START);
        LocalDate fortnightIn = year.firstDay().plusDays(14);
        LocalDate duesPaid = fortnightIn.isAfter(today) ? today : fortnightIn;
        Map<String, Long> ids = new HashMap<>();
        int n = 0;
        for (DemoCast.Person p : cast.persons()) {
            long id = registry.registerPerson(new RegisterPerson(p.name(), p.email(), "514-555-01" + String.format("%02d", n++),
                    p.language(), "Montréal (Québec)"));
            ids.put(p.key(), id);
            accounts.createAccount(p.email(), cast.password(), id, p.language(), false);
            registry.recordMembership(RecordMembership.individual(id, since, null));
            registry.recordDues(new RecordDues(id, year, Money.cad("20.00"), duesPaid, DuesMethod.CHEQUE));
            if (p.worker() != null) {
                registry.engageWorker(new EngageWorker(id, Engagement.valueOf(p.worker()), since, null));
            }
        }
        for (DemoCast.Organisation o : cast.organisations()) {
            Long representative = o.representative() == null ? null : ids.get(o.representative());
            long id = registry.registerOrganisation(RegisterOrganisation.of(o.name(), OrganisationKind.valueOf(o.kind()), representative));
            if (o.member()) {
                registry.recordMembership(RecordMembership.organisational(id, since, null));
                registry.recordDues(new RecordDues(id, year, Money.cad("50.00"), duesPaid, DuesMethod.TRANSFER));
            }
        }
    }
}
