"""System tests of SIP signalling details against SIPp on loopback: reliable provisional
responses (RFC 3262), and more as they land.

Run one test:  python3 test_signalling.py --vidi build/bin/vidi NAME"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import ActionUrlListener, Sipp, TestDir, Vidi, run_tests, wait_until  # noqa: E402
from test_phone import ACCOUNT, EVENTS, action_urls  # noqa: E402


def logged(sipp, prefix):
    return [l for l in sipp.messages().splitlines() if l.startswith(prefix)]


def test_prack_for_reliable_early_media(binary):
    """A 183 with Require: 100rel and RSeq 7 is PRACKed (RAck: 7 <INVITE CSeq> INVITE), its
    early media plays, and the call is answered after it. The INVITE says Supported: 100rel
    (seed: PRACK supported)."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        server = Sipp("uas_prack.xml", [], work)
        cfg = dict(ACCOUNT, **{"account.1.sip_server_port": server.port})
        cfg.update(action_urls(listener))
        phone = Vidi(binary, work, cfg).start()
        listener.wait_for("log_on")
        assert phone.key("number=3602") == 200
        wait_until(lambda: logged(server, "PRACK RACK"), 5, what="the PRACK")
        supported = logged(server, "INVITE SUPPORTED")[0]
        assert "100rel" in supported, supported
        rack = logged(server, "PRACK RACK")[0].split()[2:]
        assert rack[0] == "7" and rack[2] == "INVITE", rack
        wait_until(lambda: phone.status()["calls"] and phone.status()["calls"][0]["earlyMedia"],
                   5, what="early media")
        listener.wait_for("call_established")
        phone.key("X")
        listener.wait_for("call_terminated")
        assert phone.stop() == 0
        server.stop()


def test_reliable_ringing_when_required(binary):
    """A caller that requires 100rel gets its 180 Ringing reliably (Require: 100rel, RSeq),
    PRACKs it, and the call is then answered by hand and hung up by the caller."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        phone = Vidi(binary, work, dict(ACCOUNT, **action_urls(listener))).start()
        caller = Sipp("uac_100rel.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                         "-m", "1"], work)
        wait_until(lambda: logged(caller, "PRACKED"), 10, what="the PRACK answered")
        reliable = logged(caller, "RELIABLE 180")[0]
        assert "RSEQ " in reliable and "REQUIRE 100rel" in reliable, reliable
        phone.wait_screen("Incoming")
        assert phone.key("OK") == 200
        listener.wait_for("call_established")
        assert caller.wait() == 0, caller.errors()
        listener.wait_for("call_terminated")
        phone.wait_screen("Idle")
        assert phone.stop() == 0


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
