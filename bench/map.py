#!/usr/bin/env python3
"""Benchmark of `descent map` as a user runs it, against the C reference run once per cell in
one process (../shared/bench/ref_rosen.c, Nesterov on Rosenbrock from (-1.5, 2), one core).
The map: Nesterov on Rosenbrock, 128x64 cells of (lr, momentum) x 1000 steps (8.19M steps),
end to end (launch, simulation on all cores, CSV). Prints each side's median wall time and
throughput over interleaved runs, and the median of the pairwise throughput ratios
(descent / C; the budget is >= 2). On a busy machine wall times mean little; the CPU
seconds each side spent (user + system, all threads) then tell how each uses a core.

usage: bench/map.py [--binary PATH] [--ref PATH/TO/ref_rosen.c] [--runs N]
                    (after `swift build -c release`)"""
import argparse, os, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def timed(cmd):
    """Wall seconds and CPU seconds of one child process, its output discarded; exits on failure."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed ({os.waitstatus_to_exitcode(status)}): {' '.join(cmd)}\n{err.decode(errors='replace')}")
    return elapsed, usage.ru_utime + usage.ru_stime

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "descent"))
    ap.add_argument("--ref", default=os.path.join(ROOT, "..", "shared", "bench", "ref_rosen.c"))
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    work = tempfile.mkdtemp()
    ref = os.path.join(work, "ref_rosen")
    subprocess.run(["cc", "-O2", "-o", ref, args.ref], check=True)
    width, height, steps = 128, 64, 1000
    total = width * height * steps
    descent = [args.binary, "map", os.path.join(ROOT, "scenarios", "rosenbrock.yaml"), "--run", "nesterov",
               "--over", "lr,momentum", "--lr", "1e-5:1e-3", "--momentum", "0:0.9",
               "--grid", f"{width}x{height}", "--steps", str(steps), "--csv", os.path.join(work, "map.csv")]
    c = [ref, str(steps), str(width * height)]
    ours, theirs = [], []
    for _ in range(args.runs):
        ours.append(timed(descent))
        theirs.append(timed(c))
    ratio = statistics.median(t[0] / o[0] for o, t in zip(ours, theirs))
    a, b = (statistics.median(w for w, _ in side) for side in (ours, theirs))
    ca, cb = (statistics.median(cpu for _, cpu in side) for side in (ours, theirs))
    print(f"map {width}x{height} x {steps} steps ({total / 1e6:.2f}M steps), median of {args.runs} interleaved runs:")
    print(f"  descent map, end to end: {a:.3f} s  ({total / a / 1e6:.0f}M steps/s, {os.cpu_count()} cores), CPU {ca:.3f} s")
    print(f"  C reference, one core:   {b:.3f} s  ({total / b / 1e6:.0f}M steps/s), CPU {cb:.3f} s")
    print(f"  throughput ratio descent/C: {ratio:.2f}  (budget >= 2); CPU per step, C/descent: {cb / ca:.2f}")

main()
