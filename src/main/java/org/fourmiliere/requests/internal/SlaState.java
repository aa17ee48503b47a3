package org.fourmiliere.requests.internal;

/**
 * A ticket against one service target: none set, on time, at risk (three quarters of the target used), breached,
 * or met (the response came, or the ticket was resolved, in time).
 */
public enum SlaState {
    NONE, OK, AT_RISK, BREACHED, MET;

    /** The share of a target after which a ticket is at risk. */
    public static final double RISK_SHARE = 0.75;

    /** The state of a running target: {@code elapsed} of office time against {@code targetMinutes}. */
    static SlaState running(long elapsedSeconds, Integer targetMinutes) {
        if (targetMinutes == null) return NONE;
        long target = targetMinutes * 60L;
        if (elapsedSeconds >= target) return BREACHED;
        if (elapsedSeconds >= atRiskSeconds(targetMinutes)) return AT_RISK;
        return OK;
    }

    /** The state of a target that stopped after {@code elapsed}. */
    static SlaState stopped(long elapsedSeconds, Integer targetMinutes) {
        if (targetMinutes == null) return NONE;
        return elapsedSeconds > targetMinutes * 60L ? BREACHED : MET;
    }

    static long atRiskSeconds(int targetMinutes) {
        return (long) Math.ceil(targetMinutes * 60L * RISK_SHARE);
    }

    public boolean late() {
        return this == AT_RISK || this == BREACHED;
    }
}
