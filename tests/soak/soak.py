"""Soak test: many short calls into one `vidi` process, built with AddressSanitizer and
LeakSanitizer (see README.md here). Fails when a call fails, when the phone does not exit
cleanly, or when a sanitizer reports an error or a leak; prints the memory it held along
the way.

python3 tests/soak/soak.py --vidi /work/asan/bin/vidi --calls 500"""

import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "system"))
from harness import ActionUrlListener, Sipp, TestDir, Vidi, wait_until  # noqa: E402
from test_phone import ACCOUNT, EVENTS, action_urls  # noqa: E402


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--vidi", required=True)
    parser.add_argument("--calls", type=int, default=500)
    args = parser.parse_args()
    env = {
        # Leaks are reported at exit; what Qt, GLib, GStreamer and Sofia keep for the life
        # of the process on purpose is listed in lsan.supp.
        "ASAN_OPTIONS": "detect_leaks=1:abort_on_error=0:halt_on_error=0",
        "LSAN_OPTIONS": f"suppressions={os.path.join(HERE, 'lsan.supp')}:print_suppressions=0",
        "UBSAN_OPTIONS": "print_stacktrace=1",
    }
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        cfg = dict(ACCOUNT, **{"account.1.auto_answer": 1, "account.1.sip_server_port": 9})
        cfg.update(action_urls(listener))
        phone = Vidi(args.vidi, work, cfg, env=env).start()
        pid = phone.proc.pid
        start = time.monotonic()
        caller = Sipp("uac_soak.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                       "-m", str(args.calls), "-l", "1", "-r", "20"], work)
        samples = []
        while caller.proc.poll() is None:
            samples.append(rss_mib(pid))
            time.sleep(2)
        seconds = time.monotonic() - start
        status = caller.proc.returncode
        established = len([e for e in listener.events() if e.startswith("/call_established")])
        code = phone.stop(timeout=60)
        log = phone.log()
        sanitizer = [l for l in log.splitlines()
                     if "ERROR: AddressSanitizer" in l or "ERROR: LeakSanitizer" in l
                     or "runtime error:" in l]
        print(f"calls: {args.calls} in {seconds:.0f} s, {established} established, "
              f"SIPp exit {status}, vidi exit {code}")
        if samples:
            print(f"RSS: first {samples[0]:.1f} MiB, peak {max(samples):.1f} MiB, "
                  f"last {samples[-1]:.1f} MiB")
        for line in sanitizer[:20]:
            print("  " + line)
        ok = status == 0 and established == args.calls and code == 0 and not sanitizer
        print("PASS soak" if ok else "FAIL soak")
        if not ok:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
