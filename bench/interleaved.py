#!/usr/bin/env python3
"""Commands timed in turns, not one after the other: each round runs every command once, in an order
shuffled anew each round (from a fixed seed, so a rerun takes the same orders), so a machine that
slows down or speeds up for a while weighs on every command alike, and no command always follows
the same one. Reported: each command's median, mean and middle half; with --pairs, for each
(before, after) pair of commands the differences within a round; with --baseline NAME, each
command's median ratio to that command within a round.

usage: interleaved.py [--runs N] [--warmup N] [--pairs | --baseline NAME] [--raw FILE] --markdown FILE
                      NAME=COMMAND ...
--raw writes every time, in ms, by command, as JSON.
"""
import argparse
import json
import os
import random
import shlex
import statistics
import subprocess
import sys
import time


def run_once(argv):
    started = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - started) * 1000.0


def quartiles(values):
    q = statistics.quantiles(values, n=4)
    return q[0], q[2]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--markdown", required=True)
    parser.add_argument("--pairs", action="store_true", help="the commands are (before, after) pairs")
    parser.add_argument("--baseline", help="the NAME each command is compared with")
    parser.add_argument("--raw", help="where to write every time, as JSON")
    parser.add_argument("commands", nargs="+", help="NAME=COMMAND")
    args = parser.parse_args()
    named = [c.split("=", 1) for c in args.commands]
    if any(len(n) != 2 for n in named) or (args.pairs and len(named) % 2):
        sys.exit("interleaved.py: give NAME=COMMAND arguments, in (before, after) pairs with --pairs")
    names = [n for n, _ in named]
    if args.baseline is not None and args.baseline not in names:
        sys.exit(f"interleaved.py: no command is named {args.baseline}")
    argvs = [shlex.split(c) for _, c in named]
    for argv in argvs:
        for _ in range(args.warmup):
            run_once(argv)
    times = [[] for _ in argvs]
    shuffler = random.Random(19)
    for r in range(args.runs):
        order = list(range(len(argvs)))
        shuffler.shuffle(order)
        for i in order:
            times[i].append(run_once(argvs[i]))
        print(f"\rround {r + 1}/{args.runs}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)

    base = names.index(args.baseline) if args.baseline is not None else None
    header = "| Command | Median [ms] | Mean [ms] | Middle half [ms] |"
    rule = "|:---|---:|---:|---:|"
    if base is not None:
        header += f" Ratio to {names[base]} (median within a round) |"
        rule += "---:|"
    lines = [header, rule]
    for i, (name, t) in enumerate(zip(names, times)):
        low, high = quartiles(t)
        line = f"| `{name}` | {statistics.median(t):.1f} | {statistics.mean(t):.1f} | {low:.1f} to {high:.1f} |"
        if base is not None:  # the median of the ratios within a round
            line += f" {statistics.median(a / b for a, b in zip(t, times[base])):.2f} |"
        lines.append(line)
    if base is not None:
        lines.append("")
        lines.append(f"Each ratio is the median of the {args.runs} ratios within a round, not the ratio of the medians.")
    if args.pairs:
        lines.append("")
        lines.append(f"Paired within each of the {args.runs} rounds (after minus before):")
        lines.append("")
        for i in range(0, len(names), 2):
            diffs = [a - b for b, a in zip(times[i], times[i + 1])]
            faster = sum(1 for d in diffs if d < 0)
            low, high = quartiles(diffs)
            lines.append(f"- `{names[i + 1]}` against `{names[i]}`: median {statistics.median(diffs):+.1f} ms "
                         f"(middle half {low:+.1f} to {high:+.1f}); after faster in {faster} of {len(diffs)} "
                         "rounds.")
    if args.raw:
        with open(args.raw, "w", encoding="utf-8") as out:
            json.dump({name: [round(t, 3) for t in ts] for name, ts in zip(names, times)}, out, indent=1)
    text = "\n".join(lines) + "\n"
    with open(args.markdown, "w", encoding="utf-8") as out:
        out.write(text)
    sys.stdout.write(text)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
