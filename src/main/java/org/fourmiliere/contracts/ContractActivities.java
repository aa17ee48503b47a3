package org.fourmiliere.contracts;

import java.util.Map;

/**
 * Which activities of the time tracker are contracts', read by other modules: each contract's activity with the
 * contract's service kind. Read only; contracts know nothing of who reads it.
 */
public interface ContractActivities {

    /** Every contract's activity id with the contract's service kind. */
    Map<Long, ServiceKind> serviceKinds();
}
