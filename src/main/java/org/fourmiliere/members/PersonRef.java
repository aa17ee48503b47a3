package org.fourmiliere.members;

/** A person as other modules see them. {@code language} is "fr" or "en". */
public record PersonRef(long id, String name, String email, String language) {}
