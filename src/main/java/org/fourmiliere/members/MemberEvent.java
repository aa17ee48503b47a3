package org.fourmiliere.members;

import org.fourmiliere.shared.ModuleEvent;

/** What happened in the members registry, to the person or organisation {@link #memberId()}. */
public sealed interface MemberEvent extends ModuleEvent
        permits MemberRegistered, MemberChanged, MembershipRecorded, MembershipEnded, DuesRecorded, WorkerEngaged,
                EngagementEnded {
    long memberId();
}
