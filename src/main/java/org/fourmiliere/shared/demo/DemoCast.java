package org.fourmiliere.shared.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who is who in a demo collective, as given to each {@link DemoContributor}: persons, organisations, bodies
 * and board seats, the password of every demo sign-in, the day the demo is loaded, around which the
 * structure is placed (mandates in force, members in good standing), and the {@link DemoYear} lived up to that day.
 */
public record DemoCast(LocalDate today, String password, List<Person> persons, List<Organisation> organisations,
                       List<Body> bodies, List<Seat> seats, DemoYear year) {

    /** A person: {@code worker} names the engagement (VOLUNTEER, FREELANCE, SALARIED) or is null. */
    public record Person(String key, String name, String email, String language, String worker, List<String> roles) {}

    /** An organisation: kind NON_PROFIT, COOP, UNION, COMPANY or PUBLIC_BODY; {@code representative} a person key. */
    public record Organisation(String key, String name, String kind, String representative, boolean member) {}

    /** A committee or team with its members (person keys); the first member coordinates a committee. */
    public record Body(String code, String kind, String nameFr, String nameEn, boolean permanent, String mandateFr,
                       List<String> members) {}

    /** A board seat: kind WORK_COMMITTEE_DELEGATE, INDIVIDUAL_MEMBER or ORGANISATIONAL_MEMBER. */
    public record Seat(String kind, String holder, String organisation, String resignedHolder) {}

    public DemoCast {
        persons = List.copyOf(persons);
        organisations = List.copyOf(organisations);
        bodies = List.copyOf(bodies);
        seats = List.copyOf(seats);
        year = year == null ? DemoYear.NONE : year;
    }

    /** A cast without a year: its structure only. */
    public DemoCast(LocalDate today, String password, List<Person> persons, List<Organisation> organisations,
                    List<Body> bodies, List<Seat> seats) {
        this(today, password, persons, organisations, bodies, seats, DemoYear.NONE);
    }

    /** The same cast with the year it lived. */
    public DemoCast withYear(DemoYear lived) {
        return new DemoCast(today, password, persons, organisations, bodies, seats, lived);
    }

    /** The general assembly that elected the board in force: the last one, a year ago at most. */
    public LocalDate lastAssembly() {
        LocalDate thisYear = LocalDate.of(today.getYear(), 10, 20);
        return thisYear.isAfter(today) ? thisYear.minusYears(1) : thisYear;
    }

    public LocalDate nextAssembly() {
        return lastAssembly().plusYears(1);
    }

    /** The persons who work for the collective. */
    public List<Person> workers() {
        return persons.stream().filter(p -> p.worker() != null).toList();
    }

    public Optional<Person> person(String key) {
        return persons.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public String email(String key) {
        return person(key).map(Person::email).orElseThrow(() -> new IllegalArgumentException("no person " + key));
    }

    public Optional<Organisation> organisation(String key) {
        return organisations.stream().filter(o -> o.key().equals(key)).findFirst();
    }
}
