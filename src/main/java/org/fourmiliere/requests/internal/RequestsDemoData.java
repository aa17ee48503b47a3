package org.fourmiliere.requests.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.shared.demo.DemoCast;
import org.fourmiliere.shared.demo.DemoContributor;
import org.springframework.stereotype.Component;

/**
 * The demo collective's requests: the `support` queue (fed by support@demo.fourmiliere.org, from the migration) with
 * three tickets of its clients on the demo's day — one answered by a worker and waiting for the client, one open, one
 * new — so that the pages and the search have something to show; the queue's two custom fields (the site concerned,
 * the hosting), filled on two tickets, a few tags and a due date.
 */
@Component
class RequestsDemoData implements DemoContributor {

    private final RequestService service;
    private final MemberDirectory members;

    RequestsDemoData(RequestService service, MemberDirectory members) {
        this.service = service;
        this.members = members;
    }

    @Override
    public int order() {
        return MEETINGS + 60;
    }

    @Override
    public void load(DemoCast cast) {
        Optional<PersonRef> worker = cast.workers().stream().map(p -> members.personByEmail(p.email()))
                .flatMap(Optional::stream).findFirst();
        // the support queue's custom fields (ADR 1004)
        service.defineField("support", new RequestService.NewField("site", "Site concerné", "Site concerned", "TEXT", List.of(), false));
        service.defineField("support", new RequestService.NewField("hebergement", "Hébergement", "Hosting", "CHOICE",
                List.of("mutualisé", "serveur virtuel", "serveur dédié", "ailleurs"), false));
        Ticket invoice = service.openFromForm(new RequestService.NewRequest("Librairie du Quartier", "librairie@example.com",
                "Facture de mai : hébergement compté deux fois",
                "Bonjour,\n\nNotre facture de mai compte l'hébergement deux fois. Pouvez-vous la corriger ?\n\nMerci", "support", "fr"));
        Ticket mail = service.openFromForm(new RequestService.NewRequest("Centre communautaire", "info@centre.example.com",
                "Le courriel ne part plus depuis ce matin",
                "Depuis ce matin, nos messages restent dans la boîte d'envoi. Rien n'a changé de notre côté.", "support", "fr"));
        Ticket page = service.openFromForm(new RequestService.NewRequest("Green Co-op", "office@greencoop.example.org",
                "New page for our annual meeting", "Could you add a page for our annual meeting on the 30th?", "support", "en"));
        String actor = worker.map(PersonRef::email).orElse("system");
        service.setFields(mail.id(), Map.of("site", "centre.example.com", "hebergement", "mutualisé"), actor);
        service.setTags(mail.id(), List.of("courriel"), actor);
        service.setFields(page.id(), Map.of("site", "greencoop.example.org", "hebergement", "serveur virtuel"), actor);
        service.setDueDate(page.id(), cast.today().plusDays(14), actor);
        service.setTags(invoice.id(), List.of("facturation"), actor);
        worker.ifPresent(w -> service.reply(invoice.id(), w.id(), w.email(), new RequestService.Reply(
                "Bonjour,\n\nVous avez raison : nous envoyons une **facture corrigée** aujourd'hui. Pouvez-vous nous confirmer "
                        + "qu'elle vous convient ?", null, TicketStatus.WAITING)));
    }
}
