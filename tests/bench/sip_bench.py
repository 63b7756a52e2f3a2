"""SIP benchmark: call set-up latency (INVITE to 200 OK with auto answer) and REGISTER round
trip (first REGISTER to the authenticated one, through a digest challenge) of `vidi` and of
baresip, measured by SIPp in the same run on loopback. Prints a table; asserts nothing.

    python3 tests/bench/sip_bench.py --vidi build/bin/vidi [--calls 20] [--registrations 5]
"""

import argparse
import datetime
import glob
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "system"))
from harness import Baresip, TestDir, Vidi, free_port, wait_until  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def sipp(work, scenario, args):
    tag = f"{scenario}-{free_port()}"
    run = os.path.join(work, tag)
    os.makedirs(run)
    cmd = ["sipp"] + args + ["-sf", os.path.join(HERE, "sip", scenario), "-i", "127.0.0.1",
                             "-nostdin", "-trace_msg", "-timeout", "120s"]
    return subprocess.Popen(cmd, cwd=run, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL), run


TRACE_HEADER = re.compile(r"^-+ (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+)")


def trace_messages(run):
    """(time, first line, Call-ID) of every message in SIPp's -trace_msg file."""
    messages = []
    for path in glob.glob(os.path.join(run, "*_messages.log")):
        stamp = None
        first = None
        with open(path, errors="replace") as f:
            for line in f:
                m = TRACE_HEADER.match(line)
                if m:
                    stamp = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S.%f")
                    first = None
                    continue
                text = line.strip()
                if stamp and first is None and (text.startswith("SIP/2.0") or " SIP/2.0" in text):
                    first = text
                if stamp and first and text.lower().startswith("call-id:"):
                    messages.append((stamp, first, text.split(":", 1)[1].strip()))
                    stamp = None
    return messages


def intervals(run, start, end):
    """Milliseconds from the first message starting with `start` to the first starting with
    `end` after it, per Call-ID."""
    begun, done, out = {}, set(), []
    for stamp, first, call_id in trace_messages(run):
        if call_id in done:
            continue  # only the first exchange of a dialog (not un-REGISTER, retransmissions)
        if first.startswith(start) and call_id not in begun:
            begun[call_id] = stamp
        elif first.startswith(end) and call_id in begun:
            out.append((stamp - begun.pop(call_id)).total_seconds() * 1000)
            done.add(call_id)
    return out


def setup_latency(work, target_uri_user, port, calls):
    proc, run = sipp(work, "invite_answered.xml",
                     [f"127.0.0.1:{port}", "-s", target_uri_user, "-m", str(calls), "-r", "4",
                      "-l", "1", "-p", str(free_port()), "-mp", str(free_port(pair=True))])
    proc.wait(120)
    return intervals(run, "INVITE", "SIP/2.0 200")


def vidi_registrations(binary, work, n):
    port = free_port()
    proc, run = sipp(work, "register_timed.xml", ["-p", str(port), "-m", str(n)])
    time.sleep(0.5)
    for i in range(n):
        home = os.path.join(work, f"vidi-reg-{i}")
        os.makedirs(home)
        phone = Vidi(binary, home, {"account.1.enable": 1, "account.1.user_name": "bench",
                                    "account.1.password": "x",
                                    "account.1.sip_server_host": "127.0.0.1",
                                    "account.1.sip_server_port": port}).start()
        wait_until(lambda: phone.account(1)["registration"] == "registered", 10)
        phone.stop()
    proc.wait(30)
    return intervals(run, "REGISTER", "REGISTER")


def baresip_registrations(work, n):
    port = free_port()
    proc, run = sipp(work, "register_timed.xml", ["-p", str(port), "-m", str(n)])
    time.sleep(0.5)
    for i in range(n):
        peer = Baresip(work, [], seconds=30,
                       account=f"<sip:bench@127.0.0.1:{port}>;auth_pass=x;regint=3600")
        wait_until(lambda: "200 OK" in peer.text() or "registered" in peer.text().lower(), 10,
                   what="baresip registered")
        peer.stop()
    proc.wait(30)
    return intervals(run, "REGISTER", "REGISTER")


def row(name, values):
    if not values:
        return f"{name:44} {'-':>8} {'-':>8} {'-':>8} {0:>6}"
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    return (f"{name:44} {statistics.median(values):>8.2f} {statistics.mean(values):>8.2f} "
            f"{p95:>8.2f} {len(values):>6}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--vidi", required=True)
    parser.add_argument("--calls", type=int, default=20)
    parser.add_argument("--registrations", type=int, default=5)
    args = parser.parse_args()
    binary = os.path.abspath(args.vidi)
    have_baresip = shutil.which("baresip") is not None
    with TestDir() as work:
        callee = os.path.join(work, "callee")
        os.makedirs(callee)
        phone = Vidi(binary, callee, {"account.1.auto_answer": 1}).start()
        vidi_setup = setup_latency(work, "2413333601", phone.sip_port, args.calls)
        phone.stop()
        bare_setup = []
        if have_baresip:
            peer = Baresip(work, [], seconds=120)
            time.sleep(1.0)
            bare_setup = setup_latency(work, "bare", peer.port, args.calls)
            peer.stop()
        vidi_reg = vidi_registrations(binary, work, args.registrations)
        bare_reg = baresip_registrations(work, args.registrations) if have_baresip else []
    print("SIP latency on loopback, measured by SIPp (milliseconds)")
    print(f"{'measure':44} {'median':>8} {'mean':>8} {'p95':>8} {'n':>6}")
    print(row("call set-up, INVITE to 200 (vidi)", vidi_setup))
    print(row("call set-up, INVITE to 200 (baresip)", bare_setup))
    print(row("REGISTER, challenge to auth REGISTER (vidi)", vidi_reg))
    print(row("REGISTER, challenge to auth REGISTER (baresip)", bare_reg))
    return 0


if __name__ == "__main__":
    sys.exit(main())
