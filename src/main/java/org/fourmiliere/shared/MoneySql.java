package org.fourmiliere.shared;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one mapping of {@link Money} to columns: an amount in {@code NUMERIC(19,2)} and, where a table may hold
 * more than one currency, its ISO code in a {@code CHAR(3)}/{@code VARCHAR(3)} column. A table without a
 * currency column holds CAD only: binding another currency to it is refused rather than stored as CAD.
 */
public final class MoneySql {

    private MoneySql() {}

    /** The amount and currency of two columns, or null when the amount is NULL. */
    public static Money read(ResultSet rs, String amountColumn, String currencyColumn) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(amountColumn);
        return amount == null ? null : Money.of(amount, Currency.getInstance(rs.getString(currencyColumn).trim()));
    }

    public static Money read(ResultSet rs, int amountColumn, int currencyColumn) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(amountColumn);
        return amount == null ? null : Money.of(amount, Currency.getInstance(rs.getString(currencyColumn).trim()));
    }

    /** An amount in CAD from a column of a table that holds no other currency, or null when it is NULL. */
    public static Money readCad(ResultSet rs, String amountColumn) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(amountColumn);
        return amount == null ? null : Money.of(amount, Money.CAD);
    }

    /** Binds the amount and the currency of {@code money} (or two NULLs) to two named parameters. */
    public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, String amountParam, String currencyParam,
                                                Money money) {
        return spec.param(amountParam, money == null ? null : money.amount())
                .param(currencyParam, money == null ? null : money.currency().getCurrencyCode());
    }

    /** Binds an amount in CAD to a named parameter for a column without a currency; refuses another currency. */
    public static JdbcClient.StatementSpec bindCad(JdbcClient.StatementSpec spec, String amountParam, Money money) {
        return spec.param(amountParam, cad(money));
    }

    /** The value to store in an amount column without a currency: the amount of a CAD {@code money} (null for null). */
    public static BigDecimal cad(Money money) {
        if (money == null) return null;
        if (!money.hasCurrency(Money.CAD)) {
            throw new IllegalArgumentException("A column in CAD cannot hold " + money);
        }
        return money.amount();
    }
}
