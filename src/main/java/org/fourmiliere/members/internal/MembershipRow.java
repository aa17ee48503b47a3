package org.fourmiliere.members.internal;

import java.time.LocalDate;

public record MembershipRow(long id, long memberId, LocalDate since, LocalDate until) {
    public GoodStanding.Span span() {
        return new GoodStanding.Span(since, until);
    }

    public boolean inForce(LocalDate day) {
        return span().contains(day);
    }
}
