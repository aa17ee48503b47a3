package org.fourmiliere.accounting.internal.ledgerstream;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The JSON of a general ledger, written with {@link JsonBytes} as the postings stream by. I/O errors (a client
 * gone) come out as {@link java.io.UncheckedIOException}, since the rows arrive through a callback.
 */
final class GeneralLedgerJson {

    private static final byte[] FIRST_ROW = JsonBytes.ascii("{\"entry\":");
    private static final byte[] NEXT_ROW = JsonBytes.ascii(",{\"entry\":");
    private static final byte[] DATE = JsonBytes.ascii(",\"date\":");
    private static final byte[] DESCRIPTION = JsonBytes.ascii(",\"description\":");
    private static final byte[] REFERENCE = JsonBytes.ascii(",\"reference\":");
    private static final byte[] PARTY = JsonBytes.ascii(",\"party\":");
    private static final byte[] AMOUNT = JsonBytes.ascii(",\"amount\":");
    private static final byte[] BALANCE = JsonBytes.ascii(",\"balance\":");

    private GeneralLedgerJson() {}

    static void write(LedgerStream stream, long accountId, LocalDate first, LocalDate last, BigDecimal opening,
                      String code, String name, OutputStream target) throws IOException {
        JsonBytes out = new JsonBytes(target, 1 << 16);
        out.raw("{\"account\":").string(code).raw(",\"name\":").string(name).raw(",\"rows\":[");
        boolean[] firstRow = {true};
        stream.postings(accountId, first, last, opening, p -> {
            byte[] text = p.text();
            out.raw(firstRow[0] ? FIRST_ROW : NEXT_ROW).number(p.entry()).raw(DATE).date(p.date())
                    .raw(DESCRIPTION).utf8(text, p.descriptionOffset(), p.descriptionLength());
            firstRow[0] = false;
            if (p.referenceLength() >= 0) out.raw(REFERENCE).utf8(text, p.referenceOffset(), p.referenceLength());
            if (p.partyLength() >= 0) out.raw(PARTY).utf8(text, p.partyOffset(), p.partyLength());
            if (p.inCents()) {
                out.raw(AMOUNT).cents(p.amountCents()).raw(BALANCE).cents(p.balanceCents()).raw('}');
            } else {
                out.raw(AMOUNT).decimal(p.amount()).raw(BALANCE).decimal(p.balance()).raw('}');
            }
        });
        out.raw("],\"opening\":").decimal(opening).raw('}');
        out.flush();
    }
}
