package org.fourmiliere.accounting;

import java.time.LocalDate;
import org.fourmiliere.shared.ModuleEvent;

/** An entry was posted to the journal on {@code date}; a reversal names the entry it {@code reverses} (else null). */
public record EntryPosted(long entryId, LocalDate date, Long reverses) implements ModuleEvent {}
