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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells a contract's team by e-mail when the hours spent reach 80 % and 100 % of its budget, once per level: after
 * each change of time, the contract row is locked, the levels reached are recorded once ({@code ct_budget_alert})
 * and the messages queued in the same transaction (the outbox's correlation key keeps a retry from sending twice).
 * <p>
 * A punch's events leave no row in the event publication registry (they come by the thousand): the check runs once
 * the change of time has committed, in its own transaction, and a failure is only logged. Since every level reached
 * and not yet recorded is sent at each check, an alert missed by a stop is sent at the contract's next change of time.
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
    private final TransactionTemplate own;
    private static final Logger log = LoggerFactory.getLogger(BudgetAlerts.class);

    BudgetAlerts(ContractsStore store, BillableTime time, BodyDirectory bodies, MemberDirectory members, Outbox outbox,
                 MessageSource messages, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.time = time;
        this.bodies = bodies;
        this.members = members;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(TimeEntryEvent e) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            checkAfter(e.entryId());
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                checkAfter(e.entryId());
            }
        });
    }

    private void checkAfter(long entryId) {
        try {
            own.executeWithoutResult(tx -> time.activityOfEntry(entryId).ifPresent(this::check));
        } catch (RuntimeException e) {
            log.warn("Budget alerts not checked after time entry {}; the next change of time checks again", entryId, e);
        }
    }

    /** Sends the alerts the contract of this activity has reached and not yet sent (in the caller's transaction). */
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
