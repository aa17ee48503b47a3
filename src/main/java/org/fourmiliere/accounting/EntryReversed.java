package org.fourmiliere.accounting;

import org.fourmiliere.shared.ModuleEvent;

/** A posted entry was cancelled by a reversing entry (posted entries are never edited). */
public record EntryReversed(long entryId, long reversalId) implements ModuleEvent {}
