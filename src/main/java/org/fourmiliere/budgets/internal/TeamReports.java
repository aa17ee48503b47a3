package org.fourmiliere.budgets.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.fourmiliere.accounting.AccountType;
import org.fourmiliere.accounting.BookFigures;
import org.fourmiliere.budgets.BudgetCommands;
import org.fourmiliere.governance.BodyDirectory;
import org.fourmiliere.governance.BodyKind;
import org.fourmiliere.governance.BodyRef;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.FiscalYear;
import org.fourmiliere.shared.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teams' quarterly reports (§9): each team follows the services (departments) it runs; per quarter of a fiscal
 * year, the planned (the year's adopted budget) and actual (the books) revenue and expenses of each of its services,
 * and the comment the team writes. A posting or a budget line belongs to its own department, else to its account's.
 * The comment is written by the team's members on that day, or by whoever keeps the books.
 */
@Service
public class TeamReports {

    /** A service's quarter; net: revenue − expenses. */
    public record ServiceFigures(String department, String name, BigDecimal plannedRevenue, BigDecimal actualRevenue,
                                 BigDecimal plannedExpenses, BigDecimal actualExpenses, BigDecimal plannedNet, BigDecimal actualNet) {
        static ServiceFigures of(String department, String name, BigDecimal[] f) {
            return new ServiceFigures(department, name, f[0], f[1], f[2], f[3], f[0].subtract(f[2]), f[1].subtract(f[3]));
        }
    }

    public record TeamReport(long teamId, String name, List<ServiceFigures> services, ServiceFigures total, String comment,
                             boolean mayWrite) {}

    /** The reports of every living team of the quarter; {@code budgetId}: the adopted budget planned from, or null. */
    public record Quarter(int fiscalYear, int quarter, LocalDate from, LocalDate to, Long budgetId, List<TeamReport> teams) {}

    private final BudgetStore store;
    private final BudgetService budgets;
    private final BookFigures books;
    private final BodyDirectory bodies;
    private final AuditTrail audit;
    private final Clock clock;

    TeamReports(BudgetStore store, BudgetService budgets, BookFigures books, BodyDirectory bodies, AuditTrail audit, Clock clock) {
        this.store = store;
        this.budgets = budgets;
        this.books = books;
        this.bodies = bodies;
        this.audit = audit;
        this.clock = clock;
    }

    static LocalDate quarterStart(int fiscalYear, int quarter) {
        return BudgetService.fiscalYear(fiscalYear).firstDay().plusMonths((quarter - 1) * 3L);
    }

    /** The living teams of the quarter, each with its services' figures and its comment. */
    public Quarter quarter(int fiscalYear, int quarter, Long personId, boolean keepsBooks, Locale locale) {
        if (fiscalYear < 1990 || fiscalYear > 2999) throw new Problems.InvalidInput("fiscalYear", "budgets.year.invalid");
        if (quarter < 1 || quarter > 4) throw new Problems.InvalidInput("quarter", "budgets.quarter.invalid");
        LocalDate from = quarterStart(fiscalYear, quarter), to = from.plusMonths(3).minusDays(1);
        YearMonth first = YearMonth.from(from), last = YearMonth.from(to);
        Map<String, BookFigures.Account> chart = budgets.chart();
        Map<String, BigDecimal[]> figures = new LinkedHashMap<>(); // department → planned rev, actual rev, planned exp, actual exp
        Long budgetId = store.adopted(fiscalYear).map(Budget::id).orElse(null);
        if (budgetId != null)
            for (BudgetLine l : store.lines(budgetId, from, last.atDay(1))) {
                BookFigures.Account acc = chart.get(l.account());
                if (acc == null) continue;
                String dept = l.department().isEmpty() ? (acc.department() == null ? "" : acc.department()) : l.department();
                add(figures, dept, acc.type() == AccountType.REVENUE ? 0 : 2, l.amount());
            }
        books.monthTotals(first, last, m -> {
            BookFigures.Account acc = chart.get(m.account());
            if (acc == null) return;
            add(figures, BudgetService.departmentOf(m, chart), acc.type() == AccountType.REVENUE ? 1 : 3, m.amount());
        });
        Map<String, BookFigures.Department> departments = new LinkedHashMap<>();
        for (BookFigures.Department d : books.departments()) departments.put(d.code(), d);
        Map<Long, List<String>> services = store.teamServices();
        Map<Long, String> comments = store.teamComments(from);
        LocalDate today = LocalDate.now(clock);
        List<TeamReport> teams = new ArrayList<>();
        for (BodyRef team : teams(from, to)) {
            List<ServiceFigures> lines = new ArrayList<>();
            BigDecimal[] sum = zeros();
            for (String d : services.getOrDefault(team.id(), List.of())) {
                BigDecimal[] f = figures.getOrDefault(d, zeros());
                for (int k = 0; k < 4; k++) sum[k] = sum[k].add(f[k]);
                BookFigures.Department dep = departments.get(d);
                String name = dep == null ? d : "en".equals(locale.getLanguage()) ? dep.nameEn() : dep.nameFr();
                lines.add(ServiceFigures.of(d, name, f));
            }
            boolean mayWrite = keepsBooks || personId != null && bodies.memberIds(team.id(), today).contains(personId);
            teams.add(new TeamReport(team.id(), team.name(locale.getLanguage()), lines,
                    ServiceFigures.of("", "", sum), comments.get(team.id()), mayWrite));
        }
        return new Quarter(fiscalYear, quarter, from, to, budgetId, teams);
    }

    /** The teams that lived at some time in the period. */
    private List<BodyRef> teams(LocalDate from, LocalDate to) {
        return bodies.bodies().stream().filter(b -> b.kind() == BodyKind.TEAM)
                .filter(b -> !b.createdOn().isAfter(to) && (b.dissolvedOn() == null || b.dissolvedOn().isAfter(from)))
                .toList();
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static void add(Map<String, BigDecimal[]> figures, String dept, int k, BigDecimal amount) {
        BigDecimal[] f = figures.computeIfAbsent(dept, d -> zeros());
        f[k] = f[k].add(amount);
    }

    private BodyRef team(Long teamId) {
        return bodies.body(teamId).filter(b -> b.kind() == BodyKind.TEAM)
                .orElseThrow(() -> new Problems.InvalidInput("teamId", "budgets.team.unknown", teamId));
    }

    /** Says which services a team runs (whoever keeps the books). */
    @Transactional
    public void setServices(long teamId, BudgetCommands.TeamServices cmd) {
        BodyRef team = bodies.body(teamId).filter(b -> b.kind() == BodyKind.TEAM)
                .orElseThrow(() -> new Problems.NotFound("budgets.team.unknown", teamId));
        Set<String> known = new HashSet<>();
        for (BookFigures.Department d : books.departments()) known.add(d.code());
        List<String> departments = new ArrayList<>();
        int i = 0;
        for (String d : cmd.departments()) {
            String code = d.strip();
            if (!known.contains(code)) throw new Problems.InvalidInput("departments[" + i + "]", "budgets.department.unknown", code);
            if (!departments.contains(code)) departments.add(code);
            i++;
        }
        store.setTeamServices(team.id(), departments);
        audit.record(BudgetService.AUDIT_TYPE + "_team", team.id(), "services", null, Map.of("departments", departments));
    }

    /** The team's comment on a quarter: by one of its members that day, or by whoever keeps the books. */
    @Transactional
    public void comment(BudgetCommands.TeamComment cmd, Long personId, boolean keepsBooks) {
        BodyRef team = team(cmd.teamId());
        if (!keepsBooks && (personId == null || !bodies.memberIds(team.id(), LocalDate.now(clock)).contains(personId)))
            throw new Problems.Conflict("teamId", "budgets.team.not-member");
        LocalDate q = quarterStart(cmd.fiscalYear(), cmd.quarter());
        store.setTeamComment(team.id(), q, cmd.comment().strip(), personId, Instant.now(clock));
        audit.record(BudgetService.AUDIT_TYPE + "_team", team.id(), "commented", null,
                Map.of("quarter", q.toString(), "comment", cmd.comment().strip()));
    }
}
