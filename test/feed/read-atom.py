"""Reads an Atom feed (jekyll-feed's, as kiln generates it) with a real feed reader
(Debian's python3-feedparser).

Usage: /usr/bin/python3 test/feed/read-atom.py FEED.xml...
Checks: no bozo (parse) error, Atom 1.0, a title, and every entry comes through with its
title, an absolute link, an id and parsed published/updated dates. Prints "N passed, N failed".
"""
import re
import sys

import feedparser

passed = failed = 0


def check(name, ok):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL", name)


for path in sys.argv[1:]:
    raw = open(path, encoding="utf-8").read()
    feed = feedparser.parse(raw)
    check(f"{path}: no bozo error", not feed.bozo)
    check(f"{path}: Atom 1.0", feed.version == "atom10")
    check(f"{path}: has a title", bool(feed.feed.get("title")))
    check(f"{path}: every entry parsed", len(feed.entries) == len(re.findall(r"<entry[ >]", raw)) > 0)
    for i, entry in enumerate(feed.entries):
        where = f"{path}: entry {i + 1}"
        check(f"{where} title", bool(entry.get("title")))
        check(f"{where} absolute link", re.match(r"^https?://", entry.get("link", "")) is not None)
        check(f"{where} id", bool(entry.get("id")))
        check(f"{where} updated date", entry.get("updated_parsed") is not None)
        check(f"{where} published date", entry.get("published_parsed") is not None)

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
