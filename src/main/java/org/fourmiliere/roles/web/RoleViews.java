package org.fourmiliere.roles.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.members.MemberDirectory;
import org.fourmiliere.members.PersonRef;
import org.fourmiliere.roles.internal.Role;
import org.fourmiliere.roles.internal.RoleHolder;
import org.fourmiliere.roles.internal.RoleService;
import org.fourmiliere.shared.Money;
import org.springframework.stereotype.Component;

/**
 * The view records of the pages and the API: roles with the names of their holders. The JSON shows the budget
 * as a plain decimal and its currency (ADR 0011); the pages format {@link RoleView#budget()}.
 */
@Component
class RoleViews {

    record HolderView(long id, long personId, String name, LocalDate since, LocalDate until, String note, boolean current,
                      BigDecimal share) {}

    record RoleView(String code, String nameFr, String nameEn, String descriptionFr, String descriptionEn,
                    BigDecimal budgetHours, BigDecimal budgetAmount, String currency, List<HolderView> holders) {

        public String name(String language) {
            return "en".equals(language) ? nameEn : nameFr;
        }

        public String description(String language) {
            return "en".equals(language) ? descriptionEn : descriptionFr;
        }

        public Money budget() {
            return Money.of(budgetAmount, Currency.getInstance(currency));
        }

        public List<HolderView> currentHolders() {
            return holders.stream().filter(HolderView::current).toList();
        }
    }

    private final RoleService roles;
    private final MemberDirectory members;

    RoleViews(RoleService roles, MemberDirectory members) {
        this.roles = roles;
        this.members = members;
    }

    List<RoleView> all() {
        List<RoleHolder> holders = roles.holders();
        Map<Long, String> names = names(holders);
        LocalDate today = roles.today();
        return roles.all().stream().map(r -> view(r, holders, names, today)).toList();
    }

    RoleView one(String code) {
        Role r = roles.role(code);
        List<RoleHolder> holders = roles.holders(r);
        return view(r, holders, names(holders), roles.today());
    }

    private Map<Long, String> names(List<RoleHolder> holders) {
        Set<Long> ids = new HashSet<>();
        holders.forEach(h -> ids.add(h.personId()));
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) for (PersonRef p : members.persons(ids)) names.put(p.id(), p.name());
        return names;
    }

    private static RoleView view(Role r, List<RoleHolder> holders, Map<Long, String> names, LocalDate today) {
        List<HolderView> hs = holders.stream().filter(h -> h.roleId() == r.id())
                .map(h -> new HolderView(h.id(), h.personId(), names.getOrDefault(h.personId(), "#" + h.personId()),
                        h.since(), h.until(), h.note(), h.currentOn(today), h.share()))
                .toList();
        return new RoleView(r.code(), r.nameFr(), r.nameEn(), r.descriptionFr(), r.descriptionEn(), r.budgetHours(),
                r.budget().amount(), r.budget().currency().getCurrencyCode(), hs);
    }
}
