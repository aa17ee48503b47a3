package org.fourmiliere.complexes.internal;

import java.time.Instant;

/** One version of a task's how-to for a newcomer: Markdown, who wrote it (a person id, null when unknown) and when. */
public record HowtoVersion(int version, String body, Long writtenBy, Instant writtenAt) {}
