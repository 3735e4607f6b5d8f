"""Reads the project's feed with a real feed reader (Debian's python3-feedparser).

Usage: /usr/bin/python3 test/feed/read-feed.py (Debian's Python, where the package lives) content/blog/feed.xml
Checks: no bozo (parse) error, RSS 2.0, and every item comes through with its title, an
absolute link and a parsed date. Prints "N passed, N failed".
"""
import re
import sys

import feedparser

path = sys.argv[1]
raw = open(path, encoding="utf-8").read()
feed = feedparser.parse(raw)
passed = failed = 0


def check(name, ok):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL", name)


check("no bozo error", not feed.bozo)
check("RSS 2.0", feed.version == "rss20")
check("every item parsed", len(feed.entries) == len(re.findall(r"<item>", raw)) and len(feed.entries) > 0)
for i, entry in enumerate(feed.entries):
    check(f"item {i + 1} title", bool(entry.get("title")))
    check(f"item {i + 1} absolute link", entry.get("link", "").startswith(("http://", "https://")))
    check(f"item {i + 1} date", entry.get("published_parsed") is not None)
    check(f"item {i + 1} content", bool(entry.get("summary")))
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
