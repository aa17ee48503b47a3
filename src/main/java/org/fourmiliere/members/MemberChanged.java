package org.fourmiliere.members;

/** A registry entry's details changed (name, contact, representative of an organisation...). */
public record MemberChanged(long memberId) implements MemberEvent {}
