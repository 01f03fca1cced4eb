#!/usr/bin/env python3
"""Benchmark of the interactive view as a user runs it: the release binary under tmux at
200x60. Prints the time from launch until the first frame is on screen and from a key (`.`,
one exact step) until its answer is on screen, at 1e3, 1e6 and 1e8 steps; the time from `P`
until the first coarse (lr, μ) map and the whole 64x32 map of 1000-step runs are on screen; the CPU share
while paused and while playing (from /proc/PID/stat over a fixed wall-clock window); then
runs the in-process measurements of `descent-tui-bench` (first frame, keys, view time,
re-simulation).

usage: bench/tui.py [--build DIR] [--seconds S]      (after `swift build -c release`)"""
import argparse, os, re, shutil, statistics, subprocess, sys, tempfile, time

def tmux(sock, conf, *args, check=True):
    return subprocess.run(["tmux", "-L", sock, "-f", conf, *args], capture_output=True, text=True, check=check)

def cpu_seconds(pid):
    """utime + stime of pid and its threads, in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

def wait_for(sock, conf, name, text, deadline=10.0):
    end = time.perf_counter() + deadline
    while time.perf_counter() < end:
        if text in tmux(sock, conf, "capture-pane", "-p", "-t", name).stdout:
            return True
        time.sleep(0.002)
    return False

def session(binary, sock, conf, name, width=200, height=60, steps=None):
    """Launches descent in a new tmux session; returns the seconds until its first frame showed, and its pid."""
    start = time.perf_counter()
    command = binary + (f" rosenbrock --steps {steps}" if steps else "")
    tmux(sock, conf, "new-session", "-d", "-s", name, "-x", str(width), "-y", str(height),
         "-e", "LANG=C.UTF-8", "-e", "LC_ALL=C.UTF-8", command)
    if not wait_for(sock, conf, name, "? help"):
        sys.exit("descent did not draw a frame within 10 s")
    first_frame = time.perf_counter() - start
    pid = int(tmux(sock, conf, "display", "-p", "-t", name, "#{pane_pid}").stdout.strip())
    return first_frame, pid

def step_shown(sock, conf, name):
    match = re.search(r"step (\d+)/", tmux(sock, conf, "capture-pane", "-p", "-t", name).stdout)
    return int(match.group(1)) if match else None

def key_latency(sock, conf, name, presses=21):
    """Median seconds from sending `.` (paused) until the status line shows the next step."""
    tmux(sock, conf, "send-keys", "-t", name, "space")
    if not wait_for(sock, conf, name, "paused"):
        sys.exit("descent did not pause")
    times = []
    for _ in range(presses):
        before = step_shown(sock, conf, name)
        start = time.perf_counter()
        tmux(sock, conf, "send-keys", "-t", name, ".")
        while step_shown(sock, conf, name) != before + 1:
            if time.perf_counter() - start > 10:
                sys.exit("a step took more than 10 s")
            time.sleep(0.001)
        times.append(time.perf_counter() - start)
    return statistics.median(times)

def map_fill(sock, conf, name):
    """Seconds from `P` (Nesterov, the third run) until the map's coarse pass shows (the status
    line's `mapping` at 1% or more) and until the whole map shows (no `mapping` left)."""
    tmux(sock, conf, "send-keys", "-t", name, "space")
    if not wait_for(sock, conf, name, "paused"):
        sys.exit("descent did not pause")
    tmux(sock, conf, "send-keys", "-t", name, "3")
    start, coarse = time.perf_counter(), None
    tmux(sock, conf, "send-keys", "-t", name, "P")
    while time.perf_counter() - start < 30:
        screen = tmux(sock, conf, "capture-pane", "-p", "-t", name).stdout
        if "lr,μ map" in screen:
            progress = re.search(r"mapping \S+ (\d+)%", screen)
            if coarse is None and (progress is None or int(progress.group(1)) >= 1):
                coarse = time.perf_counter() - start
            if progress is None:
                return coarse, time.perf_counter() - start
        time.sleep(0.001)
    sys.exit("the map did not fill within 30 s")

def share(pid, seconds):
    c0, t0 = cpu_seconds(pid), time.perf_counter()
    time.sleep(seconds)
    return (cpu_seconds(pid) - c0) / (time.perf_counter() - t0)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=".build/release")
    ap.add_argument("--seconds", type=float, default=5)
    args = ap.parse_args()
    binary = os.path.abspath(os.path.join(args.build, "descent"))
    if not shutil.which("tmux"):
        sys.exit("tmux is needed")
    conf = tempfile.NamedTemporaryFile("w", suffix=".conf", delete=False)
    conf.write("set -g status off\nset -g default-terminal tmux-256color\nset -g escape-time 0\nset -g exit-empty off\n")
    conf.close()
    sock = f"descent-bench-{os.getpid()}"
    try:
        for steps in [1_000, 1_000_000, 100_000_000]:
            launches, keys = [], []
            for i in range(5):
                name = f"launch{steps}-{i}"
                first, _ = session(binary, sock, conf.name, name, steps=steps)
                launches.append(first)
                keys.append(key_latency(sock, conf.name, name))
                tmux(sock, conf.name, "kill-session", "-t", name)
            print(f"{steps} steps: first frame on screen {statistics.median(launches) * 1000:.0f} ms, "
                  f"'.' answered on screen {statistics.median(keys) * 1000:.0f} ms (medians of 5 launches; "
                  f"budget 100 ms and one frame, 33 ms; tmux's capture polling included)")
        coarse, whole = [], []
        for i in range(5):
            name = f"map-{i}"
            session(binary, sock, conf.name, name, steps=1000)
            c, w = map_fill(sock, conf.name, name)
            coarse.append(c)
            whole.append(w)
            tmux(sock, conf.name, "kill-session", "-t", name)
        print(f"P on 200x60, Nesterov, 1000 steps a cell: coarse map on screen {statistics.median(coarse) * 1000:.0f} ms "
              f"(budget 100 ms), the whole 64x32 map {statistics.median(whole) * 1000:.0f} ms (budget 1 s; medians of 5)")
        _, pid = session(binary, sock, conf.name, "cpu")
        playing = share(pid, args.seconds)
        tmux(sock, conf.name, "send-keys", "-t", "cpu", "space")
        time.sleep(0.2)
        paused = share(pid, args.seconds)
        print(f"CPU playing at the default speed, 200x60: {playing * 100:.1f}% of a core  (budget 15%)")
        print(f"CPU paused, 200x60: {paused * 100:.2f}% of a core  (budget 1%)")
    finally:
        tmux(sock, conf.name, "kill-server", check=False)
        os.unlink(conf.name)
    subprocess.run([os.path.join(args.build, "descent-tui-bench")], check=True)

main()
