package org.fourmiliere.contracts;

/** How a contract is billed: a fixed price in milestones, or the hours worked at a rate (time and materials). */
public enum BillingMode { FIXED_PRICE, TIME_AND_MATERIALS }
