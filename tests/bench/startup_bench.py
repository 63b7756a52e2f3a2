"""Benchmark: time from start to the first frame of the idle screen, the idle memory of
`vidi` (offscreen, no display), and from a key press on the idle screen to the first frame
of the dialer, over several runs. Prints the figures; asserts nothing.

    python3 tests/bench/startup_bench.py --vidi build/bin/vidi [--runs 5]
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "system"))
from harness import Sipp, TestDir, Vidi, wait_until  # noqa: E402
from test_phone import ACCOUNT  # noqa: E402

IDLE_LINE = re.compile(r"idle screen shown after (\d+) ms")
DIALER_LINE = re.compile(r"dialer shown after ([\d.]+) ms")


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def one_run(binary, work, cfg):
    phone = Vidi(binary, work, cfg)
    started = time.monotonic()
    phone.start(wait_idle=False)
    match = wait_until(lambda: IDLE_LINE.search(phone.log()), 20, interval=0.005,
                       what="idle screen")
    wall_ms = (time.monotonic() - started) * 1000
    time.sleep(2.0)  # idle: registered, clock ticking
    rss = rss_kib(phone.proc.pid)
    dialer = []
    for _ in range(5):  # a digit on the idle screen opens the dialer (live dialpad)
        assert phone.key("1") == 200
        wait_until(lambda: len(DIALER_LINE.findall(phone.log())) > len(dialer), 5,
                   interval=0.005, what="the dialer's first frame")
        dialer = [float(v) for v in DIALER_LINE.findall(phone.log())]
        assert phone.key("X") == 200
        phone.wait_screen("Idle")
    phone.stop()
    return int(match.group(1)), wall_ms, rss, statistics.median(dialer)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--vidi", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    binary = os.path.abspath(args.vidi)
    rows = []
    with TestDir() as work:
        for label in ("no account", "1 account registered (SIPp)"):
            samples = []
            for i in range(args.runs):
                run_dir = os.path.join(work, f"{len(rows)}-{i}")
                os.makedirs(run_dir)
                cfg = {}
                registrar = None
                if label.startswith("1"):
                    registrar = Sipp("registrar_uas.xml", [], run_dir)
                    cfg = dict(ACCOUNT, **{"account.1.sip_server_port": registrar.port})
                samples.append(one_run(binary, run_dir, cfg))
                if registrar:
                    registrar.stop()
            rows.append((label, samples))
    print(f"vidi start-to-idle and idle memory, {args.runs} runs each, -platform offscreen")
    print(f"{'configuration':32} {'in-app ms':>10} {'wall ms':>10} {'idle RSS MiB':>13} "
          f"{'dialer ms':>10}")
    for label, samples in rows:
        app_ms = statistics.median(s[0] for s in samples)
        wall = statistics.median(s[1] for s in samples)
        rss = statistics.median(s[2] for s in samples) / 1024
        dialer = statistics.median(s[3] for s in samples)
        print(f"{label:32} {app_ms:>10.0f} {wall:>10.0f} {rss:>13.1f} {dialer:>10.1f}")
    print("(medians; in-app = main() to the first idle frame swapped; "
          "wall = process spawn to the log line; dialer = a digit on the idle screen to the "
          "dialer's first frame, 5 times a run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
