package org.fourmiliere.contracts.internal;

import java.util.Map;
import org.fourmiliere.contracts.ContractActivities;
import org.fourmiliere.contracts.ServiceKind;
import org.springframework.stereotype.Component;

/** {@link ContractActivities} from the contracts' table. */
@Component
class ContractActivitiesReader implements ContractActivities {

    private final ContractsStore store;

    ContractActivitiesReader(ContractsStore store) {
        this.store = store;
    }

    @Override
    public Map<Long, ServiceKind> serviceKinds() {
        return store.activityServiceKinds();
    }
}
