package org.fourmiliere.accounting.internal.ledgerstream;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * One posting of an account's general ledger as it is read, with the running balance, before any object is
 * made of it: the general ledger of a large account is hundreds of thousands of postings, and the API writes
 * them straight out. Texts are kept as UTF-8 bytes, amounts in cents (as {@link BigDecimal} only beyond what
 * a {@code long} holds). It is valid only during the call that hands it over, then reused for the next
 * posting: whoever keeps it makes a record of its values.
 */
public final class LedgerPosting {

    private long entry;
    private LocalDate date;
    private byte[] text;
    private int descriptionOffset;
    private int descriptionLength;
    private int referenceOffset;
    private int referenceLength;
    private int partyOffset;
    private int partyLength;
    private long amountCents;
    private long balanceCents;
    /** Set (with {@link #bigBalance}) once an amount or the balance goes beyond a long of cents. */
    private BigDecimal bigAmount;
    private BigDecimal bigBalance;
    /** The bytes of the texts when they come as strings. */
    private byte[] own;

    LedgerPosting(BigDecimal opening) {
        if (opening.scale() <= 2 && opening.precision() - opening.scale() <= 16) {
            balanceCents = opening.movePointRight(2).longValueExact();
        } else {
            bigBalance = opening;
        }
    }

    /** The next posting: its entry, date and texts (offsets into {@code text}; length -1: none). */
    void next(long entry, LocalDate date, byte[] text, int descriptionOffset, int descriptionLength, int referenceOffset,
              int referenceLength, int partyOffset, int partyLength) {
        this.entry = entry;
        this.date = date;
        this.text = text;
        this.descriptionOffset = descriptionOffset;
        this.descriptionLength = descriptionLength;
        this.referenceOffset = referenceOffset;
        this.referenceLength = referenceLength;
        this.partyOffset = partyOffset;
        this.partyLength = partyLength;
    }

    /** The next posting, from strings (as JDBC reads it): the texts are put into bytes of its own. */
    void next(long entry, LocalDate date, String description, String reference, String party) {
        byte[] d = description.getBytes(StandardCharsets.UTF_8);
        byte[] r = reference == null ? null : reference.getBytes(StandardCharsets.UTF_8);
        byte[] p = party == null ? null : party.getBytes(StandardCharsets.UTF_8);
        int n = d.length + (r == null ? 0 : r.length) + (p == null ? 0 : p.length);
        if (own == null || own.length < n) own = new byte[Math.max(n, 512)];
        System.arraycopy(d, 0, own, 0, d.length);
        int at = d.length;
        if (r != null) System.arraycopy(r, 0, own, at, r.length);
        int referenceAt = at;
        at += r == null ? 0 : r.length;
        if (p != null) System.arraycopy(p, 0, own, at, p.length);
        next(entry, date, own, 0, d.length, referenceAt, r == null ? -1 : r.length, at, p == null ? -1 : p.length);
    }

    /** The posting's amount in cents; adds it to the running balance. */
    void amount(long cents) {
        if (bigBalance == null) {
            long balance = balanceCents + cents;
            // no overflow unless both have the same sign and the sum another
            if (((balanceCents ^ balance) & (cents ^ balance)) >= 0) {
                amountCents = cents;
                balanceCents = balance;
                return;
            }
        }
        big(BigDecimal.valueOf(cents, 2));
    }

    /** The posting's amount; adds it to the running balance. */
    void amount(BigDecimal amount) {
        if (bigBalance == null && amount.scale() <= 2 && amount.precision() - amount.scale() <= 16) {
            amount(amount.movePointRight(2).longValueExact());
        } else {
            big(amount);
        }
    }

    /** From here on, amounts and balance as decimals: they went beyond a long of cents. */
    private void big(BigDecimal amount) {
        if (bigBalance == null) bigBalance = BigDecimal.valueOf(balanceCents, 2);
        bigAmount = amount.setScale(Math.max(2, amount.scale()));
        bigBalance = bigBalance.add(bigAmount);
    }

    public long entry() {
        return entry;
    }

    public LocalDate date() {
        return date;
    }

    /** Whether {@link #amountCents()} and {@link #balanceCents()} hold the amounts (else {@link #amount()}, {@link #balance()}). */
    public boolean inCents() {
        return bigBalance == null;
    }

    public long amountCents() {
        return amountCents;
    }

    public long balanceCents() {
        return balanceCents;
    }

    public BigDecimal amount() {
        return bigBalance == null ? BigDecimal.valueOf(amountCents, 2) : bigAmount;
    }

    public BigDecimal balance() {
        return bigBalance == null ? BigDecimal.valueOf(balanceCents, 2) : bigBalance;
    }

    /** The bytes that {@link #descriptionOffset()} and the other offsets point into (UTF-8). */
    public byte[] text() {
        return text;
    }

    public int descriptionOffset() {
        return descriptionOffset;
    }

    public int descriptionLength() {
        return descriptionLength;
    }

    public int referenceOffset() {
        return referenceOffset;
    }

    /** -1: no reference. */
    public int referenceLength() {
        return referenceLength;
    }

    public int partyOffset() {
        return partyOffset;
    }

    /** -1: no party. */
    public int partyLength() {
        return partyLength;
    }

    public String description() {
        return string(descriptionOffset, descriptionLength);
    }

    public String reference() {
        return string(referenceOffset, referenceLength);
    }

    public String party() {
        return string(partyOffset, partyLength);
    }

    private String string(int offset, int length) {
        return length < 0 ? null : new String(text, offset, length, StandardCharsets.UTF_8);
    }
}
