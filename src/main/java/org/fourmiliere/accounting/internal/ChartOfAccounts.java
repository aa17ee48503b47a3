package org.fourmiliere.accounting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fourmiliere.accounting.AccountType;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.accounting.LedgerAccountOpened;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The chart of accounts and the departments. */
@Service
public class ChartOfAccounts {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    /** The entity type of ledger accounts in the audit trail. */
    static final String AUDIT_TYPE = "ledger_account";

    private final ApplicationEventPublisher events;

    ChartOfAccounts(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public List<LedgerAccount> accounts() {
        return jdbc.sql("SELECT id, code, ledger_name, name_fr, name_en, type, parent_id, department_id FROM ledger_account ORDER BY code")
                .query((rs, n) -> new LedgerAccount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), AccountType.valueOf(rs.getString(6)), (Long) rs.getObject(7, Long.class),
                        (Long) rs.getObject(8, Long.class)))
                .list();
    }

    public List<Department> departments() {
        return jdbc.sql("SELECT id, code, name_fr, name_en FROM ledger_department ORDER BY name_fr")
                .query((rs, n) -> new Department(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public Optional<LedgerAccount> byCode(String code) {
        return accounts().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The chart in one lookup structure, for a posting or an import. */
    public Index index() {
        return new Index(accounts(), departments());
    }

    /** A snapshot of the chart, which can grow accounts named in an imported journal. */
    public final class Index {
        final Map<String, LedgerAccount> byCode = new HashMap<>();
        final Map<String, LedgerAccount> byLedgerName = new HashMap<>();
        final Map<Long, LedgerAccount> byId = new HashMap<>();
        final Map<String, Department> departmentsByCode = new HashMap<>();
        final Map<Long, Department> departmentsById = new HashMap<>();
        final Set<String> codes = new HashSet<>();

        Index(List<LedgerAccount> accounts, List<Department> departments) {
            accounts.forEach(this::add);
            for (Department d : departments) {
                departmentsByCode.put(d.code().toUpperCase(java.util.Locale.ROOT), d);
                departmentsById.put(d.id(), d);
            }
        }

        private void add(LedgerAccount a) {
            byCode.put(a.code(), a);
            byLedgerName.put(a.ledgerName(), a);
            byId.put(a.id(), a);
            codes.add(a.code());
        }

        public LedgerAccount account(String codeOrName) {
            LedgerAccount a = byCode.get(codeOrName);
            return a != null ? a : byLedgerName.get(codeOrName);
        }

        public LedgerAccount account(long id) {
            return byId.get(id);
        }

        public Department department(String code) {
            return code == null ? null : departmentsByCode.get(code.toUpperCase(java.util.Locale.ROOT));
        }

        public Department department(long id) {
            return departmentsById.get(id);
        }

        /**
         * The account of that ledger name, created with its parents if new; the type follows the first part
         * of the name (Assets, Liabilities, Equity, Revenues/Income, Expenses, or their French names).
         * Answers null when the type cannot be told.
         */
        public LedgerAccount accountNamed(String ledgerName) {
            LedgerAccount known = byLedgerName.get(ledgerName);
            if (known != null) return known;
            int colon = ledgerName.lastIndexOf(':');
            AccountType type = typeOf(ledgerName);
            if (type == null) return null;
            LedgerAccount parent = colon < 0 ? null : accountNamed(ledgerName.substring(0, colon));
            String leaf = colon < 0 ? ledgerName : ledgerName.substring(colon + 1);
            String code = freeCode(type);
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO ledger_account (code, ledger_name, name_fr, name_en, type, parent_id, department_id)
                    VALUES (:code, :ledgerName, :name, :name, :type, :parent, :department)""")
                    .param("code", code).param("ledgerName", ledgerName).param("name", leaf).param("type", type.name())
                    .param("parent", parent == null ? null : parent.id())
                    .param("department", parent == null ? null : parent.departmentId())
                    .update(keys, "id");
            LedgerAccount created = new LedgerAccount(keys.getKey().longValue(), code, ledgerName, leaf, leaf, type,
                    parent == null ? null : parent.id(), parent == null ? null : parent.departmentId());
            add(created);
            audit.record(AUDIT_TYPE, created.id(), "created", null,
                    Map.of("code", code, "name", ledgerName, "type", type.name()));
            events.publishEvent(new LedgerAccountOpened(created.id(), code));
            return created;
        }

        private String freeCode(AccountType type) {
            int prefix = type.ordinal() + 1;
            for (int n = prefix * 1000 + 900; ; n++) {
                String c = String.valueOf(n < (prefix + 1) * 1000 ? n : prefix * 100000 + n);
                if (!codes.contains(c)) return c;
            }
        }
    }

    static AccountType typeOf(String ledgerName) {
        String top = ledgerName.split(":", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        return switch (top) {
            case "assets", "asset", "actif", "actifs" -> AccountType.ASSET;
            case "liabilities", "liability", "passif", "passifs" -> AccountType.LIABILITY;
            case "equity", "capital", "capitaux propres" -> AccountType.EQUITY;
            case "revenues", "revenue", "income", "recettes", "revenus", "produits" -> AccountType.REVENUE;
            case "expenses", "expense", "dépenses", "charges" -> AccountType.EXPENSE;
            default -> null;
        };
    }

    /** Adds an account under a parent (same type), from the chart page or the API. */
    @Transactional
    public LedgerAccount create(String code, String nameFr, String nameEn, String parentCode, String departmentCode) {
        Index index = index();
        if (code == null || !code.matches("[0-9A-Za-z.-]{1,20}")) throw new Problems.InvalidInput("code", "books.account.code-invalid");
        if (index.byCode.containsKey(code)) throw new Problems.Conflict("code", "books.account.code-taken", code);
        if (nameFr == null || nameFr.isBlank()) throw new Problems.InvalidInput("nameFr", "books.account.name-required");
        if (nameEn == null || nameEn.isBlank()) throw new Problems.InvalidInput("nameEn", "books.account.name-required");
        LedgerAccount parent = parentCode == null ? null : index.byCode.get(parentCode);
        if (parent == null) throw new Problems.InvalidInput("parent", "books.account.parent-required");
        Department dept = departmentCode == null || departmentCode.isBlank() ? null : index.department(departmentCode);
        if (departmentCode != null && !departmentCode.isBlank() && dept == null) {
            throw new Problems.InvalidInput("department", "books.entry.unknown-department", departmentCode);
        }
        String ledgerName = parent.ledgerName() + ":" + nameFr.trim().replace(":", " ");
        if (index.byLedgerName.containsKey(ledgerName)) throw new Problems.Conflict("nameFr", "books.account.name-taken", nameFr);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ledger_account (code, ledger_name, name_fr, name_en, type, parent_id, department_id)
                VALUES (:code, :ledgerName, :nameFr, :nameEn, :type, :parent, :department)""")
                .param("code", code).param("ledgerName", ledgerName).param("nameFr", nameFr.trim())
                .param("nameEn", nameEn.trim()).param("type", parent.type().name()).param("parent", parent.id())
                .param("department", dept == null ? null : dept.id())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(AUDIT_TYPE, id, "created", null, Map.of("code", code, "name", ledgerName));
        events.publishEvent(new LedgerAccountOpened(id, code));
        return new LedgerAccount(id, code, ledgerName, nameFr.trim(), nameEn.trim(), parent.type(), parent.id(),
                dept == null ? null : dept.id());
    }

    /** Children by parent id, for showing the hierarchy. */
    public static Map<Long, List<LedgerAccount>> children(List<LedgerAccount> accounts) {
        Map<Long, List<LedgerAccount>> m = new HashMap<>();
        for (LedgerAccount a : accounts) m.computeIfAbsent(a.parentId() == null ? 0L : a.parentId(), k -> new ArrayList<>()).add(a);
        return m;
    }
}
