package org.fourmiliere.sales;

/** The kind of a customer or vendor, which sets the indicative rates (§10). */
public enum ClientKind { NON_PROFIT, INDIVIDUAL, COMPANY }
