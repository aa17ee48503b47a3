package org.fourmiliere.accounting;

import org.fourmiliere.shared.ModuleEvent;

/** An account was added to the chart of accounts. */
public record LedgerAccountOpened(long accountId, String code) implements ModuleEvent {}
