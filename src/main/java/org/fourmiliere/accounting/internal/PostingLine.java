package org.fourmiliere.accounting.internal;

import java.math.BigDecimal;

/**
 * A line of an entry as stored: its number in the entry, the account and department by id (the account's own
 * department when the line names none), the signed amount (debit > 0) and the party.
 */
public record PostingLine(int lineNo, long accountId, BigDecimal amount, Long departmentId, String party) {}
