#!/usr/bin/env python3
"""Writes ten years of sales as CSV files for PostgreSQL's COPY: customers, invoices with their line and taxes,
tax movements, payments (one or two per invoice) and what they settle. Deterministic (seeded).

    sales_load.py OUT_DIR [INVOICES] [PAYMENTS]
"""
import csv, os, random, sys
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

out = sys.argv[1]
n_invoices = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
n_payments = int(sys.argv[3]) if len(sys.argv) > 3 else 150_000
os.makedirs(out, exist_ok=True)
rnd = random.Random(2007)
first, days = date(2004, 9, 1), 3652
CENT = Decimal("0.01")

def gst(d):
    return Decimal("0.07") if d < date(2006, 7, 1) else Decimal("0.06") if d < date(2008, 1, 1) else Decimal("0.05")

def qst(d):
    return (Decimal("0.075") if d < date(2011, 1, 1) else Decimal("0.085") if d < date(2012, 1, 1)
            else Decimal("0.095") if d < date(2013, 1, 1) else Decimal("0.09975"))

def fiscal_year(d):
    return d.year + 1 if d >= date(d.year, 9, 1) else d.year

customers = 2000
with open(f"{out}/party.csv", "w", newline="") as f:
    w = csv.writer(f)
    for i in range(1, customers + 1):
        w.writerow([i, f"Client {i:04d}", rnd.choice(["NON_PROFIT", "INDIVIDUAL", "COMPANY"]), "QC", rnd.choice(["fr", "en"]),
                    f"client{i}@example.org", 30, "true", "false", "2004-09-01 00:00:00+00"])

# paid twice: enough invoices so that payments add up to n_payments; the last 2 % stay open
open_tail = n_invoices // 50
twice = max(0, n_payments - (n_invoices - open_tail))
dates = sorted(first + timedelta(days=rnd.randrange(days)) for _ in range(n_invoices))
seq, counters = {}, {}
pay_id = settle_id = move_id = 0
with open(f"{out}/document.csv", "w", newline="") as fd, open(f"{out}/line.csv", "w", newline="") as fl, \
     open(f"{out}/tax.csv", "w", newline="") as ft, open(f"{out}/movement.csv", "w", newline="") as fm, \
     open(f"{out}/payment.csv", "w", newline="") as fp, open(f"{out}/settlement.csv", "w", newline="") as fs:
    wd, wl, wt, wm, wp, ws = (csv.writer(x) for x in (fd, fl, ft, fm, fp, fs))
    for i, d in enumerate(dates, start=1):
        party = rnd.randrange(1, customers + 1)
        fy = fiscal_year(d)
        seq[fy] = seq.get(fy, 0) + 1
        number = f"F-{fy}-{seq[fy]:04d}"
        qty, price = rnd.randint(1, 40), Decimal(rnd.choice(["60.00", "65.00", "75.00", "120.00", "240.00"]))
        sub = (qty * price).quantize(CENT)
        g = (sub * gst(d)).quantize(CENT, ROUND_HALF_UP)
        qbase = sub + g if d < date(2013, 1, 1) else sub
        q = (qbase * qst(d)).quantize(CENT, ROUND_HALF_UP)
        total = sub + g + q
        due = d + timedelta(days=30)
        pays = []
        if i <= n_invoices - open_tail:
            p1 = d + timedelta(days=rnd.randint(5, 120))
            if i <= twice:
                half = (total / 2).quantize(CENT)
                pays = [(p1, half), (p1 + timedelta(days=rnd.randint(1, 60)), total - half)]
            else:
                pays = [(p1, total)]
        settled = sum((a for _, a in pays), Decimal("0"))
        settled_on = max(p for p, _ in pays).isoformat() if pays else ""
        wd.writerow([i, "INVOICE", number, party, d.isoformat(), due.isoformat(), "", "ISSUED", "fr", "QC", "false", "",
                     sub, g + q, total, settled, settled_on, "", "", "", "2004-09-01 00:00:00+00"])
        wl.writerow([i, 1, "Développement web", qty, "h", price, sub, "WEBDEV", "4001", "GST_QST", "", ""])
        wt.writerow([i, "GST", sub, gst(d), g])
        wt.writerow([i, "QST", qbase, qst(d), q])
        move_id += 1; wm.writerow([move_id, d.isoformat(), "GST", "COLLECTED", sub, g, i])
        move_id += 1; wm.writerow([move_id, d.isoformat(), "QST", "COLLECTED", qbase, q, i])
        for p, a in pays:
            pay_id += 1
            wp.writerow([pay_id, "RECEIVED", party, p.isoformat(), rnd.choice(["CHEQUE", "TRANSFER", "PAYPAL"]), a, "0.00",
                         f"chq {pay_id}", "", "2004-09-01 00:00:00+00"])
            settle_id += 1
            ws.writerow([settle_id, i, "PAYMENT", p.isoformat(), a, pay_id, "", ""])
with open(f"{out}/counter.csv", "w", newline="") as f:
    w = csv.writer(f)
    for fy, n in sorted(seq.items()):
        w.writerow(["INVOICE", fy, n + 1])
print(f"{n_invoices} invoices, {pay_id} payments, {customers} customers, years {min(seq)}-{max(seq)}")
