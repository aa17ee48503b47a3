package org.fourmiliere.accounting;

import org.fourmiliere.shared.ModuleEvent;

/** A journal was imported (hledger interchange): {@code entries} entries posted at once. */
public record JournalImported(long importId, long entries) implements ModuleEvent {}
