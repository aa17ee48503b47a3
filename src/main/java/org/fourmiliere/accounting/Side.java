package org.fourmiliere.accounting;

/** Which column of the journal a line's amount goes to. */
public enum Side { DEBIT, CREDIT }
