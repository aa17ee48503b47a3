package org.fourmiliere.members;

/** Dues were recorded for a member and a fiscal year (named by the calendar year it ends in). */
public record DuesRecorded(long memberId, long duesId, int fiscalYearEnd) implements MemberEvent {}
