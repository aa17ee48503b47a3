package org.fourmiliere.governance.internal.quick;

import java.time.Instant;
import org.fourmiliere.governance.internal.quick.QuickDecision.Answer;
import org.fourmiliere.governance.internal.quick.QuickDecision.Via;

/** One answer of a member to a quick decision: support, abstention or veto, when, how, and the mail it came in. */
public record QuickAnswer(long id, long quickDecisionId, long personId, Answer answer, String reason, Instant at, Via via,
                          Long inboundId) {}
