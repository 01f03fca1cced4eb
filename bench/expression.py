#!/usr/bin/env python3
"""Benchmark of a typed function against the built-in it types: one run of 10M Nesterov
steps on `expr: "(1 - x)^2 + 100*(y - x^2)^2"` and on the built-in `rosenbrock`, end to end
with the release binary (`--headless`, `--every` = steps), interleaved, several times. Prints
each one's median wall and CPU time and the ratio of the medians (the aim is at most 3x), at
two lrs: 2e-4, where the run converges and then sits at a fixed point that descent passes over
(as it does in the CSV benchmark), and 1e-7, where it is still on its way after 10M steps, so
every step is taken and the ratio is the tape's cost against the built-in's formula.

usage: bench/expression.py [--build DIR] [--runs N] [--steps S]      (after `swift build -c release`)"""
import argparse, os, statistics, subprocess, sys, tempfile, time

SCENARIO = """name: {name}
landscape: {landscape}
steps: {steps}
runs:
  - {{optimizer: nesterov, lr: {lr}, momentum: 0.9, start: [-1.5, 2]}}
"""

LANDSCAPES = {
    "typed": '{expr: "(1 - x)^2 + 100*(y - x^2)^2", minima: [[1, 1]]}',
    "built-in": "rosenbrock",
}

def run(binary, scenario, steps):
    """Wall and CPU seconds (user + system) of one headless run."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [binary, scenario, "--headless", "--csv", os.devnull, "--every", str(steps)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{binary} {scenario} ended with status {status}")
    return wall, usage.ru_utime + usage.ru_stime

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=".build/release")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--steps", type=int, default=10_000_000)
    args = parser.parse_args()
    binary = os.path.join(args.build, "descent")
    for lr, what in [(0.0002, "lr 2e-4: converges, then passed over at its fixed point"),
                     (1e-7, "lr 1e-7: every step taken")]:
        print(what)
        measure(binary, args, lr)

def measure(binary, args, lr):
    times = {name: [] for name in LANDSCAPES}
    with tempfile.TemporaryDirectory() as directory:
        scenarios = {}
        for name, landscape in LANDSCAPES.items():
            scenarios[name] = os.path.join(directory, f"{name}.yaml")
            with open(scenarios[name], "w") as f:
                f.write(SCENARIO.format(name=name, landscape=landscape, steps=args.steps, lr=lr))
        for _ in range(args.runs):
            for name in LANDSCAPES:
                times[name].append(run(binary, scenarios[name], args.steps))
    medians = {}
    for name, samples in times.items():
        wall = statistics.median(w for w, _ in samples)
        cpu = statistics.median(c for _, c in samples)
        medians[name] = (wall, cpu)
        print(f"  {name:9} wall {wall:.3f} s  cpu {cpu:.3f} s  (cpu {min(c for _, c in samples):.3f}-"
              f"{max(c for _, c in samples):.3f} over {len(samples)} runs)")
    typed, builtIn = medians["typed"], medians["built-in"]
    print(f"  ratio     wall {typed[0] / builtIn[0]:.2f}x  cpu {typed[1] / builtIn[1]:.2f}x  (aim: at most 3x)")

main()
