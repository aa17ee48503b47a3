package org.fourmiliere.timesheets.internal;

import java.util.Set;
import org.fourmiliere.accounts.StatusNeutralChanges;
import org.springframework.stereotype.Component;

/** Time entries, activities, locks and wages never make anyone gain or lose a status. */
@Component
class TimesheetsStatusNeutral implements StatusNeutralChanges {
    @Override
    public Set<String> entityTypes() {
        return Set.of("time_entry", "time_import", "time_month", "activity", "wage_rate");
    }
}
