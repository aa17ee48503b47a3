package org.fourmiliere.timesheets.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.governance.BodyRef;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.OrganisationRef;
import org.fourmiliere.shared.demo.DemoCast;
import org.fourmiliere.shared.demo.DemoContributor;
import org.fourmiliere.shared.demo.DemoYear;
import org.fourmiliere.timesheets.ActivityKind;
import org.fourmiliere.timesheets.EntryKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The time tracker of the demo collective, through the module's own services: the wage before the single wage, the
 * activities of the year (client contracts, projects, internal roles, each committee's meetings) and every worker's
 * entries of the {@link DemoYear}, up to the demo's present moment (nothing after it). The months before the
 * current one come as the collective's historical timesheets, through the import (one batch, multi-row inserts);
 * the current month's entries are typed one by one, with their notes, as workers enter them. The meeting time of
 * each meeting attended comes later, from governance's attendance ({@link DemoContributor#MEETINGS}); the year's
 * blocks are cut around it.
 */
@Component
class TimeDemoData implements DemoContributor {

    private static final Logger log = LoggerFactory.getLogger(TimeDemoData.class);

    /**
     * Before the single wage (2007-03-13, installed by the migration), rates varied with the work; the business plan
     * (seed 002) gives what was paid from the founding in October 2004 to 2006-12-01: 107,336 $ for 10,354 hours,
     * 10.37 $ an hour on average, the rate the table holds for that time.
     */
    static final LocalDate BEFORE_THE_SINGLE_WAGE = LocalDate.of(2004, 10, 1);
    static final BigDecimal AVERAGE_RATE_BEFORE = new BigDecimal("10.37");

    private final Activities activities;
    private final TimeEntries entries;
    private final Wages wages;
    private final MemberDirectory members;
    private final BodyDirectory bodies;
    private final Clock clock;
    private final TimesheetImport importer;

    TimeDemoData(Activities activities, TimeEntries entries, Wages wages, MemberDirectory members, BodyDirectory bodies,
                 Clock clock, TimesheetImport importer) {
        this.importer = importer;
        this.activities = activities;
        this.entries = entries;
        this.wages = wages;
        this.members = members;
        this.bodies = bodies;
        this.clock = clock;
    }

    @Override
    public int order() {
        return TIME;
    }

    @Override
    public void load(DemoCast cast) {
        DemoYear year = cast.year();
        if (year.work().isEmpty()) return;
        long started = System.nanoTime();
        if (wages.table().rateOn(BEFORE_THE_SINGLE_WAGE).isEmpty()) wages.setRate(BEFORE_THE_SINGLE_WAGE, AVERAGE_RATE_BEFORE);

        Map<String, Long> organisations = new HashMap<>();
        for (OrganisationRef o : members.organisations()) {
            cast.organisations().stream().filter(c -> c.name().equals(o.name())).findFirst().ifPresent(c -> organisations.put(c.key(), o.id()));
        }
        Map<String, Long> bodyIds = new HashMap<>();
        for (BodyRef b : bodies.bodies()) bodyIds.put(b.code(), b.id());
        for (DemoYear.Activity a : year.activities()) {
            if (activities.byCode(a.code()).isPresent()) continue;
            Long bodyId = a.body() == null ? null : bodyIds.get(a.body());
            if (a.body() != null && (bodyId == null || activities.byBody(bodyId).isPresent())) continue;
            activities.create(new Activities.NewActivity(a.code(), a.name(), ActivityKind.valueOf(a.kind()),
                    a.organisation() == null ? null : organisations.get(a.organisation()), bodyId, a.billable(),
                    a.budgetHours() == null ? null : a.budgetHours() * 60L));
        }

        Map<String, Long> persons = new HashMap<>();
        for (DemoCast.Person p : cast.workers()) {
            persons.put(p.key(), members.personByEmail(p.email()).orElseThrow(() -> new IllegalStateException("demo person missing: " + p.email())).id());
        }
        Instant now = clock.instant();
        LocalDate typedFrom = cast.today().withDayOfMonth(1);
        StringBuilder history = new StringBuilder("worker,activity,kind,start,end,billable\n");
        int imported = 0;
        List<DemoYear.Work> recent = new ArrayList<>();
        for (DemoYear.Work w : year.work()) {
            if (w.endsAt().isAfter(now)) continue;
            if (w.day().isBefore(typedFrom)) {
                history.append(cast.email(w.person())).append(',').append(w.activity()).append(',').append(w.kind()).append(',')
                        .append(w.day().atTime(w.start())).append(',').append(w.day().atTime(w.end())).append(',')
                        .append(w.billable() ? "yes" : "no").append('\n');
                imported++;
                continue;
            }
            recent.add(w);
        }
        if (imported > 0) importHistory(history.toString());
        for (DemoYear.Work w : recent) {
            entries.create(persons.get(w.person()), new TimeEntries.EntryInput(w.activity(), w.startsAt(), w.endsAt(), null, null,
                    EntryKind.valueOf(w.kind()), w.billable(), w.note(), null), "WEB");
        }
        log.info("Demo time tracker: {} activities, {} entries imported, {} typed, in {} ms.", year.activities().size(), imported, recent.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The timesheets kept before, imported all at once; a row the import refuses stops the demo with its reason. */
    private void importHistory(String csv) {
        try {
            TimesheetImport.Parsed parsed = importer.read(new StringReader(csv), n -> { });
            if (!parsed.ok()) {
                throw new IllegalStateException("the demo's timesheets do not import: " + parsed.errors().stream().limit(5)
                        .map(e -> "line " + e.line() + " " + e.key() + " " + java.util.Arrays.toString(e.args())).toList());
            }
            importer.commit(parsed, n -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
