package org.fourmiliere.accounting.internal.ledgerstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The byte-level JSON writer of the general ledger writes what a JSON reader reads back, and numbers as before. */
class JsonBytesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String written(int size, Consumer<JsonBytes> write) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonBytes out = new JsonBytes(bytes, size);
        write.accept(out);
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String readBack(String s, int size) {
        String json = written(size, out -> out.raw("{\"s\":").string(s).raw('}'));
        return JSON.readTree(json).get("s").asString();
    }

    @Test
    void stringsComeBackAsTheyWereWithEscapesAndUtf8() {
        for (String s : new String[] {"", "Facture F0001 Org0041", "guillemets \" et \\ barre", "ligne\nsuivante\r\tfin",
                "\u0000\u0001\u001f\u007f", "Montréal « été » — 5 €", "fourmi 🐜 et 𝄞", "ĀāĂ㐀豈"}) {
            assertThat(readBack(s, 1 << 16)).isEqualTo(s);
            // a string longer than the buffer is written in pieces
            assertThat(readBack(s.repeat(20), 64)).isEqualTo(s.repeat(20));
        }
        assertThat(written(64, out -> out.string("a\u0001b"))).isEqualTo("\"a\\u0001b\"");
        assertThat(written(64, out -> out.string(null))).isEqualTo("null");
        // a lone surrogate is not a character: replaced, as the JDK's encoder does
        assertThat(written(64, out -> out.string("x\ud83dy"))).isEqualTo("\"x?y\"");
    }

    @Test
    void randomTextSurvivesTheRoundTrip() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                int kind = random.nextInt(4);
                int cp = switch (kind) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> 0x80 + random.nextInt(0x780);
                    case 2 -> 0x800 + random.nextInt(0xd000);
                    default -> 0x10000 + random.nextInt(0x10000);
                };
                b.appendCodePoint(cp);
            }
            String s = b.toString();
            assertThat(readBack(s, 1 << 10)).isEqualTo(s);
        }
    }

    @Test
    void utf8BytesAreWrittenAsTheirString() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(i < 1000 ? 40 : 400);
            for (int k = 0; k < n; k++) {
                int cp = switch (random.nextInt(5)) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> "\"\\\n\t\u0001".charAt(random.nextInt(5));
                    case 2 -> 0x80 + random.nextInt(0x780);
                    case 3 -> 0x800 + random.nextInt(0xd000);
                    default -> 0x10000 + random.nextInt(0x10000);
                };
                b.appendCodePoint(cp);
            }
            String s = b.toString();
            byte[] utf8 = ("xx" + s + "yy").getBytes(StandardCharsets.UTF_8);
            int length = utf8.length - 4;
            for (int size : new int[] {1 << 16, 64}) {
                assertThat(written(size, out -> out.utf8(utf8, 2, length))).isEqualTo(written(size, out -> out.string(s)));
            }
        }
        assertThat(written(64, out -> out.utf8(new byte[0], 0, -1))).isEqualTo("null");
    }

    @Test
    void centsAreWrittenAsAnAmountAtScaleTwo() {
        for (long cents : new long[] {0, 5, -5, 100, -110, 5303, 804597010, -804597010, Long.MAX_VALUE, Long.MIN_VALUE, -99}) {
            assertThat(written(64, out -> out.cents(cents))).as("%d", cents).isEqualTo(BigDecimal.valueOf(cents, 2).toPlainString());
        }
    }

    @Test
    void numbersAreWrittenAsToPlainStringWritesThem() {
        for (String d : new String[] {"0.00", "0.05", "-0.05", "1.00", "-1.10", "53.03", "8045970.10", "-8045970.10",
                "9999999999999999.99", "-9999999999999999.99", "99999999999999999.99", "12.5", "7", "-0.001", "1E+3"}) {
            BigDecimal v = new BigDecimal(d);
            assertThat(written(64, out -> out.decimal(v))).as(d).isEqualTo(v.toPlainString());
        }
        for (long v : new long[] {0, 1, 9, 10, 99, 100, 340768, -7, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertThat(written(64, out -> out.number(v))).isEqualTo(Long.toString(v));
        }
    }

    @Test
    void datesAreIsoStrings() {
        for (LocalDate d : new LocalDate[] {LocalDate.of(2004, 9, 1), LocalDate.of(2013, 12, 31), LocalDate.of(1, 1, 1),
                LocalDate.of(999, 5, 6), LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1), LocalDate.of(-5, 3, 4)}) {
            String json = written(64, out -> out.date(d));
            assertThat(json).isEqualTo("\"" + d + "\"");
        }
    }

    @Test
    void aRowReadsBackAsJson() {
        // names as strings and as bytes, some longer than the buffer
        String json = written(16, out -> out.raw("{\"entry\":").number(12).raw(JsonBytes.ascii(",\"date\":")).date(LocalDate.of(2007, 8, 31))
                .raw(",\"description\":").string("Loyer « août »").raw(JsonBytes.ascii(",\"amount_in_canadian_dollars\":"))
                .decimal(new BigDecimal("-260.00")).raw(",\"a_name_longer_than_the_buffer\":").number(1).raw('}'));
        JsonNode row = JSON.readTree(json);
        assertThat(row.get("amount_in_canadian_dollars").decimalValue()).isEqualByComparingTo("-260.00");
        assertThat(row.get("a_name_longer_than_the_buffer").asInt()).isEqualTo(1);
        assertThat(row.get("entry").asLong()).isEqualTo(12);
        assertThat(row.get("date").asString()).isEqualTo("2007-08-31");
        assertThat(row.get("description").asString()).isEqualTo("Loyer « août »");
    }

    @Test
    void theLedgerDocumentReadsAsTheSameRowsWrittenByAJsonLibrary() throws Exception {
        record Row(long entry, LocalDate date, String description, String reference, String party, String amount) {}
        List<Row> rows = List.of(
                new Row(1, LocalDate.of(2004, 9, 1), "Facture F0010846 « Org0100 »", "F0010846", "Org \"0100\"", "53.03"),
                new Row(2, LocalDate.of(2004, 9, 2), "ligne\nsuivante\t\\ fin 🐜", null, null, "-182.24"),
                new Row(3, LocalDate.of(2004, 9, 3), "", "", "", "92233720368547758.07"),
                new Row(4, LocalDate.of(2004, 9, 4), "x", null, "p", "-92233720368547758.08"),
                new Row(5, LocalDate.of(2004, 9, 5), "y", "r", null, "0.01"));
        BigDecimal opening = new BigDecimal("-7.50");
        // a stream that reads strings as JDBC does, then the document by the byte writer
        LedgerStream stream = (account, first, last, open, sink) -> {
            LedgerPosting p = new LedgerPosting(open);
            for (Row r : rows) {
                p.next(r.entry(), r.date(), r.description(), r.reference(), r.party());
                p.amount(new BigDecimal(r.amount()));
                sink.accept(p);
            }
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        stream.writeJson(42, LocalDate.MIN, LocalDate.MAX, opening, "1200", "Actif:Comptes clients", bytes);

        // the same document built by the JSON library
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("account", "1200");
        doc.put("name", "Actif:Comptes clients");
        List<Map<String, Object>> out = new ArrayList<>();
        BigDecimal balance = opening;
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entry", r.entry());
            m.put("date", r.date().toString());
            m.put("description", r.description());
            if (r.reference() != null) m.put("reference", r.reference());
            if (r.party() != null) m.put("party", r.party());
            BigDecimal amount = new BigDecimal(r.amount());
            balance = balance.add(amount);
            m.put("amount", amount);
            m.put("balance", balance);
            out.add(m);
        }
        doc.put("rows", out);
        doc.put("opening", opening);
        String reference = JSON.writeValueAsString(doc);
        String written = bytes.toString(StandardCharsets.UTF_8);
        assertThat(JSON.readTree(written)).isEqualTo(JSON.readTree(reference));
        // numbers are written as the library writes them, not only read back alike
        assertThat(written).contains("\"amount\":53.03,\"balance\":45.53").contains("\"opening\":-7.50}");
    }
}
