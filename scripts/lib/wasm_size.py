"""Groups twiggy's `top` (CSV) by crate and by module of this crate (scripts/wasm-size)."""
import collections
import csv
import re
import sys

rows = list(csv.DictReader(open(sys.argv[1])))
top = int(sys.argv[2])
total = sum(int(r["ShallowSize"]) for r in rows)
by_crate = collections.Counter()
by_module = collections.Counter()
functions = []
for r in rows:
    name, size = r["Name"], int(r["ShallowSize"])
    if name.startswith("data["):
        key = "data (strings, tables)"
    elif "function names" in name or name.startswith("custom section"):
        key = "names and custom sections (not in the served file)"
    else:
        # The crate a function belongs to: the first path in its name, skipping the
        # drop_in_place / trait-impl wrappers the compiler puts around it.
        m = re.search(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::", name)
        key = m.group(1) if m else "(unnamed: closures, shims)"
        if key == "ni_record_check":
            mm = re.search(r"ni_record_check::(\w+(?:::\w+)?)", name)
            by_module[mm.group(1) if mm else name[:40]] += size
        functions.append((size, name))
    by_crate[key] += size


def table(title, counter, n):
    print(title)
    for key, size in counter.most_common(n):
        print(f"{size:>9,} {100 * size / total:5.1f}%  {key}")
    print()


print(f"{total:,} bytes in all (twiggy, after wasm-bindgen, before wasm-opt)\n")
table("By crate (shallow bytes)", by_crate, top)
table("This crate, by module", by_module, top)
print(f"Largest {top} functions")
for size, name in sorted(functions, reverse=True)[:top]:
    print(f"{size:>9,}  {name[:110]}")
