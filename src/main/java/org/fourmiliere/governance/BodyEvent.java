package org.fourmiliere.governance;

import org.fourmiliere.shared.ModuleEvent;

/** What happened to a body (§2), its members, or a seat of the board and its mandates. */
public sealed interface BodyEvent extends ModuleEvent
        permits BodyCreated, BodyChanged, BodyDissolved, BodyMemberJoined, BodyMemberLeft, SeatCreated, SeatChanged,
                MandateGiven, MandateChanged, MandateEnded {
}
