package org.fourmiliere.governance.internal.meetings;

import java.time.Instant;

/** One point of a meeting's agenda. */
public record AgendaItem(long id, long meetingId, int position, Long proposerId, String proposer, String title,
                         String text, Instant createdAt) {}
