package org.fourmiliere.contracts.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.mail.OutgoingMail;
import org.fourmiliere.mail.Outbox;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.shared.TimeConfig;
import org.fourmiliere.timesheets.BillableTime;
import org.fourmiliere.timesheets.TimeEntryEvent;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a contract's team by e-mail when the hours spent reach 80 % and 100 % of its budget, once per level: after
 * each change of time, the contract row is locked, the levels reached are recorded once ({@code ct_budget_alert})
 * and the messages queued in the same transaction (the outbox's correlation key keeps a retry from sending twice).
 */
@Component
class BudgetAlerts {

    static final String LIST_ID = "contracts.fourmiliere";

    private final ContractsStore store;
    private final BillableTime time;
    private final BodyDirectory bodies;
    private final MemberDirectory members;
    private final Outbox outbox;
    private final MessageSource messages;
    private final Clock clock;

    BudgetAlerts(ContractsStore store, BillableTime time, BodyDirectory bodies, MemberDirectory members, Outbox outbox,
                 MessageSource messages, Clock clock) {
        this.store = store;
        this.time = time;
        this.bodies = bodies;
        this.members = members;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TimeEntryEvent e) {
        time.activityOfEntry(e.entryId()).ifPresent(this::check);
    }

    /** Sends the alerts the contract of this activity has reached and not yet sent. */
    @Transactional
    void check(long activityId) {
        Contract found = store.contractOfActivity(activityId).orElse(null);
        if (found == null || found.budgetMinutes() == null) return;
        Contract c = store.lockContract(found.id()).orElseThrow();
        long spent = time.minutesOn(activityId);
        for (int level : c.levelsReached(spent)) {
            if (store.alertOnce(c.id(), level, Instant.now(clock))) send(c, level, spent);
        }
    }

    private void send(Contract c, int level, long spent) {
        if (c.teamId() == null) return;
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.ZONE));
        List<PersonRef> team = members.persons(bodies.memberIds(c.teamId(), today));
        for (PersonRef p : team) {
            if (p.email() == null || p.email().isBlank()) continue;
            String language = "en".equals(p.language()) ? "en" : "fr";
            Locale locale = Locale.forLanguageTag(language);
            Object[] args = {c.code(), c.title(), level, HoursBilling.hours(spent).stripTrailingZeros().toPlainString(),
                    HoursBilling.hours(c.budgetMinutes()).stripTrailingZeros().toPlainString()};
            String subject = messages.getMessage("contracts.alert.subject", args, locale);
            String body = messages.getMessage("contracts.alert.body", args, locale);
            outbox.enqueue(OutgoingMail.automatic(p.email(), language, subject, body,
                    "contract-budget:" + c.id() + ":" + level + ":" + p.id()).withListId(LIST_ID));
        }
    }
}
