#!/usr/bin/env python3
"""A year of time entries for the job-complexes benchmark: 50 workers, 400 task activities, 1,000,000 entries in 2009.

Each worker works every day of 2009 from 07:00 in back-to-back entries of 9 to 11 minutes on tasks drawn from their
own set of 40 tasks; 20,000 entries per worker. Writes time_entries.csv (the import's columns) and tasks.txt (the
400 activity codes). Deterministic (seed 16). Standard library only.
"""
import csv, datetime, random, sys, os

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/complexes-bench"
os.makedirs(out, exist_ok=True)
rnd = random.Random(16)
tasks = [f"tache-{i:03d}" for i in range(400)]
with open(os.path.join(out, "tasks.txt"), "w") as f:
    f.write("\n".join(tasks) + "\n")
per_worker = 20_000
days = 365
with open(os.path.join(out, "time_entries.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["worker", "activity", "kind", "start", "end", "billable"])
    for n in range(50):
        worker = f"travailleur{n:02d}"
        mine = rnd.sample(tasks, 40)
        left = per_worker
        for d in range(days):
            today = datetime.datetime(2009, 1, 1, 7, 0) + datetime.timedelta(days=d)
            count = left // (days - d)
            t = today
            for _ in range(count):
                length = datetime.timedelta(minutes=rnd.randint(9, 11))
                w.writerow([worker, rnd.choice(mine), rnd.choice(["paid", "paid", "paid", "volunteer"]),
                            t.strftime("%Y-%m-%dT%H:%M"), (t + length).strftime("%Y-%m-%dT%H:%M"), "no"])
                t += length
            left -= count
print(f"wrote {out}/time_entries.csv (1,000,000 entries) and tasks.txt")
