#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up benchmark: the app against a hello-world baseline, both run in the same run.

For every run the baseline and the app are started one after the other (the order flips from run
to run), so that both share the same machine noise. Each start is timed from spawn until the
program prints the line "first frame" (both are started with --quit-on-first-frame, print that
line on their window's first QQuickWindow::frameSwapped and exit 0). The peak RSS of the child
comes from os.wait4 (ru_maxrss, KiB on Linux).

Run 1 is the cold start: the app gets a fresh, empty --data-dir (it installs its bundled content
there) and both programs get fresh, empty XDG cache/config/data folders (no QML or shader cache).
Runs 2..N are warm: the same data dir and XDG folders are reused. Before run 1 each program is
started once, untimed, with throwaway folders (--warmup), so that run 1 measures a first launch
of the program and not the disk reading its shared libraries for the first time.

The table shows median and p90 (nearest rank) of the warm runs, the cold run on its own, and the
ratio app/baseline. The target is: app warm median time to first frame <= 1.5x the baseline's.
Missing the target does not fail the script (timings are noisy; this is a report, not a test);
a program that does not start, does not print "first frame" within the timeout or does not exit
0 does (exit status 1).

Standard library only.
"""

import argparse
import datetime
import math
import os
import selectors
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

FIRST_FRAME = b"first frame"
TARGET_RATIO = 1.5


class RunError(Exception):
    pass


@dataclass
class Sample:
    seconds: float  # spawn until the "first frame" line was read
    maxrss_kib: int  # peak resident set size of the child


@dataclass
class Program:
    name: str
    argv: list
    env: dict
    samples: list


def _stderr_tail(path, lines=15):
    try:
        with open(path, "rb") as f:
            text = f.read().decode("utf-8", "replace")
    except OSError:
        return ""
    tail = text.strip().splitlines()[-lines:]
    return "\n".join("    " + line for line in tail)


def run_once(name, argv, env, timeout, stderr_path):
    """Starts argv, returns a Sample; raises RunError if it fails to start, stays silent or fails."""
    with open(stderr_path, "wb") as err:
        t0 = time.perf_counter()
        try:
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err,
                                    env=env, close_fds=True)
        except OSError as e:
            raise RunError(f"{name}: failed to start {argv[0]}: {e}") from e
    deadline = t0 + timeout
    fd = proc.stdout.fileno()
    first = None
    status = None  # set once the child is reaped
    rusage = None
    try:
        with selectors.DefaultSelector() as sel:
            sel.register(fd, selectors.EVENT_READ)
            pending = b""
            open_ = True
            # Read stdout until the line shows up (or EOF, or the timeout).
            while first is None and open_:
                remaining = deadline - time.perf_counter()
                if remaining <= 0:
                    break
                if not sel.select(remaining):
                    continue
                chunk = os.read(fd, 65536)
                now = time.perf_counter()
                if not chunk:
                    open_ = False
                    sel.unregister(fd)
                    break
                lines = (pending + chunk).split(b"\n")
                pending = lines.pop()
                if any(line.strip() == FIRST_FRAME for line in lines):
                    first = now - t0
            if first is None:
                why = "closed its output" if not open_ else f"timed out after {timeout:g} s"
                raise RunError(f"{name}: never printed '{FIRST_FRAME.decode()}' ({why})\n"
                               f"  command: {' '.join(argv)}\n{_stderr_tail(stderr_path)}")
            # Then wait for the exit, draining stdout so the child never blocks on a full pipe.
            exit_deadline = max(deadline, time.perf_counter() + 5.0)
            while True:
                pid, wstatus, wusage = os.wait4(proc.pid, os.WNOHANG)
                if pid != 0:
                    status, rusage = wstatus, wusage
                    break
                if time.perf_counter() > exit_deadline:
                    raise RunError(f"{name}: printed '{FIRST_FRAME.decode()}' but did not exit\n"
                                   f"  command: {' '.join(argv)}")
                if open_:
                    for _key, _events in sel.select(0.01):
                        if not os.read(fd, 65536):
                            open_ = False
                            sel.unregister(fd)
                else:
                    time.sleep(0.005)
    finally:
        if status is None:
            # Failed or interrupted: do not leave the child behind.
            try:
                proc.kill()
            except OSError:
                pass
            proc.wait()
        else:
            proc.returncode = os.waitstatus_to_exitcode(status)
        proc.stdout.close()
    if proc.returncode != 0:
        raise RunError(f"{name}: exited with status {proc.returncode} after the first frame\n"
                       f"  command: {' '.join(argv)}\n{_stderr_tail(stderr_path)}")
    return Sample(first, rusage.ru_maxrss)


def percentile(values, p):
    """Nearest-rank percentile."""
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100.0 * len(ordered)))
    return ordered[rank - 1]


def fresh_env(base_env, root, platform):
    """The child environment: the chosen platform and private XDG folders under root."""
    env = dict(base_env)
    env["QT_QPA_PLATFORM"] = platform
    for var, sub in (("XDG_CACHE_HOME", "cache"), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data")):
        path = os.path.join(root, sub)
        os.makedirs(path, exist_ok=True)
        env[var] = path
    return env


def ms(seconds):
    return f"{seconds * 1000.0:.1f} ms"


def mib(kib):
    return f"{kib / 1024.0:.1f} MiB"


def ratio(a, b):
    return f"{a / b:.2f}×" if b > 0 else "n/a"


def build_rows(baseline, app):
    b_warm = baseline.samples[1:]
    a_warm = app.samples[1:]
    b_cold = baseline.samples[0]
    a_cold = app.samples[0]
    b_med = statistics.median(s.seconds for s in b_warm)
    a_med = statistics.median(s.seconds for s in a_warm)
    b_p90 = percentile([s.seconds for s in b_warm], 90)
    a_p90 = percentile([s.seconds for s in a_warm], 90)
    b_rss = statistics.median(s.maxrss_kib for s in b_warm)
    a_rss = statistics.median(s.maxrss_kib for s in a_warm)
    rows = [
        ("First frame, warm median", ms(b_med), ms(a_med), ratio(a_med, b_med)),
        ("First frame, warm p90", ms(b_p90), ms(a_p90), ratio(a_p90, b_p90)),
        ("Peak RSS, warm median", mib(b_rss), mib(a_rss), ratio(a_rss, b_rss)),
        ("First frame, cold (run 1)", ms(b_cold.seconds), ms(a_cold.seconds), ratio(a_cold.seconds, b_cold.seconds)),
        ("Peak RSS, cold (run 1)", mib(b_cold.maxrss_kib), mib(a_cold.maxrss_kib),
         ratio(a_cold.maxrss_kib, b_cold.maxrss_kib)),
    ]
    warm_ratio = a_med / b_med if b_med > 0 else float("inf")
    return rows, warm_ratio


def report(args, baseline, app, markdown):
    rows, warm_ratio = build_rows(baseline, app)
    met = warm_ratio <= TARGET_RATIO
    verdict = "met" if met else "NOT met"
    runs = len(app.samples)
    context = (f"platform {args.platform}, {runs} runs (1 cold + {runs - 1} warm, interleaved), "
               f"{os.cpu_count()} CPUs, {datetime.date.today().isoformat()}")
    target = (f"Target: app first frame ≤ {TARGET_RATIO:g}× baseline (warm median): "
              f"{verdict} ({warm_ratio:.2f}×)")
    header = ("", "Baseline", "App", "App / baseline")
    out = []
    if markdown:
        out.append(f"Start-up, {context}:")
        out.append("")
        out.append("| " + " | ".join(header) + " |")
        out.append("|---|---:|---:|---:|")
        for r in rows:
            out.append("| " + " | ".join(r) + " |")
        out.append("")
        out.append(f"**{target}**")
    else:
        widths = [max(len(r[i]) for r in (header, *rows)) for i in range(4)]
        out.append(f"Start-up benchmark: {context}")
        out.append(f"  baseline: {baseline.argv[0]}")
        out.append(f"  app:      {app.argv[0]}")
        out.append("")
        fmt = "  ".join(["{:<%d}" % widths[0]] + ["{:>%d}" % w for w in widths[1:]])
        out.append(fmt.format(*header))
        out.append(fmt.format(*("-" * w for w in widths)))
        for r in rows:
            out.append(fmt.format(*r))
        out.append("")
        out.append(target)
    print("\n".join(out))


def main():
    parser = argparse.ArgumentParser(description="Start-up benchmark: the app against a hello-world baseline.")
    parser.add_argument("--app", required=True, help="the app binary (build/default/bin/welcome)")
    parser.add_argument("--baseline", required=True, help="the baseline binary (build/default/bin/startup-baseline)")
    parser.add_argument("--runs", type=int, default=20, help="runs of each program; run 1 is cold (default 20)")
    parser.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen",
                        help="QT_QPA_PLATFORM for both programs (default offscreen; xcb needs DISPLAY)")
    parser.add_argument("--warmup", type=int, default=1,
                        help="untimed starts of each program before run 1, with throwaway folders (default 1)")
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="seconds to wait for the 'first frame' line (default 30)")
    parser.add_argument("--markdown", action="store_true", help="print the results as a Markdown table")
    parser.add_argument("--quiet", action="store_true", help="no per-run progress on stderr")
    args = parser.parse_args()
    if args.runs < 2:
        parser.error("--runs must be at least 2 (one cold run and at least one warm run)")
    if args.warmup < 0:
        parser.error("--warmup must not be negative")
    if args.platform == "xcb" and not os.environ.get("DISPLAY"):
        parser.error("--platform xcb needs DISPLAY (run under xvfb-run or a desktop session)")
    for label, path in (("--app", args.app), ("--baseline", args.baseline)):
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            print(f"run.py: {label} {path}: not an executable file", file=sys.stderr)
            return 1

    app_path = os.path.abspath(args.app)
    baseline_path = os.path.abspath(args.baseline)
    root = tempfile.mkdtemp(prefix="welcome-bench-startup-")
    base_env = dict(os.environ)
    if not base_env.get("XDG_RUNTIME_DIR"):
        runtime = os.path.join(root, "runtime")
        os.makedirs(runtime, mode=0o700)
        base_env["XDG_RUNTIME_DIR"] = runtime
    stderr_path = os.path.join(root, "stderr.log")

    def log(msg):
        if not args.quiet:
            print(msg, file=sys.stderr, flush=True)

    try:
        # Untimed warm-up with throwaway folders: loads the shared libraries into the page cache.
        for i in range(args.warmup):
            for name, path in (("baseline", baseline_path), ("app", app_path)):
                scratch = os.path.join(root, f"warmup-{i}-{name}")
                argv = [path, "--quit-on-first-frame"]
                if name == "app":
                    argv[1:1] = ["--data-dir", os.path.join(scratch, "app-data")]
                run_once(name, argv, fresh_env(base_env, scratch, args.platform), args.timeout, stderr_path)
                shutil.rmtree(scratch, ignore_errors=True)

        baseline = Program("baseline", [baseline_path, "--quit-on-first-frame"],
                           fresh_env(base_env, os.path.join(root, "baseline"), args.platform), [])
        data_dir = os.path.join(root, "app", "app-data")  # created by the app on run 1 (cold)
        app = Program("app", [app_path, "--data-dir", data_dir, "--quit-on-first-frame"],
                      fresh_env(base_env, os.path.join(root, "app"), args.platform), [])

        for i in range(args.runs):
            order = (baseline, app) if i % 2 == 0 else (app, baseline)
            for prog in order:
                prog.samples.append(run_once(prog.name, prog.argv, prog.env, args.timeout, stderr_path))
            log(f"run {i + 1:>3}/{args.runs} {'cold' if i == 0 else 'warm'}: "
                f"baseline {ms(baseline.samples[-1].seconds)} {mib(baseline.samples[-1].maxrss_kib)}, "
                f"app {ms(app.samples[-1].seconds)} {mib(app.samples[-1].maxrss_kib)}")
    except RunError as e:
        print(f"run.py: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        shutil.rmtree(root, ignore_errors=True)

    report(args, baseline, app, args.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
