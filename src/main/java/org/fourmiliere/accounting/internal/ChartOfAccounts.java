package org.fourmiliere.accounting.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.fourmiliere.accounting.AccountType;
import org.fourmiliere.shared.AuditTrail;
import org.fourmiliere.shared.Problems;
import org.fourmiliere.accounting.LedgerAccountOpened;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chart of accounts and the departments: opens accounts (from the chart page, the API or an imported
 * journal), with their audit and event. The rules of a new account are in {@link Index}.
 */
@Service
public class ChartOfAccounts {

    private final ChartStore store;
    private final AuditTrail audit;

    /** The entity type of ledger accounts in the audit trail. */
    static final String AUDIT_TYPE = "ledger_account";

    private final ApplicationEventPublisher events;

    ChartOfAccounts(ChartStore store, AuditTrail audit, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.audit = audit;
    }

    public List<LedgerAccount> accounts() {
        return store.accounts();
    }

    public List<Department> departments() {
        return store.departments();
    }

    public Optional<LedgerAccount> byCode(String code) {
        return code == null ? Optional.empty() : store.account(code);
    }

    /** The chart in one lookup structure, for a posting or an import; accounts it opens are written at once. */
    public Index index() {
        return new Index(store.accounts(), store.departments(), this::open);
    }

    /** Writes an account the index planned, with its audit and event. */
    private LedgerAccount open(NewAccount a) {
        long id = store.insert(a.code(), a.ledgerName(), a.nameFr(), a.nameEn(), a.type(), a.parentId(), a.departmentId());
        audit.record(AUDIT_TYPE, id, "created", null, a.auditTrail());
        events.publishEvent(new LedgerAccountOpened(id, a.code()));
        return a.withId(id);
    }

    /** An account about to be opened: every column but its id. */
    record NewAccount(String code, String ledgerName, String nameFr, String nameEn, AccountType type, Long parentId,
                      Long departmentId, boolean imported) {

        LedgerAccount withId(long id) {
            return new LedgerAccount(id, code, ledgerName, nameFr, nameEn, type, parentId, departmentId);
        }

        Map<String, Object> auditTrail() {
            return imported ? Map.of("code", code, "name", ledgerName, "type", type.name()) : Map.of("code", code, "name", ledgerName);
        }
    }

    /** A snapshot of the chart, which can grow accounts named in an imported journal or opened from the chart page. */
    public static final class Index {
        final Map<String, LedgerAccount> byCode = new HashMap<>();
        final Map<String, LedgerAccount> byLedgerName = new HashMap<>();
        final Map<Long, LedgerAccount> byId = new HashMap<>();
        final Map<String, Department> departmentsByCode = new HashMap<>();
        final Map<Long, Department> departmentsById = new HashMap<>();
        final Set<String> codes = new HashSet<>();
        private final Function<NewAccount, LedgerAccount> opener;

        Index(List<LedgerAccount> accounts, List<Department> departments, Function<NewAccount, LedgerAccount> opener) {
            this.opener = opener;
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

        int size() {
            return byCode.size();
        }

        /** Whether every account and department the entry names is in this snapshot. */
        public boolean names(Entry entry) {
            for (EntryLine l : entry.lines()) {
                if (account(l.account()) == null || (l.department() != null && department(l.department()) == null)) return false;
            }
            return true;
        }

        /**
         * The lines of an entry as stored: accounts and departments by id (a line without a department takes its
         * account's), refused naming the line when an account or a department is unknown or a party too long.
         */
        public List<PostingLine> resolve(Entry entry) {
            List<PostingLine> out = new ArrayList<>(entry.lines().size());
            for (int i = 0; i < entry.lines().size(); i++) {
                EntryLine l = entry.lines().get(i);
                LedgerAccount a = account(l.account());
                if (a == null) throw new Problems.InvalidInput("lines[" + i + "].account", "books.entry.unknown-account", l.account());
                Long dept = a.departmentId();
                if (l.department() != null) {
                    Department d = department(l.department());
                    if (d == null) throw new Problems.InvalidInput("lines[" + i + "].department", "books.entry.unknown-department", l.department());
                    dept = d.id();
                }
                if (l.party() != null && l.party().length() > 100) {
                    throw new Problems.InvalidInput("lines[" + i + "].party", "books.entry.party-long");
                }
                out.add(new PostingLine(i + 1, a.id(), l.amount(), dept, l.party()));
            }
            return out;
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
            LedgerAccount created = opener.apply(new NewAccount(freeCode(type), ledgerName, leaf, leaf, type,
                    parent == null ? null : parent.id(), parent == null ? null : parent.departmentId(), true));
            add(created);
            return created;
        }

        /**
         * Checks a new account (its command already valid) against the chart: a free code, a known parent (which gives the type and the
         * start of the ledger name), a known department when one is named, a ledger name not taken. Answers the
         * account to open.
         */
        NewAccount plan(BooksCommands.OpenAccount c) {
            String code = c.code();
            if (byCode.containsKey(code)) throw new Problems.Conflict("code", "books.account.code-taken", code);
            LedgerAccount parent = c.parent() == null ? null : byCode.get(c.parent());
            if (parent == null) throw new Problems.InvalidInput("parent", "books.account.parent-required");
            String departmentCode = c.department();
            Department dept = departmentCode == null || departmentCode.isBlank() ? null : department(departmentCode);
            if (departmentCode != null && !departmentCode.isBlank() && dept == null) {
                throw new Problems.InvalidInput("department", "books.entry.unknown-department", departmentCode);
            }
            String ledgerName = parent.ledgerName() + ":" + c.nameFr().trim().replace(":", " ");
            if (byLedgerName.containsKey(ledgerName)) throw new Problems.Conflict("nameFr", "books.account.name-taken", c.nameFr());
            return new NewAccount(code, ledgerName, c.nameFr().trim(), c.nameEn().trim(), parent.type(), parent.id(),
                    dept == null ? null : dept.id(), false);
        }

        /** Opens the account of the command (see {@link #plan}). */
        LedgerAccount open(BooksCommands.OpenAccount c) {
            LedgerAccount created = opener.apply(plan(c));
            add(created);
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
    public LedgerAccount create(BooksCommands.OpenAccount command) {
        return index().open(command);
    }

    /** Children by parent id, for showing the hierarchy. */
    public static Map<Long, List<LedgerAccount>> children(List<LedgerAccount> accounts) {
        Map<Long, List<LedgerAccount>> m = new HashMap<>();
        for (LedgerAccount a : accounts) m.computeIfAbsent(a.parentId() == null ? 0L : a.parentId(), k -> new ArrayList<>()).add(a);
        return m;
    }
}
