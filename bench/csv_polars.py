#!/usr/bin/env python3
"""descent's whole headless run, writing a CSV file, against polars writing the same rows.

NEEDS polars (and numpy), which descent does not: this is a benchmark, not part of the tests.
Install them outside the checkout, e.g.
    python3 -m venv /work/venv-polars && /work/venv-polars/bin/pip install polars numpy
and run this script with that Python.

It runs `descent rosenbrock-4x.yaml --headless --steps 250000 --csv FILE` (4 runs x 250,001
rows, every row) once to get the rows, reads that CSV back into a polars DataFrame (so the
values are descent's own), then times, interleaved, polars' `DataFrame.write_csv` of the frame
already in memory and descent's whole run (simulation, formatting and writing) to a file.
It prints the median wall time of each and the median of the pairwise ratios descent/polars:
at most 1.0 is the budget of DESIGN.md. Both write to files in the same temporary directory.

usage: /work/venv-polars/bin/python bench/csv_polars.py PATH/TO/descent [--runs N] [--scenario YAML]
(after `swift build -c release`; the scenario defaults to ../shared/bench/rosenbrock-4x.yaml)"""
import argparse, os, resource, statistics, subprocess, sys, tempfile, time

try:
    import polars as pl
except ImportError:
    sys.exit("csv_polars.py needs polars: pip install polars numpy (in a venv outside the checkout)")

HERE = os.path.dirname(os.path.abspath(__file__))
SCENARIO = os.path.join(HERE, "..", "..", "shared", "bench", "rosenbrock-4x.yaml")
STEPS = 250_000

def descent_run(descent, scenario, path):
    """Wall and CPU seconds (user + system, all threads) of one whole headless run writing
    its CSV to `path`."""
    cmd = [descent, scenario, "--headless", "--steps", str(STEPS), "--csv", path]
    with open(os.devnull, "wb") as null:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=null, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        err = p.stderr.read().decode(errors="replace")
        p.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed ({os.waitstatus_to_exitcode(status)}): {' '.join(cmd)}\n{err}")
    return wall, usage.ru_utime + usage.ru_stime

def polars_write(frame, path):
    """Wall and CPU seconds of `write_csv` of a frame already in memory."""
    before = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    frame.write_csv(path)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_SELF)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("descent")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--scenario", default=SCENARIO)
    args = ap.parse_args()
    work = tempfile.mkdtemp()
    ours, theirs = os.path.join(work, "descent.csv"), os.path.join(work, "polars.csv")

    descent_run(args.descent, args.scenario, ours)
    # Every column as descent wrote it: text stays text, numbers are read back exactly.
    frame = pl.read_csv(ours, infer_schema_length=None)
    print(f"rows: {frame.height} x {frame.width} columns, {os.path.getsize(ours) / 2**20:.1f} MiB from descent; "
          f"polars {pl.__version__}, {os.cpu_count()} cores")

    walls_descent, walls_polars, ratios, cpu_descent, cpu_polars = [], [], [], [], []
    for _ in range(args.runs):
        d, dc = descent_run(args.descent, args.scenario, ours)
        p, pc = polars_write(frame, theirs)
        walls_descent.append(d); walls_polars.append(p); ratios.append(d / p)
        cpu_descent.append(dc); cpu_polars.append(pc)
    print(f"polars write_csv (rows in memory): {statistics.median(walls_polars):.3f} s wall, "
          f"{statistics.median(cpu_polars):.3f} s CPU")
    print(f"descent whole run (simulate, format, write): {statistics.median(walls_descent):.3f} s wall, "
          f"{statistics.median(cpu_descent):.3f} s CPU")
    print(f"ratio descent/polars: {statistics.median(ratios):.2f} (range {min(ratios):.2f}-{max(ratios):.2f}; budget <= 1.0)")
    print("(on a loaded machine the wall times mostly measure waiting for a core; CPU seconds "
          "say how much work each does, the wall ratio on an idle machine is the budget's)")
    print(f"file sizes: descent {os.path.getsize(ours) / 2**20:.1f} MiB, polars {os.path.getsize(theirs) / 2**20:.1f} MiB")

main()
