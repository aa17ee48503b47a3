package org.fourmiliere.accounting.internal;

import java.util.List;
import java.util.Optional;
import org.fourmiliere.accounting.AccountType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the chart of accounts and the departments. No rules here: see {@link ChartOfAccounts.Index}. */
@Repository
class ChartStore {

    private static final String ACCOUNT_COLUMNS = "id, code, ledger_name, name_fr, name_en, type, parent_id, department_id";

    private final JdbcClient jdbc;

    ChartStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LedgerAccount> accounts() {
        return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM ledger_account ORDER BY code").query(ChartStore::account).list();
    }

    Optional<LedgerAccount> account(String code) {
        return jdbc.sql("SELECT " + ACCOUNT_COLUMNS + " FROM ledger_account WHERE code = :code").param("code", code)
                .query(ChartStore::account).optional();
    }

    List<Department> departments() {
        return jdbc.sql("SELECT id, code, name_fr, name_en FROM ledger_department ORDER BY name_fr")
                .query((rs, n) -> new Department(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Adds an account and answers its id. */
    long insert(String code, String ledgerName, String nameFr, String nameEn, AccountType type, Long parentId, Long departmentId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ledger_account (code, ledger_name, name_fr, name_en, type, parent_id, department_id)
                VALUES (:code, :ledgerName, :nameFr, :nameEn, :type, :parent, :department)""")
                .param("code", code).param("ledgerName", ledgerName).param("nameFr", nameFr).param("nameEn", nameEn)
                .param("type", type.name()).param("parent", parentId).param("department", departmentId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static LedgerAccount account(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new LedgerAccount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                AccountType.valueOf(rs.getString(6)), rs.getObject(7, Long.class), rs.getObject(8, Long.class));
    }
}
