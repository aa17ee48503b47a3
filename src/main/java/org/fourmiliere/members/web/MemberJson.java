package org.fourmiliere.members.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fourmiliere.members.internal.DuesRow;
import org.fourmiliere.members.internal.EngagementRow;
import org.fourmiliere.members.internal.MemberService;
import org.fourmiliere.members.internal.MembershipRow;
import org.fourmiliere.members.internal.RegistryEntry;
import org.fourmiliere.shared.AuditTrail;

/** The JSON shapes of the members API (documented in docs/members.md). */
final class MemberJson {

    private MemberJson() {}

    record PersonLink(long id, String name, String email) {}

    record MembershipView(long id, LocalDate since, LocalDate until, boolean inForce) {
        static MembershipView of(MembershipRow m, LocalDate today) {
            return m == null ? null : new MembershipView(m.id(), m.since(), m.until(), m.inForce(today));
        }
    }

    record WorkerView(long id, String engagement, LocalDate since, LocalDate until) {
        static WorkerView of(EngagementRow e) {
            return e == null ? null : new WorkerView(e.id(), e.engagement().name(), e.since(), e.until());
        }
    }

    record DuesView(long id, String fiscalYear, BigDecimal amount, String currency, LocalDate paidOn, String method) {
        static DuesView of(DuesRow d) {
            return new DuesView(d.id(), d.fiscalYearLabel(), d.amount().amount(), d.amount().currency().getCurrencyCode(),
                    d.paidOn(), d.method().name());
        }
    }

    /** A member: the registry entry of a person (INDIVIDUAL) or an organisation (ORGANISATION). */
    record MemberView(long id, String kind, String name, String email, String phone, String language, String address,
                      String organisationKind, PersonLink representative, MembershipView membership,
                      boolean goodStanding, WorkerView worker, int version) {}

    /** An organisation of the registry, member or not. */
    record OrganisationView(long id, String name, String kind, String email, String phone, String language,
                            String address, PersonLink representative, MembershipView membership, boolean goodStanding,
                            int version) {}

    record ChangeView(String field, String before, String after) {}

    record EventView(String action, String actor, java.time.Instant at, List<ChangeView> changes) {
        static EventView of(AuditTrail.Event e) {
            return new EventView(e.action(), e.actor(), e.at(),
                    e.changes().stream().map(c -> new ChangeView(c.field(), c.before(), c.after())).toList());
        }
    }

    static MemberView member(MemberService registry, MemberService.Listed l) {
        RegistryEntry e = l.entry();
        return new MemberView(e.id(), e.kind().name(), e.name(), e.email(), e.phone(), e.language(), e.address(),
                e.organisationKind() == null ? null : e.organisationKind().name(), representative(registry, e),
                MembershipView.of(l.membership(), registry.today()), l.goodStanding(), WorkerView.of(l.engagement()),
                e.version());
    }

    static OrganisationView organisation(MemberService registry, MemberService.Listed l) {
        RegistryEntry e = l.entry();
        return new OrganisationView(e.id(), e.name(), e.organisationKind().name(), e.email(), e.phone(), e.language(),
                e.address(), representative(registry, e), MembershipView.of(l.membership(), registry.today()),
                l.goodStanding(), e.version());
    }

    private static PersonLink representative(MemberService registry, RegistryEntry e) {
        if (e.representativeId() == null) return null;
        return registry.entry(e.representativeId()).map(r -> new PersonLink(r.id(), r.name(), r.email())).orElse(null);
    }
}
