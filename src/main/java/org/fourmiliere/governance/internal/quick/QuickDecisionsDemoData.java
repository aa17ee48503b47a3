package org.fourmiliere.governance.internal.quick;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.fourmiliere.governance.internal.quick.QuickDecision.Answer;
import org.fourmiliere.governance.internal.quick.QuickDecision.Via;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.shared.demo.DemoCast;
import org.fourmiliere.shared.demo.DemoContributor;
import org.springframework.stereotype.Component;

/**
 * The demo collective's quick decisions, after its meetings ({@link DemoContributor#MEETINGS}): one adopted in May
 * (the domain name), one vetoed early in June and put on the agenda of the next production meeting (a second
 * backup server), and one open on the demo's day, proposed the day before, with a support and an abstention
 * (t-shirts for a fair). Made through the service, at their own moments, by the members of the work committee of
 * those moments; their notices go to the outbox like any other.
 */
@Component
class QuickDecisionsDemoData implements DemoContributor {

    private final QuickDecisionService service;
    private final MemberDirectory members;

    QuickDecisionsDemoData(QuickDecisionService service, MemberDirectory members) {
        this.service = service;
        this.members = members;
    }

    @Override
    public int order() {
        return MEETINGS + 50;
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(TimeConfig.ZONE).toInstant();
    }

    /** The cast's persons who are on the work committee at that moment, in the cast's order. */
    private List<Long> committee(DemoCast cast, Instant at) {
        List<Long> onIt = service.membersAt(at);
        List<Long> result = new ArrayList<>();
        for (DemoCast.Person p : cast.persons()) {
            members.personByEmail(p.email()).filter(r -> onIt.contains(r.id())).ifPresent(r -> result.add(r.id()));
        }
        return result;
    }

    @Override
    public void load(DemoCast cast) {
        LocalDate today = cast.today();

        Instant may = at(today.minusDays(24), 10);
        List<Long> wc = committee(cast, may);
        if (wc.size() >= 2) {
            QuickDecision domain = service.propose(new QuickDecisionService.Proposal(wc.get(0),
                    "Renouveler le nom de domaine pour cinq ans",
                    "Le nom de domaine du collectif échoit en juillet. Je propose de le renouveler pour cinq ans chez le même registraire.",
                    Money.cad("120.00"), may, Via.MAIL, null, null));
            service.answer(domain.id(), wc.get(1), Answer.SUPPORT, null, may.plusSeconds(3 * 3600), Via.MAIL, null);
            service.adopt(domain.id());
        }

        Instant june = at(today.minusDays(10), 14);
        wc = committee(cast, june);
        if (wc.size() >= 3) {
            QuickDecision server = service.propose(new QuickDecisionService.Proposal(wc.get(1),
                    "Acheter un deuxième serveur de sauvegarde",
                    "Le serveur de sauvegarde est plein. Un deuxième, d'occasion, coûterait environ 480 $.",
                    Money.cad("480.00"), june, Via.WEB, null, null));
            service.answer(server.id(), wc.get(2), Answer.VETO,
                    "Attendons le budget de juillet ; parlons-en en réunion de production.", june.plusSeconds(20 * 3600), Via.MAIL, null);
        }

        Instant yesterday = at(today.minusDays(1), 11);
        wc = committee(cast, yesterday);
        if (wc.size() >= 3) {
            QuickDecision shirts = service.propose(new QuickDecisionService.Proposal(wc.get(0),
                    "Commander des t-shirts pour le Salon du logiciel libre",
                    "Quarante t-shirts au logo du collectif pour tenir le kiosque au Salon.",
                    Money.cad("300.00"), yesterday, Via.WEB, null, null));
            service.answer(shirts.id(), wc.get(1), Answer.SUPPORT, null, yesterday.plusSeconds(2 * 3600), Via.WEB, null);
            service.answer(shirts.id(), wc.get(2), Answer.ABSTAIN, "Je fournis l'imprimeur : conflit d'intérêts.",
                    yesterday.plusSeconds(5 * 3600), Via.MAIL, null);
        }
    }
}
