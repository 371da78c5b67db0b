#!/usr/bin/env python3
"""Writes the table of bench/results/summary.md: every figure beside its baseline, its ratio and its
aim, read from the results the other scripts of bench/ wrote in the same run (bench/run.sh).

usage: summary.py RESULTS_DIR CALLS_JSON
CALLS_JSON holds run.sh's own figures: one call (ms) and sustained calls per second."""

import json
import re
import sys


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def number(pattern, text, what):
    match = re.search(pattern, text, re.MULTILINE)
    if not match:
        sys.exit(f"summary.py: no {what} in the results (pattern {pattern!r})")
    return [float(g) for g in match.groups()]


def verdict(value, aim, at_most=True):
    met = value <= aim if at_most else value >= aim
    return "met" if met else "missed"


def main():
    results, calls_path = sys.argv[1], sys.argv[2]
    calls = json.loads(read(calls_path))
    startup = read(f"{results}/startup.md")
    cli = read(f"{results}/cli-large-body.md")
    parse = read(f"{results}/json-parse.md")
    floor = read(f"{results}/load-floor.md")
    gui = read(f"{results}/gui-large-body.md")
    rows = []

    def row(figure, ours, baseline, ratio, aim, met):
        rows.append(f"| {figure} | {ours} | {baseline} | {ratio} | {aim} | {met} |")

    offscreen, xcb = startup.split("### xcb")
    for name, part in (("offscreen", offscreen), ("on X (Xvfb)", xcb)):
        # Each row: median, mean, middle half, and the median of the ratios to the empty window within a turn.
        def start(command, what):
            return number(rf"^\| `{command}` \| ([0-9.]+) \| [0-9.]+ \| [0-9.]+ to [0-9.]+ \| ([0-9.]+) \|", part, what)

        empty, _ = start("empty QMainWindow", "empty window start-up")
        for who in ("first start", "returning user"):
            desk, ratio = start(f"zato-desk, {who}", f"zato-desk start-up ({who})")
            row(f"zato-desk start to first window, {name}, {who}", f"{desk:.1f} ms",
                f"empty QMainWindow {empty:.1f} ms", f"{ratio:.2f}", "1.3", verdict(ratio, 1.3))
        label, ratio = start("QMainWindow with one label", "one-label window start-up")
        row(f"For reference: a QMainWindow with one label, start to first window, {name}", f"{label:.1f} ms",
            f"empty QMainWindow {empty:.1f} ms", f"{ratio:.2f}", "", "")
        idle, returning, idle_label, idle_empty = number(
            r"zato-desk ([0-9.]+) MB \(first start\), ([0-9.]+) MB \(returning user\), [0-9.]+ MB \(--demo\);"
            r"\s+QMainWindow with one label ([0-9.]+) MB; empty QMainWindow ([0-9.]+) MB", part, "idle RSS")
        for who, value in (("first start", idle), ("returning user", returning)):
            row(f"zato-desk idle RSS, {name}, {who}", f"{value:.1f} MB", f"empty QMainWindow {idle_empty:.1f} MB",
                f"{value / idle_empty:.2f}", "under 40 MB", "met" if value < 40 else "missed")
        row(f"For reference: a QMainWindow with one label, idle RSS, {name}", f"{idle_label:.1f} MB",
            f"empty QMainWindow {idle_empty:.1f} MB", f"{idle_label / idle_empty:.2f}", "", "")

    for shape, label in (("records", "a list of records"), ("string", "one string")):
        # The row's cells: the body, the base revision's figures (whatever they say), then this one's.
        line = next((l for l in gui.splitlines() if l.startswith(f"| {shape}, ")), None)
        if line is None:
            sys.exit(f"summary.py: no window figures for {shape} in the results")
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        (body,) = number(r"^[a-z]+, ([0-9]+) bytes", cells[0], f"body size for {shape}")
        stall, rss = number(r"^[0-9.]+ ms, ([0-9.]+) ms, ([0-9.]+) MB", cells[2], f"window figures for {shape}")
        body_mb = body / 1048576
        row(f"{body_mb:.0f} MB response in the window ({label}): longest event-loop stall", f"{stall:.1f} ms", "",
            "", "at most 50 ms", verdict(stall, 50))
        row(f"{body_mb:.0f} MB response in the window ({label}): peak RSS", f"{rss:.0f} MB",
            f"the body, {body_mb:.0f} MB", f"{rss / body_mb:.2f}", "3", verdict(rss / body_mb, 3))

    for shape, label in (("records", "a list of records"), ("string", "one string")):
        zd_s, zd_mb, cl_s, cl_mb, t_ratio, m_ratio = number(
            rf"^\| {shape}, [0-9]+ bytes \| ([0-9.]+), ([0-9]+) \| ([0-9.]+), ([0-9]+) \| ([0-9.]+) \| ([0-9.]+) \|",
            cli, f"zato-invoke figures for {shape}")
        row(f"zato-invoke, 20 MB response ({label}): time", f"{zd_s:.3f} s", f"curl {cl_s:.3f} s",
            f"{t_ratio:.2f}", "2", verdict(t_ratio, 2))
        row(f"zato-invoke, 20 MB response ({label}): peak RSS", f"{zd_mb:.0f} MB",
            f"the body, 20 MB (curl {cl_mb:.0f} MB)", f"{m_ratio:.2f}", "2", verdict(m_ratio, 2))

    (doc,) = number(r"^\| zd::json::Document \(.*?\| [0-9.]+ \| ([0-9.]+) \|", parse, "document speed")
    (simd,) = number(r"^\| simdjson DOM parse only .*?\| [0-9.]+ \| ([0-9.]+) \|", parse, "simdjson speed")
    row("The document built over 20 MB of records", f"{doc:.0f} MB/s", f"simdjson's parse alone {simd:.0f} MB/s",
        f"{doc / simd:.2f}", "500 MB/s", verdict(doc, 500, at_most=False))

    zd_ms, loop_ms = number(r"^\| `zato-invoke --repeat.*?\| [0-9]+ \| ([0-9.]+) \|(?:.|\n)*?^\| bare QNetworkAccessManager loop.*?\| [0-9]+ \| ([0-9.]+) \|",
                            floor, "load mode figures")
    row("Load mode on one connection, time a call", f"{zd_ms:.3f} ms", f"bare QNetworkAccessManager loop {loop_ms:.3f} ms",
        f"{zd_ms / loop_ms:.2f}", "1.1", verdict(zd_ms / loop_ms, 1.1))

    one, curl, python = calls["one_ms"], calls["one_curl_ms"], calls["one_python_ms"]
    row("One call, process start to exit", f"zato-invoke {one:.1f} ms",
        f"curl {curl:.1f} ms, Python requests {python:.1f} ms", f"{one / curl:.2f} of curl", "", "")
    cps, wrk, py = calls["cps"], calls["cps_wrk"], calls["cps_python"]
    row("Sustained calls/s, 4 connections", f"zato-invoke --repeat {cps:.0f}/s",
        f"wrk {wrk:.0f}/s (the ceiling), Python Session {py:.0f}/s (1 connection)", f"{cps / wrk:.2f} of wrk", "", "")

    print("| Figure | Zato Desk | Baseline | Ratio | Aim | |")
    print("|:---|---:|:---|---:|:---|:---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
