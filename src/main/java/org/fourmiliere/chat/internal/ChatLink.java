package org.fourmiliere.chat.internal;

import java.time.Instant;

/**
 * A chat identity ({@code network} + {@code nick}) linked to a person with a one-time code. On IRC,
 * {@code userHost} is the {@code user@host} the code was typed from: commands from another one are refused.
 */
public record ChatLink(long id, String network, String nick, long personId, String language, String userHost,
                       boolean shownInWho, Instant verifiedAt) {}
