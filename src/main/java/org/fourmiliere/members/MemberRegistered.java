package org.fourmiliere.members;

/** A person or an organisation was entered in the registry. */
public record MemberRegistered(long memberId, MemberKind kind) implements MemberEvent {}
