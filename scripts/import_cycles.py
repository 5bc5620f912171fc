#!/usr/bin/env python3
"""Check that whosaid's modules import each other without cycles.

Each top-level module of the library (src/<m>.rs or src/<m>/) and each
module of the program (src/cli/<m>.rs) is a node; a `crate::X` (or, inside
src/cli, `super::X`) reference makes an edge. Stages must only look down the
pipeline, so any cycle is an error. Exit 1 and print the cycle if there is
one; print the module order otherwise.

Usage: scripts/import_cycles.py [SRC_DIR=src]
"""
import os
import re
import sys


def modules(src):
    nodes = {}
    for entry in sorted(os.listdir(src)):
        path = os.path.join(src, entry)
        if entry in ("main.rs", "lib.rs"):
            continue
        if entry == "cli":
            for f in sorted(os.listdir(path)):
                if f.endswith(".rs") and f != "mod.rs":
                    nodes["cli::" + f[:-3]] = [os.path.join(path, f)]
            continue
        name = entry[:-3] if entry.endswith(".rs") else entry
        if os.path.isdir(path):
            nodes[name] = [os.path.join(dp, f) for dp, _, fs in os.walk(path) for f in fs if f.endswith(".rs")]
        elif entry.endswith(".rs"):
            nodes[name] = [path]
    return nodes


def strip_tests(text):
    """Test modules may use anything; cut `#[cfg(test)] mod tests { … }`."""
    i = text.find("#[cfg(test)]")
    return text if i < 0 else text[:i]


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "src"
    nodes = modules(src)
    edges = {n: set() for n in nodes}
    lib = {n for n in nodes if not n.startswith("cli::")}
    for n, files in nodes.items():
        for f in files:
            text = strip_tests(open(f, encoding="utf-8").read())
            # Doc links name modules without depending on them.
            text = re.sub(r"//[^\n]*", "", text)
            for m in re.finditer(r"crate::(\w+)", text):
                if m.group(1) in lib and m.group(1) != n:
                    edges[n].add(m.group(1))
            if n.startswith("cli::"):
                for m in re.finditer(r"super::(\w+)", text):
                    t = "cli::" + m.group(1)
                    if t in nodes and t != n:
                        edges[n].add(t)
    state, order, stack = {}, [], []

    def visit(n):
        state[n] = 1
        stack.append(n)
        for t in sorted(edges[n]):
            if state.get(t) == 1:
                cyc = stack[stack.index(t):] + [t]
                print("import cycle: " + " -> ".join(cyc))
                sys.exit(1)
            if t not in state:
                visit(t)
        stack.pop()
        state[n] = 2
        order.append(n)

    for n in sorted(nodes):
        if n not in state:
            visit(n)
    print("no import cycles among %d modules; dependencies first: %s" % (len(nodes), " ".join(order)))


if __name__ == "__main__":
    main()
