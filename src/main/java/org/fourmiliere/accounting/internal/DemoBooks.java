package org.fourmiliere.accounting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.fourmiliere.accounting.NewEntry;
import org.fourmiliere.accounting.Side;
import org.fourmiliere.shared.Money;
import org.fourmiliere.shared.demo.DemoCast;

/**
 * The journal of the demo collective's fiscal year 2006–07 (September 1 → August 31), built from the statements
 * of seed 000 so that the books say, to the cent, what the annual report prints: every line of the income
 * statement over the year, and every line of the balance sheet at 2007-08-31.
 *
 * <p>Each line of the income statement is spread over the twelve months with {@link Money#allocate}, so the
 * monthly parts add back exactly to the printed figure; revenue peaks in March, then June, then November, as the
 * report observes. Around it runs the life of a small Québec collective: invoices to the cast's organisations
 * with GST and QST (paid weeks later into the bank, some through PayPal, the latest ones still owed at the year's
 * end), freelancers' and colocation bills paid the next month, a monthly payroll by role with its employer
 * charges and vacation-pay accrual, rent, telephone, bank fees, a VISA card, petty cash, PayPal emptied into the
 * bank each quarter (with the exchange loss), tax instalments, and old receivables written off as bad debts. The balances at the opening (2006-09-01) are the ones that lead there;
 * the chequing account is what balances them against retained earnings.
 *
 * <p>Two readings of the printed statements (see docs/accounting.md, "Demo books"): the revenue lines add up to
 * 216,367.83 $, not the 216,467.83 $ printed, so the year's profit is 13,330.82 $; and the printed totals of the
 * balance sheet (liabilities 20,629.13 $, equity 40,657.50 $) hold only if "CSST à payer" is a debit balance of
 * 770.05 $ (a credit with the CSST), which is how it is booked here. The equity printed as the year's profit,
 * 40,657.50 $, is read as the retained earnings at the opening, 27,326.68 $, plus the year's profit.
 *
 * <p>Deterministic: the same cast gives the same journal. Entry descriptions are the collective's own words in its
 * books, in French, like every journal it would import.
 */
final class DemoBooks {

    static final LocalDate FIRST_DAY = LocalDate.of(2006, 9, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2007, 8, 31);
    private static final YearMonth FIRST_MONTH = YearMonth.from(FIRST_DAY);
    static final int MONTHS = 12;

    /** Every line of the seed's income statement for the year: account code → amount (revenue and expenses positive). */
    static final Map<String, Money> INCOME_STATEMENT = amounts(
            "4001", "143246.64", "4002", "28518.36", "4003", "27209.61", "4004", "10257.22", "4005", "350.00",
            "4006", "5871.00", "4007", "695.00", "4008", "60.00", "4009", "60.00", "4010", "100.00",
            "5410", "7420.85", "5450", "644.67", "5460", "244.07", "5095", "5590.00",
            "5100", "11668.14", "5101", "13626.26", "5102", "32540.77", "5103", "15626.50", "5104", "2144.63",
            "5105", "4989.50", "5108", "1680.76", "5106", "3332.00", "5107", "860.00",
            "5310", "930.49", "5320", "1993.59", "5330", "36.35", "5340", "1229.23", "5350", "265.34", "5360", "1821.00",
            "5210", "53771.93", "5220", "14840.89", "5230", "2363.88", "5240", "4161.00",
            "5470", "1750.00", "5500", "14089.41", "5440", "925.33", "5480", "319.25", "5490", "5.99",
            "5420", "3138.36", "5430", "712.95", "5510", "144.50", "5520", "169.37");

    /**
     * Every line of the seed's balance sheet at {@link #LAST_DAY}: account code → balance, signed (debit positive,
     * so liabilities are negative). "CSST à payer" is a debit balance: see the class comment.
     */
    static final Map<String, Money> BALANCE_SHEET = amounts(
            "1010", "7199.80", "1020", "744.92", "1030", "344.62", "1200", "47519.31", "1300", "5477.98",
            "2010", "-7784.98", "2100", "-237.88", "2310", "-4959.75", "2320", "-6546.43", "2330", "-49.13",
            "2350", "770.05", "2400", "-1821.00", "2500", "-0.01");

    /** Retained earnings at the opening: the equity printed at the year's end less the year's profit. */
    static final Money RETAINED_EARNINGS = Money.cad("27326.68");

    /** The account of bad debts, the one line of expenses another module's demo part posts to (a write-off). */
    private static final String BAD_DEBTS = "5500";

    // ---------------------------------------------------------------- the opening's own facts

    /** Invoices of 2005–06 still owed at the opening: paid on a day of the year, or written off as bad debts. */
    private record OldInvoice(String client, String number, Money amount, LocalDate settled, boolean writtenOff) {}

    private static final List<OldInvoice> OLD_INVOICES = List.of(
            new OldInvoice("alternatives", "F0388", Money.cad("4380.55"), LocalDate.of(2006, 9, 14), false),
            new OldInvoice("labcmo", "F0392", Money.cad("3215.00"), LocalDate.of(2006, 9, 27), false),
            new OldInvoice("praxis", "F0395", Money.cad("2960.37"), LocalDate.of(2006, 10, 11), false),
            new OldInvoice("facil", "F0401", Money.cad("1845.10"), LocalDate.of(2006, 11, 8), false),
            new OldInvoice("cmaq", "F0369", Money.cad("5873.12"), LocalDate.of(2007, 2, 28), true),
            new OldInvoice("rcabm", "F0377", Money.cad("4906.20"), LocalDate.of(2007, 2, 28), true),
            new OldInvoice("fqccl", "F0384", Money.cad("3310.09"), LocalDate.of(2007, 8, 31), true));

    private static final Money OLD_FREELANCE_WEBDEV = Money.cad("2850.00");
    private static final Money OLD_FREELANCE_DESIGN = Money.cad("1120.00");
    private static final Money OLD_COLOCATION = Money.cad("652.40");
    private static final Money CARD_OPENING = Money.cad("184.27");
    /** GST and QST owed for 2005–06, paid with the annual return. */
    private static final Money GST_OPENING = Money.cad("4212.85"), QST_OPENING = Money.cad("5559.71");
    private static final Money VACATION_OPENING = Money.cad("1604.00");
    private static final Money PETTY_CASH_OPENING = Money.cad("500.00");
    private static final Money PAYPAL_OPENING = Money.cad("218.46");

    // ---------------------------------------------------------------- monthly shapes (September → August)

    /** Contract work: the peaks of the report, March, then June, then November. */
    private static final long[] PEAKS = {14, 16, 22, 15, 12, 16, 30, 17, 18, 25, 13, 11};
    private static final long[] DESIGN = {10, 12, 18, 12, 8, 12, 24, 14, 14, 20, 10, 8};
    private static final long[] CONSULTING = {6, 7, 9, 7, 6, 8, 12, 8, 8, 10, 6, 6};
    /** Hosting grows month after month. */
    private static final long[] HOSTING = {8, 8, 9, 9, 9, 10, 10, 10, 11, 11, 11, 12};
    /** Paid hours: fewer at Christmas, more from March 2007 (the single wage of 21.50 $ from 2007-03-13). */
    private static final long[] STEADY = {8, 8, 9, 7, 8, 8, 10, 10, 10, 10, 9, 9};
    private static final long[] EVEN = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    private static final long[] FOUR_EQUAL = {1, 1, 1, 1};

    private static final BigDecimal GST_RATE = new BigDecimal("0.06");
    private static final BigDecimal QST_RATE = new BigDecimal("0.075");
    /** Income tax, EI, QPP and QPIP withheld from the gross pay, roughly. */
    private static final BigDecimal WITHHELD = new BigDecimal("0.21");
    private static final BigDecimal PAYPAL_RATE = new BigDecimal("0.029");
    private static final Money PAYPAL_FIXED = Money.cad("0.30");

    private static final DateTimeFormatter MONTH_FR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.CANADA_FRENCH);

    private DemoBooks() {
    }

    /**
     * What is already in the books of the year when its journal is written: the postings of the other modules' demo
     * parts (the sales module's invoices, payments, credit note and write-off), as the signed sum (debit positive) of
     * an account's postings on a day.
     */
    record Posted(LocalDate day, String account, Money amount) {}

    /** The year's journal for this cast, in the order of the dates (the opening first), in books holding nothing else. */
    static List<NewEntry> journal(DemoCast cast) {
        return journal(cast, List.of());
    }

    /**
     * The year's journal for this cast that, added to what is {@code posted} already, makes the year's statements the
     * report's: what is posted counts towards each line (its revenue in its month, its bad debts in the month of an old
     * write-off, what it leaves owed towards the receivables, its taxes towards the instalments, its money towards the
     * bank, PayPal and petty cash), and the journal posts the rest. Refuses postings it cannot make room for (more
     * revenue in a month than the report's part, a bad debt in a month without an old one to reduce).
     */
    static List<NewEntry> journal(DemoCast cast, List<Posted> posted) {
        return new Year(cast, posted).build();
    }

    // ---------------------------------------------------------------- helpers with their own rules

    /** The twelve monthly parts of {@code total} in proportion to {@code weights}; they add back to the total. */
    static List<Money> spread(Money total, long... weights) {
        if (weights.length != MONTHS) throw new IllegalArgumentException("twelve weights expected, got " + weights.length);
        return total.allocate(weights);
    }

    /**
     * The unpaid part of each document (oldest first) when exactly {@code unpaid} is still owed and the latest
     * documents are the ones still owed: every document after the first one owed is owed in full, that one may be
     * owed in part, the earlier ones are paid.
     */
    static List<Money> unpaidParts(List<Money> amounts, Money unpaid) {
        Objects.requireNonNull(unpaid, "unpaid");
        if (unpaid.isNegative()) throw new IllegalArgumentException("A negative amount owed: " + unpaid);
        Money left = unpaid;
        List<Money> parts = new ArrayList<>(Collections.nCopies(amounts.size(), Money.zero(Money.CAD)));
        for (int i = amounts.size() - 1; i >= 0 && left.isPositive(); i--) {
            Money a = amounts.get(i);
            if (a.isNegative()) throw new IllegalArgumentException("A negative document: " + a);
            Money part = a.compareTo(left) <= 0 ? a : left;
            parts.set(i, part);
            left = left.minus(part);
        }
        if (left.isPositive()) throw new IllegalArgumentException("More owed (" + unpaid + ") than the documents' total");
        return List.copyOf(parts);
    }

    static Money gst(Money net) {
        return net.multipliedBy(GST_RATE, RoundingMode.HALF_UP);
    }

    /** QST of 2007: 7.5 % of the price with the GST. */
    static Money qst(Money net) {
        return net.plus(gst(net)).multipliedBy(QST_RATE, RoundingMode.HALF_UP);
    }

    private static Map<String, Money> amounts(String... codesAndAmounts) {
        Map<String, Money> m = new LinkedHashMap<>();
        for (int i = 0; i < codesAndAmounts.length; i += 2) m.put(codesAndAmounts[i], Money.cad(codesAndAmounts[i + 1]));
        return Collections.unmodifiableMap(m);
    }

    private static Money seed(String code) {
        return Objects.requireNonNull(INCOME_STATEMENT.get(code), code);
    }

    private static YearMonth month(int m) {
        return FIRST_MONTH.plusMonths(m);
    }

    /** That day of month {@code m}, or its last day if the month is shorter. */
    private static LocalDate day(int m, int dayOfMonth) {
        YearMonth ym = month(m);
        return ym.atDay(Math.min(dayOfMonth, ym.lengthOfMonth()));
    }

    private static String monthName(int m) {
        return MONTH_FR.format(month(m));
    }

    /** "de septembre 2006", "d'août 2007". */
    private static String ofMonth(int m) {
        return ofMonth(month(m));
    }

    private static String ofMonth(YearMonth month) {
        String name = MONTH_FR.format(month);
        return "aeiouy".indexOf(name.charAt(0)) >= 0 ? "d'" + name : "de " + name;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    // ---------------------------------------------------------------- the year

    /** The journal being written for one cast. */
    private static final class Year {

        private static final Money ZERO = Money.zero(Money.CAD);

        private final List<NewEntry> entries = new ArrayList<>();
        /** Cheques received, by the day they go to the bank. */
        private final Map<LocalDate, List<Cheque>> deposits = new TreeMap<>();
        /** Suppliers' bills to pay, by the day of the payment run. */
        private final Map<LocalDate, List<NewEntry.Line>> payments = new TreeMap<>();
        private final List<String> clients;
        private final DemoCast cast;
        /** What other modules posted in the year: account → day → signed sum. */
        private final Map<String, TreeMap<LocalDate, Money>> posted = new HashMap<>();
        /** The old invoices, those written off reduced by the bad debts already posted in their month. */
        private final List<OldInvoice> oldInvoices;
        private final String webdevFreelancer, designFreelancer, sysadminFreelancer, researchFreelancer;

        /** A cheque received: the account it settles (receivables, dues), from whom, and what it says on the deposit slip. */
        private record Cheque(String account, Money amount, String party, String memo) {}

        /** A sales invoice before it is numbered. */
        private record Invoice(LocalDate date, String client, Map<String, Money> revenue, boolean taxed) {
            Money net() {
                return revenue.values().stream().reduce(ZERO, Money::plus);
            }

            Money gst() {
                return taxed ? DemoBooks.gst(net()) : ZERO;
            }

            Money qst() {
                return taxed ? DemoBooks.qst(net()) : ZERO;
            }

            Money total() {
                return net().plus(gst()).plus(qst());
            }

            boolean throughPayPal(int number) {
                return number % 2 == 0 && (revenue.containsKey("4002") || revenue.containsKey("4007"));
            }
        }

        Year(DemoCast cast, List<Posted> alreadyPosted) {
            this.cast = cast;
            for (Posted p : alreadyPosted) {
                if (p.day().isBefore(FIRST_DAY) || p.day().isAfter(LAST_DAY)) {
                    throw new IllegalArgumentException("A posting outside fiscal year 2006-07: " + p);
                }
                posted.computeIfAbsent(p.account(), a -> new TreeMap<>()).merge(p.day(), p.amount(), Money::plus);
            }
            this.oldInvoices = lessBadDebtsPosted();
            this.clients = cast.organisations().stream().map(DemoCast.Organisation::name).toList();
            this.webdevFreelancer = freelancer("web-development");
            this.designFreelancer = freelancer("graphic-design");
            this.sysadminFreelancer = freelancer("system-administration");
            this.researchFreelancer = freelancer("contract-grant-research");
        }

        private String freelancer(String role) {
            return cast.workers().stream().filter(p -> "FREELANCE".equals(p.worker()) && p.roles().contains(role))
                    .map(DemoCast.Person::name).findFirst().orElse(null);
        }

        private String client(int n) {
            return clients.isEmpty() ? null : clients.get(Math.floorMod(n * 5 + 1, clients.size()));
        }

        private String organisation(String key) {
            return cast.organisation(key).map(DemoCast.Organisation::name).orElse(null);
        }

        List<NewEntry> build() {
            sales();
            dues();
            deposits();
            bills();
            paymentRuns();
            payroll();
            overheads();
            card();
            pettyCash();
            paypalTransfers();
            salesTaxes();
            vacationPay();
            bankFees();
            entries.sort(Comparator.comparing(NewEntry::date));
            entries.addFirst(opening());
            checkTheReport();
            return List.copyOf(entries);
        }

        // ------------------------------------------------------------ sales and receivables

        private void sales() {
            List<Invoice> drafts = new ArrayList<>();
            int n = 0;
            List<Money> webdev = ownRevenue("4001", PEAKS);
            List<Money> hosting = ownRevenue("4002", HOSTING);
            List<Money> design = ownRevenue("4003", DESIGN);
            List<Money> sysadmin = ownRevenue("4004", CONSULTING);
            List<Money> training = ownRevenue("4006", 0, 5, 0, 0, 0, 4, 6, 0, 4, 0, 0, 0);
            List<Money> domains = ownRevenue("4007", 2, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0);
            for (int m = 0; m < MONTHS; m++) {
                List<Money> w = webdev.get(m).allocate(5, 3, 2);
                for (int i = 0; i < w.size(); i++) drafts.add(invoice(day(m, 6 + 10 * i), client(n++), "4001", w.get(i)));
                List<Money> h = hosting.get(m).allocate(3, 2);
                for (int i = 0; i < h.size(); i++) drafts.add(invoice(day(m, 1 + 2 * i), client(n++), "4002", h.get(i)));
                List<Money> d = design.get(m).allocate(3, 2);
                for (int i = 0; i < d.size(); i++) drafts.add(invoice(day(m, 10 + 10 * i), client(n++), "4003", d.get(i)));
                drafts.add(invoice(day(m, 24), client(n++), "4004", sysadmin.get(m)));
                drafts.add(invoice(day(m, 18), client(n++), "4006", training.get(m)));
                drafts.add(invoice(day(m, 8), client(n++), "4007", domains.get(m)));
            }
            drafts.add(invoice(LocalDate.of(2007, 4, 12), organisation("alternatives"), "4005", ownRevenue("4005")));
            Map<String, Money> goods = new LinkedHashMap<>();
            goods.put("4008", ownRevenue("4008"));
            goods.put("4010", ownRevenue("4010"));
            drafts.add(new Invoice(LocalDate.of(2007, 1, 15), organisation("praxis"), goods, true));
            drafts.removeIf(i -> i.net().isZero());
            drafts.sort(Comparator.comparing(Invoice::date));

            List<Money> totals = drafts.stream().map(Invoice::total).toList();
            // what the other modules' invoices still owe at the year's end is part of the balance sheet's receivables
            List<Money> unpaid = unpaidParts(totals, BALANCE_SHEET.get("1200").minus(posted("1200")));
            int number = 412;
            for (int k = 0; k < drafts.size(); k++, number++) {
                Invoice inv = drafts.get(k);
                String ref = "F0" + number;
                List<NewEntry.Line> lines = new ArrayList<>();
                lines.add(debit("1200", inv.total(), null, inv.client()));
                inv.revenue().forEach((code, amount) -> lines.add(credit(code, amount, null, inv.client())));
                lines.add(credit("2310", inv.gst(), null, null));
                lines.add(credit("2320", inv.qst(), null, null));
                entry(inv.date(), "Facture " + ref + " — " + inv.client(), ref, lines);
                Money paid = inv.total().minus(unpaid.get(k));
                if (paid.isPositive()) {
                    LocalDate due = min(inv.date().plusDays(14 + 7L * (number % 4)), LAST_DAY);
                    receive(due, ref, inv.client(), paid, unpaid.get(k).isPositive(), inv.throughPayPal(number));
                }
            }
            for (OldInvoice old : oldInvoices) {
                String client = organisation(old.client());
                if (old.writtenOff()) {
                    entry(old.settled(), "Radiation de la facture " + old.number() + " (créance irrécouvrable)", old.number(),
                            List.of(debit("5500", old.amount(), null, client), credit("1200", old.amount(), null, client)));
                } else {
                    receive(old.settled(), old.number(), client, old.amount(), false, false);
                }
            }
        }

        private Invoice invoice(LocalDate date, String client, String account, Money net) {
            Map<String, Money> revenue = new LinkedHashMap<>();
            revenue.put(account, net);
            return new Invoice(date, client, revenue, true);
        }

        /**
         * A payment of an invoice received on {@code date}: through PayPal less its fee, or a cheque that goes to the
         * bank with the week's deposit.
         */
        private void receive(LocalDate date, String ref, String client, Money amount, boolean partial, boolean paypal) {
            if (paypal) {
                Money fee = amount.multipliedBy(PAYPAL_RATE, RoundingMode.HALF_UP).plus(PAYPAL_FIXED);
                entry(date, (partial ? "Paiement partiel de la facture " : "Paiement de la facture ") + ref + " (PayPal)", ref,
                        List.of(debit("1030", amount.minus(fee), null, client), debit("5440", fee, null, "PayPal"),
                                credit("1200", amount, null, client)));
            } else {
                cheque(date, new Cheque("1200", amount, client, partial ? ref + " (partiel)" : ref));
            }
        }

        /** A cheque goes to the bank on the Friday after it comes in (the year's last day at the latest). */
        private void cheque(LocalDate received, Cheque cheque) {
            LocalDate friday = min(received.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)), LAST_DAY);
            deposits.computeIfAbsent(friday, d -> new ArrayList<>()).add(cheque);
        }

        /** Members' dues, received by cheque (not taxable). */
        private void dues() {
            List<String> members = cast.persons().stream().filter(p -> p.worker() == null).map(DemoCast.Person::name).limit(3).toList();
            List<Money> parts = ownRevenue("4009").allocate(members.isEmpty() ? new long[] {1} : members.stream().mapToLong(p -> 1).toArray());
            for (int i = 0; i < parts.size(); i++) {
                cheque(LocalDate.of(2006, 9, 20).plusDays(12L * i),
                        new Cheque("4009", parts.get(i), members.isEmpty() ? null : members.get(i), "cotisation"));
            }
        }

        /** Each week's cheques in one deposit: the bank's total, and what each cheque settles. */
        private void deposits() {
            deposits.forEach((day, cheques) -> {
                List<NewEntry.Line> lines = new ArrayList<>();
                Money total = cheques.stream().map(Cheque::amount).reduce(ZERO, Money::plus);
                lines.add(debit("1010", total, null, null));
                for (Cheque c : cheques) lines.add(credit(c.account(), c.amount(), null, c.party()));
                String memo = String.join(", ", cheques.stream().map(Cheque::memo).toList());
                entry(day, "Dépôt de chèques : " + memo, null, lines);
            });
        }

        // ------------------------------------------------------------ bills and payables

        /**
         * Freelancers' and colocation bills, paid together on the 10th of the next month; August's are owed at the year's
         * end, so their amounts are set first (they add up to the payables of the balance sheet) and the rest of each
         * line is spread over September to July.
         */
        private void bills() {
            List<Money> colocation = spread(seed("5410"), 9, 9, 9, 10, 10, 10, 10, 10, 11, 11, 11, 11);
            Money colocationAugust = colocation.get(11).plus(gst(colocation.get(11))).plus(qst(colocation.get(11)));
            Money webdevAugust = Money.cad("2830.00");
            Money webdevAugustTotal = webdevAugust.plus(gst(webdevAugust)).plus(qst(webdevAugust));
            List<Money> rest = BALANCE_SHEET.get("2010").negate().minus(colocationAugust).minus(webdevAugustTotal).allocate(3, 2);
            Money designAugust = rest.get(0), miscAugust = rest.get(1);

            List<Money> webdev = withAugust(seed("5210"), webdevAugust, PEAKS);
            List<Money> design = withAugust(seed("5220"), designAugust, DESIGN);
            List<Money> training = spread(seed("5230"), 0, 5, 0, 0, 0, 4, 6, 0, 4, 0, 0, 0);
            List<Money> misc = withAugust(seed("5240"), miscAugust, 0, 0, 2, 0, 0, 1, 2, 0, 0, 2, 0);
            for (int m = 0; m < MONTHS; m++) {
                String when = monthName(m);
                bill(m, 1, "Colocation des serveurs, " + when, "5410", null, colocation.get(m), true, null);
                bill(m, 28, "Honoraires de pigiste, webdev, " + when, "5210", null, webdev.get(m), true, webdevFreelancer);
                bill(m, 28, "Honoraires de pigiste, graphisme, " + when, "5220", null, design.get(m), false, designFreelancer);
                bill(m, 27, "Honoraires de pigiste, formation, " + when, "5230", null, training.get(m), false, sysadminFreelancer);
                List<Money> m2 = misc.get(m).allocate(m == 11 ? new long[] {1, 0} : new long[] {3, 2});
                bill(m, 26, "Honoraires de pigiste, administration système, " + when, "5240", "SYSADMIN", m2.get(0), false,
                        sysadminFreelancer);
                bill(m, 26, "Honoraires de pigiste, recherche de subventions, " + when, "5240", null, m2.get(1), false,
                        researchFreelancer);
            }
            LocalDate september10 = LocalDate.of(2006, 9, 10);
            pay(september10, OLD_FREELANCE_WEBDEV, webdevFreelancer);
            pay(september10, OLD_FREELANCE_DESIGN, designFreelancer);
            pay(september10, OLD_COLOCATION, null);
        }

        /** The line's twelve months: August given, the rest spread over September to July by {@code weights}. */
        private static List<Money> withAugust(Money total, Money august, long... weights) {
            if (weights.length == MONTHS) weights = java.util.Arrays.copyOf(weights, MONTHS - 1);
            List<Money> parts = new ArrayList<>(total.minus(august).allocate(weights));
            parts.add(august);
            return parts;
        }

        private void bill(int m, int dayOfMonth, String description, String account, String department, Money net,
                          boolean taxed, String vendor) {
            if (net.isZero()) return;
            Money gst = taxed ? gst(net) : ZERO, qst = taxed ? qst(net) : ZERO;
            Money total = net.plus(gst).plus(qst);
            entry(day(m, dayOfMonth), description, null, List.of(debit(account, net, department, vendor), debit("2310", gst, null, null),
                    debit("2320", qst, null, null), credit("2010", total, null, vendor)));
            if (m < MONTHS - 1) pay(day(m + 1, 10), total, vendor);
        }

        private void pay(LocalDate date, Money amount, String vendor) {
            payments.computeIfAbsent(date, d -> new ArrayList<>()).add(debit("2010", amount, null, vendor));
        }

        /** The bills of a month paid together, on the 10th of the next. */
        private void paymentRuns() {
            payments.forEach((day, bills) -> {
                List<NewEntry.Line> lines = new ArrayList<>(bills);
                lines.add(credit("1010", bills.stream().map(NewEntry.Line::amount).reduce(ZERO, Money::plus), null, null));
                entry(day, "Paiement des factures de fournisseurs " + ofMonth(YearMonth.from(day).minusMonths(1)), null, lines);
            });
        }

        // ------------------------------------------------------------ payroll

        /**
         * The monthly payroll, by role: the gross pay on the role lines (system administration shared between hosting
         * and sysadmin contracts), the net pay and the deductions at source paid out of the bank; then the employer
         * charges, spread in proportion to each month's gross pay, with the CSST premium drawn on the credit the
         * collective holds with the CSST and the vacation pay accrued.
         */
        private void payroll() {
            Map<String, List<Money>> roles = new LinkedHashMap<>();
            roles.put("5095", spread(seed("5095"), 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0));
            roles.put("5100", spread(seed("5100"), STEADY));
            roles.put("5101", spread(seed("5101"), STEADY));
            roles.put("5102", spread(seed("5102"), STEADY));
            roles.put("5103", spread(seed("5103"), STEADY));
            roles.put("5104", spread(seed("5104"), 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1));
            roles.put("5105", spread(seed("5105"), STEADY));
            roles.put("5106", spread(seed("5106"), 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0));
            roles.put("5107", spread(seed("5107"), 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0));
            roles.put("5108", spread(seed("5108"), 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0));
            List<BigDecimal> gross = new ArrayList<>();
            for (int m = 0; m < MONTHS; m++) {
                Money g = ZERO;
                for (List<Money> parts : roles.values()) g = g.plus(parts.get(m));
                gross.add(g.amount());
            }
            Map<String, List<Money>> charges = new LinkedHashMap<>();
            for (String code : List.of("5310", "5320", "5340", "5350", "5330", "5360")) charges.put(code, seed(code).allocate(gross));

            for (int m = 0; m < MONTHS; m++) {
                LocalDate payday = day(m, 28);
                Money g = Money.cad(gross.get(m));
                Money withheld = g.multipliedBy(WITHHELD, RoundingMode.HALF_UP);
                List<NewEntry.Line> pay = new ArrayList<>();
                for (var role : roles.entrySet()) {
                    Money amount = role.getValue().get(m);
                    switch (role.getKey()) {
                        case "5102" -> pay.add(debit("5102", amount, "WEBDEV", null));
                        case "5107" -> pay.add(debit("5107", amount, "DESIGN", null));
                        case "5103" -> {
                            List<Money> split = amount.allocate(2, 1);
                            pay.add(debit("5103", split.get(0), "HOSTING", null));
                            pay.add(debit("5103", split.get(1), "SYSADMIN", null));
                        }
                        default -> pay.add(debit(role.getKey(), amount, null, null));
                    }
                }
                pay.add(credit("1010", g.minus(withheld), null, null));
                pay.add(credit("1010", withheld, null, "Revenu Québec et Receveur général"));
                entry(payday, "Paie " + ofMonth(m), null, pay);

                Money remitted = ZERO;
                List<NewEntry.Line> employer = new ArrayList<>();
                for (String code : List.of("5310", "5320", "5340", "5350")) {
                    Money c = charges.get(code).get(m);
                    employer.add(debit(code, c, null, null));
                    remitted = remitted.plus(c);
                }
                employer.add(credit("1010", remitted, null, "Revenu Québec et Receveur général"));
                employer.add(debit("5330", charges.get("5330").get(m), null, "CSST"));
                employer.add(credit("2350", charges.get("5330").get(m), null, "CSST"));
                employer.add(debit("5360", charges.get("5360").get(m), null, null));
                employer.add(credit("2400", charges.get("5360").get(m), null, null));
                entry(payday, "Charges sociales " + ofMonth(m), null, employer);
            }
        }

        /** The vacation pay accrued in 2005–06, paid out in the summer. */
        private void vacationPay() {
            entry(LocalDate.of(2007, 7, 13), "Versement des indemnités de vacances accumulées en 2005-2006", null,
                    List.of(debit("2400", VACATION_OPENING, null, null), credit("1010", VACATION_OPENING, null, null)));
        }

        // ------------------------------------------------------------ overheads

        private void overheads() {
            List<Money> rent = spread(seed("5420"), EVEN);
            List<Money> phone = spread(seed("5430"), EVEN);
            for (int m = 0; m < MONTHS; m++) {
                String when = monthName(m);
                entry(day(m, 1), "Loyer " + ofMonth(m), null, List.of(debit("5420", rent.get(m), null, null),
                        credit("1010", rent.get(m), null, null)));
                Money p = phone.get(m);
                Money total = p.plus(gst(p)).plus(qst(p));
                entry(day(m, 12), "Téléphone et Internet, " + when, null, List.of(debit("5430", p, null, null),
                        debit("2310", gst(p), null, null), debit("2320", qst(p), null, null), credit("1010", total, null, null)));
            }
            List<Money> ads = seed("5470").allocate(16, 19);
            advertising(LocalDate.of(2006, 11, 6), "Annonce dans un journal communautaire", ads.get(0));
            advertising(LocalDate.of(2007, 3, 5), "Impression de dépliants et d'affiches", ads.get(1));
            List<Money> permits = seed("5510").allocate(68, 221);
            entry(LocalDate.of(2006, 9, 15), "Droits annuels au registre des entreprises", null,
                    List.of(debit("5510", permits.get(0), null, null), credit("1010", permits.get(0), null, null)));
            entry(LocalDate.of(2007, 1, 22), "Adhésions à des regroupements", null,
                    List.of(debit("5510", permits.get(1), null, null), credit("1010", permits.get(1), null, null)));
        }

        private void advertising(LocalDate date, String description, Money net) {
            Money total = net.plus(gst(net)).plus(qst(net));
            entry(date, description, null, List.of(debit("5470", net, null, null), debit("2310", gst(net), null, null),
                    debit("2320", qst(net), null, null), credit("1010", total, null, null)));
        }

        /** Bank fees: what PayPal did not take, spread evenly and charged at each month's end. */
        private void bankFees() {
            Money paypal = sum("5440");
            List<Money> fees = spread(seed("5440").minus(paypal), EVEN);
            for (int m = 0; m < MONTHS; m++) {
                entry(YearMonth.from(day(m, 1)).atEndOfMonth(), "Frais bancaires " + ofMonth(m), null,
                        List.of(debit("5440", fees.get(m), null, null), credit("1010", fees.get(m), null, null)));
            }
        }

        /**
         * Domain names renewed on the VISA card; each month's charges paid on the 15th of the next, so the renewal of
         * August is what the card owes at the year's end.
         */
        private void card() {
            Money august = BALANCE_SHEET.get("2100").negate();
            List<Money> domains = withAugust(seed("5450"), august, 2, 0, 0, 1, 0, 1, 0, 2, 0, 1, 0);
            entry(LocalDate.of(2006, 9, 15), "Paiement de la carte VISA", null,
                    List.of(debit("2100", CARD_OPENING, null, null), credit("1010", CARD_OPENING, null, null)));
            for (int m = 0; m < MONTHS; m++) {
                Money d = domains.get(m);
                if (d.isZero()) continue;
                entry(day(m, 20), "Renouvellement de noms de domaine (carte VISA)", null,
                        List.of(debit("5450", d, null, null), credit("2100", d, null, null)));
                if (m < MONTHS - 1) {
                    entry(day(m + 1, 15), "Paiement de la carte VISA", null,
                            List.of(debit("2100", d, null, null), credit("1010", d, null, null)));
                }
            }
        }

        /** Small purchases out of the petty cash, topped up from the bank at each quarter's end. */
        private void pettyCash() {
            List<Money> supplies = seed("5480").allocate(3, 2, 3, 2);
            int[] suppliesMonths = {1, 4, 6, 9};
            for (int i = 0; i < supplies.size(); i++) {
                entry(day(suppliesMonths[i], 9), "Fournitures de bureau (petite caisse)", null,
                        List.of(debit("5480", supplies.get(i), null, null), credit("1020", supplies.get(i), null, null)));
            }
            List<Money> travel = seed("5460").allocate(2, 3, 2);
            int[] travelMonths = {2, 6, 9};
            for (int i = 0; i < travel.size(); i++) {
                entry(day(travelMonths[i], 16), "Frais de transport chez des clients (petite caisse)", null,
                        List.of(debit("5460", travel.get(i), null, null), credit("1020", travel.get(i), null, null)));
            }
            entry(LocalDate.of(2007, 2, 7), "Timbres (petite caisse)", null,
                    List.of(debit("5490", seed("5490"), null, null), credit("1020", seed("5490"), null, null)));
            for (LocalDate d : List.of(LocalDate.of(2006, 11, 30), LocalDate.of(2007, 2, 28), LocalDate.of(2007, 5, 31), LAST_DAY)) {
                Money target = d.equals(LAST_DAY) ? BALANCE_SHEET.get("1020") : Money.cad("750.00");
                Money topUp = target.minus(balance("1020", PETTY_CASH_OPENING, d));
                if (topUp.isPositive()) {
                    entry(d, "Renflouement de la petite caisse", null, List.of(debit("1020", topUp, null, null),
                            credit("1010", topUp, null, null)));
                } else if (topUp.isNegative()) {
                    entry(d, "Dépôt de l'excédent de la petite caisse", null, List.of(debit("1010", topUp.negate(), null, null),
                            credit("1020", topUp.negate(), null, null)));
                }
            }
        }

        /**
         * What PayPal holds (some clients pay in US dollars) goes to the bank at each quarter's end, a float of 200 $
         * kept (at the year's end, the balance sheet's); the exchange loss of the conversions is shared among the
         * transfers in proportion to their amounts.
         */
        private void paypalTransfers() {
            List<LocalDate> days = List.of(LocalDate.of(2006, 11, 30), LocalDate.of(2007, 2, 28), LocalDate.of(2007, 5, 31), LAST_DAY);
            List<Money> transfers = new ArrayList<>();
            Money transferred = ZERO;
            for (LocalDate d : days) {
                Money keep = d.equals(LAST_DAY) ? BALANCE_SHEET.get("1030") : Money.cad("200.00");
                Money transfer = balance("1030", PAYPAL_OPENING, d).minus(transferred).minus(keep);
                if (!transfer.isPositive()) throw new IllegalStateException("PayPal would have to be fed from the bank on " + d);
                transfers.add(transfer);
                transferred = transferred.plus(transfer);
            }
            List<Money> losses = seed("5520").allocate(transfers.stream().map(Money::amount).toList());
            for (int i = 0; i < days.size(); i++) {
                Money t = transfers.get(i), loss = losses.get(i);
                entry(days.get(i), "Virement de PayPal au compte chèque (conversion de dollars américains)", null,
                        List.of(debit("1010", t.minus(loss), null, null), debit("5520", loss, null, null), credit("1030", t, null, "PayPal")));
            }
        }

        // ------------------------------------------------------------ sales taxes

        /**
         * GST and QST: the balance owed for 2005–06 paid with the annual return in November, four equal instalments
         * during the year, so that what is owed at the year's end is the balance sheet's.
         */
        private void salesTaxes() {
            entry(LocalDate.of(2006, 11, 30), "Solde de TPS et de TVQ de l'exercice 2005-2006", null,
                    List.of(debit("2310", GST_OPENING, null, "Revenu Québec"), debit("2320", QST_OPENING, null, "Revenu Québec"),
                            credit("1010", GST_OPENING.plus(QST_OPENING), null, "Revenu Québec")));
            List<Money> gst = sum("2310").negate().plus(GST_OPENING).plus(BALANCE_SHEET.get("2310")).allocate(FOUR_EQUAL);
            List<Money> qst = sum("2320").negate().plus(QST_OPENING).plus(BALANCE_SHEET.get("2320")).allocate(FOUR_EQUAL);
            LocalDate[] days = {LocalDate.of(2006, 11, 30), LocalDate.of(2007, 2, 28), LocalDate.of(2007, 5, 31), LAST_DAY};
            for (int i = 0; i < days.length; i++) {
                entry(days[i], "Acompte provisionnel de TPS et de TVQ", null,
                        List.of(debit("2310", gst.get(i), null, "Revenu Québec"), debit("2320", qst.get(i), null, "Revenu Québec"),
                                credit("1010", gst.get(i).plus(qst.get(i)), null, "Revenu Québec")));
            }
        }

        // ------------------------------------------------------------ the opening

        /**
         * The balances at the opening: what the year's activity starts from (the old invoices and bills, the card,
         * the taxes owed for 2005–06, the vacation pay accrued, the credit with the CSST less this year's premiums,
         * the floats), against the retained earnings; the chequing account balances the entry.
         */
        private NewEntry opening() {
            List<NewEntry.Line> lines = new ArrayList<>();
            for (OldInvoice old : oldInvoices) lines.add(debit("1200", old.amount(), null, organisation(old.client())));
            lines.add(debit("1020", PETTY_CASH_OPENING, null, null));
            lines.add(debit("1030", PAYPAL_OPENING, null, null));
            lines.add(debit("1300", BALANCE_SHEET.get("1300"), null, null));
            lines.add(debit("2350", BALANCE_SHEET.get("2350").minus(sum("2350")), null, "CSST"));
            lines.add(credit("2010", OLD_FREELANCE_WEBDEV, null, webdevFreelancer));
            lines.add(credit("2010", OLD_FREELANCE_DESIGN, null, designFreelancer));
            lines.add(credit("2010", OLD_COLOCATION, null, null));
            lines.add(credit("2100", CARD_OPENING, null, null));
            lines.add(credit("2310", GST_OPENING, null, null));
            lines.add(credit("2320", QST_OPENING, null, null));
            lines.add(credit("2330", BALANCE_SHEET.get("2330").negate(), null, null));
            lines.add(credit("2400", VACATION_OPENING, null, null));
            lines.add(credit("2500", BALANCE_SHEET.get("2500").negate(), null, null));
            lines.add(credit("3100", RETAINED_EARNINGS, null, null));
            Money chequing = ZERO;
            for (NewEntry.Line l : lines) chequing = l.side() == Side.DEBIT ? chequing.minus(l.amount()) : chequing.plus(l.amount());
            if (!chequing.isPositive()) throw new IllegalStateException("The opening would overdraw the bank: " + chequing);
            lines.addFirst(debit("1010", chequing, null, null));
            return new NewEntry(FIRST_DAY, "Soldes d'ouverture de l'exercice 2006-2007", "OUV-2006", lines);
        }

        // ------------------------------------------------------------ what is posted already

        /** The signed sum (debit positive) of what is posted already to an account in the year. */
        private Money posted(String account) {
            return postedThrough(account, LAST_DAY);
        }

        private Money postedThrough(String account, LocalDate day) {
            TreeMap<LocalDate, Money> days = posted.get(account);
            if (days == null) return ZERO;
            return days.headMap(day, true).values().stream().reduce(ZERO, Money::plus);
        }

        private Money postedIn(String account, YearMonth month) {
            TreeMap<LocalDate, Money> days = posted.get(account);
            if (days == null) return ZERO;
            return days.subMap(month.atDay(1), true, month.atEndOfMonth(), true).values().stream().reduce(ZERO, Money::plus);
        }

        /** Revenue already posted to an account in a month (revenue is a credit: the negated signed sum). */
        private Money revenuePosted(String account, YearMonth month) {
            return postedIn(account, month).negate();
        }

        /**
         * The journal's own part of a revenue line month by month: the report's line spread by {@code weights}, less
         * the revenue posted already in each month.
         */
        private List<Money> ownRevenue(String account, long... weights) {
            List<Money> parts = new ArrayList<>(spread(seed(account), weights));
            for (int m = 0; m < MONTHS; m++) {
                Money own = parts.get(m).minus(revenuePosted(account, month(m)));
                if (own.isNegative()) {
                    throw new IllegalStateException("More revenue posted to " + account + " in " + month(m)
                            + " than the report's part of that month (" + parts.get(m) + ")");
                }
                parts.set(m, own);
            }
            return parts;
        }

        /** The journal's own part of a revenue line posted once in the year: the report's line less what is posted. */
        private Money ownRevenue(String account) {
            Money own = seed(account).plus(posted(account));
            if (own.isNegative()) throw new IllegalStateException("More revenue posted to " + account + " than the report's line");
            return own;
        }

        /**
         * The old invoices, each bad debt posted already taken off the old invoices written off in its month (the latest
         * first), an old invoice reduced to nothing dropped: the bad debts of the year stay the report's line.
         */
        private List<OldInvoice> lessBadDebtsPosted() {
            List<OldInvoice> out = new ArrayList<>(OLD_INVOICES);
            TreeMap<LocalDate, Money> days = posted.getOrDefault(BAD_DEBTS, new TreeMap<>());
            Map<YearMonth, Money> byMonth = new TreeMap<>();
            days.forEach((day, amount) -> byMonth.merge(YearMonth.from(day), amount, Money::plus));
            byMonth.forEach((month, amount) -> {
                if (amount.isNegative()) throw new IllegalStateException("Bad debts recovered in " + month + ": " + amount);
                Money left = amount;
                for (int i = out.size() - 1; i >= 0 && left.isPositive(); i--) {
                    OldInvoice old = out.get(i);
                    if (!old.writtenOff() || !YearMonth.from(old.settled()).equals(month)) continue;
                    Money part = old.amount().compareTo(left) <= 0 ? old.amount() : left;
                    out.set(i, new OldInvoice(old.client(), old.number(), old.amount().minus(part), old.settled(), true));
                    left = left.minus(part);
                }
                if (left.isPositive()) {
                    throw new IllegalStateException("Bad debts posted in " + month + " exceed the old invoices written off then by " + left);
                }
            });
            out.removeIf(old -> old.amount().isZero());
            return List.copyOf(out);
        }

        /**
         * The journal and what is posted already make the report, or the demo is not loaded: every line of the income
         * statement over the year and every balance at its end, to the cent.
         */
        private void checkTheReport() {
            Map<String, Money> year = new TreeMap<>();
            posted.forEach((account, days) -> days.values().forEach(a -> year.merge(account, a, Money::plus)));
            for (NewEntry e : entries) {
                for (NewEntry.Line l : e.lines()) {
                    year.merge(l.account(), l.side() == Side.DEBIT ? l.amount() : l.amount().negate(), Money::plus);
                }
            }
            Map<String, Money> expected = new TreeMap<>(BALANCE_SHEET);
            expected.put("3100", RETAINED_EARNINGS.negate());
            INCOME_STATEMENT.forEach((code, amount) -> expected.put(code, code.startsWith("4") ? amount.negate() : amount));
            java.util.Set<String> codes = new java.util.TreeSet<>(year.keySet());
            codes.addAll(expected.keySet());
            Map<String, String> differences = new TreeMap<>();
            for (String code : codes) {
                Money got = year.getOrDefault(code, ZERO), want = expected.getOrDefault(code, ZERO);
                if (got.compareTo(want) != 0) differences.put(code, got.amount().toPlainString() + " instead of " + want.amount().toPlainString());
            }
            if (!differences.isEmpty()) {
                throw new IllegalStateException("The demo's books would not be the annual report's: " + differences);
            }
        }

        // ------------------------------------------------------------ writing

        private void entry(LocalDate date, String description, String reference, List<NewEntry.Line> lines) {
            List<NewEntry.Line> kept = lines.stream().filter(l -> l.amount().isPositive()).toList();
            if (kept.size() < 2) return;
            entries.add(new NewEntry(date, description, reference, kept));
        }

        /** The signed sum (debit positive) of an account's lines written so far and posted already, the opening aside. */
        private Money sum(String account) {
            Money s = posted(account);
            for (NewEntry e : entries) s = s.plus(signed(e, account));
            return s;
        }

        /** The balance of an account at the end of a day, from its opening balance, the lines written so far and those posted already. */
        private Money balance(String account, Money opening, LocalDate at) {
            Money s = opening.plus(postedThrough(account, at));
            for (NewEntry e : entries) if (!e.date().isAfter(at)) s = s.plus(signed(e, account));
            return s;
        }

        private static Money signed(NewEntry e, String account) {
            Money s = ZERO;
            for (NewEntry.Line l : e.lines()) {
                if (l.account().equals(account)) s = l.side() == Side.DEBIT ? s.plus(l.amount()) : s.minus(l.amount());
            }
            return s;
        }

        private static NewEntry.Line debit(String account, Money amount, String department, String party) {
            return new NewEntry.Line(account, Side.DEBIT, amount, department, party);
        }

        private static NewEntry.Line credit(String account, Money amount, String department, String party) {
            return new NewEntry.Line(account, Side.CREDIT, amount, department, party);
        }
    }
}
