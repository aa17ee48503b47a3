package org.fourmiliere.accounts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fourmiliere.accounts.Permission;
import org.fourmiliere.accounts.SignedIn;
import org.fourmiliere.accounts.Status;
import org.fourmiliere.accounts.StatusContributor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;

/** Computes what an account is and may do now, from the statuses every module contributes. */
@Service
public class StatusService {

    private final List<StatusContributor> contributors;
    private final Clock clock;

    StatusService(List<StatusContributor> contributors, Clock clock) {
        this.contributors = contributors;
        this.clock = clock;
    }

    public Set<Status> statusesOf(AccountRow account) {
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        if (account.administrator()) statuses.add(Status.ADMINISTRATOR);
        if (account.personId() != null) {
            LocalDate today = LocalDate.now(clock);
            for (StatusContributor c : contributors) {
                statuses.addAll(c.statusesOf(account.personId(), today));
            }
        }
        return statuses;
    }

    public SignedIn signedIn(AccountRow account) {
        return new SignedIn(account.id(), account.email(), account.personId(), account.language(), statusesOf(account));
    }

    public static List<GrantedAuthority> authorities(Set<Status> statuses) {
        List<GrantedAuthority> result = new ArrayList<>();
        statuses.forEach(s -> result.add(new SimpleGrantedAuthority("STATUS_" + s.name())));
        Permission.of(statuses).forEach(p -> result.add(new SimpleGrantedAuthority(p.authority())));
        return result;
    }
}
