#!/usr/bin/env python3
"""The home page as a browser loads it: the page, then all its blocks at once on kept-alive connections (as htmx
and a browser's six connections per host do); prints the wall time of whole views, from the page asked to the
last block received, p50/p95/p99 in ms. Usage: home_view.py BASE_URL COOKIE VIEWS PATH..."""
import http.client
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlparse

base, cookie, views, blocks = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
url = urlparse(base)


def connection():
    return http.client.HTTPConnection(url.hostname, url.port, timeout=30)


def get(conn, path, htmx):
    headers = {"Cookie": cookie}
    if htmx:
        headers["HX-Request"] = "true"
    conn.request("GET", path, headers=headers)
    r = conn.getresponse()
    r.read()
    if r.status != 200:
        raise SystemExit(f"{path}: HTTP {r.status}")


page = connection()
conns = [connection() for _ in blocks]
pool = ThreadPoolExecutor(max_workers=max(1, len(blocks)))
times = []
for i in range(views + 20):
    t0 = time.perf_counter()
    get(page, "/", False)
    list(pool.map(lambda cb: get(cb[0], cb[1], True), zip(conns, blocks)))
    if i >= 20:  # the first views warm the connections
        times.append((time.perf_counter() - t0) * 1000)
times.sort()
pick = lambda q: times[min(len(times) - 1, int(len(times) * q))]
print(f"whole page, blocks in parallel  views={len(times)} p50={pick(0.5):.1f} p95={pick(0.95):.1f} p99={pick(0.99):.1f}")
