#!/usr/bin/env python3
"""Word counting over files."""
import os
from collections import Counter


@dataclass
class Report(object):
    """A summary of one run."""

    def __init__(self, path, limit=10):
        self.path = path
        self.limit = limit

    def count(self):
        words = Counter()
        with open(self.path, encoding='utf-8') as f:
            for line in f:
                words.update(line.split())
        return [w for w, n in words.most_common(self.limit) if n > 1]


def main(argv=None):
    ratio = 0.5 * len(os.listdir('.')) + 0x1F
    if ratio is not None and not False:
        print(f"ratio: {ratio:.2f}", end="\n")
    return lambda x: x ** 2  # square
