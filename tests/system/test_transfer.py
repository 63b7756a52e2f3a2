"""System tests of the phone being transferred (RFC 3515 REFER received) and of a call taking
the place of another (RFC 3891 INVITE with Replaces), against SIPp on loopback.

Run one test:  python3 test_transfer.py --vidi build/bin/vidi NAME"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Sipp, TestDir, run_tests, wait_until  # noqa: E402
from test_phone import EVENTS, registered_phone  # noqa: E402
from harness import ActionUrlListener  # noqa: E402



def transferred(binary, refer_to_suffix=""):
    """Bob calls the phone (auto answer) and transfers it to Carol with REFER; returns the
    lines Bob and Carol logged."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_uas.xml", [], work)
        phone = registered_phone(binary, work, listener, registrar,
                                 {"account.1.auto_answer": 1})
        listener.wait_for("log_on")
        carol = Sipp("uas_answer.xml", ["-m", "1"], work)
        bob = Sipp("uac_transferor.xml", [
            f"127.0.0.1:{phone.sip_port}", "-s", "2413333601", "-m", "1",
            "-key", "referto", f"sip:carol@127.0.0.1:{carol.port}{refer_to_suffix}"], work)
        # The phone calls Carol on its own, and tells Bob how it goes (NOTIFY sipfrag).
        assert bob.wait() == 0, bob.errors()
        wait_until(lambda: len(phone.status()["calls"]) == 1 and
                   phone.status()["calls"][0]["state"] == "Active" and
                   "carol" in phone.status()["calls"][0]["remote"], 10,
                   what="the call to Carol in progress, Bob's call gone")
        assert phone.status()["screen"] == "InCall"
        outgoing = [e for e in listener.events() if e.startswith("/outgoing_call")]
        assert len(outgoing) == 1 and "carol" in outgoing[0], outgoing
        assert phone.key("X") == 200
        assert carol.wait() == 0, carol.errors()
        phone.wait_screen("Idle")
        assert phone.stop() == 0
        return bob.logged("NOTIFY SIPFRAG"), carol.logged("REFERRED-BY"), \
            carol.logged("REPLACES")


def test_transferred_blind(binary):
    """Seed flow 6 from the transferee's side: Bob's REFER (Refer-To Carol) is accepted, the
    phone INVITEs Carol with Referred-By naming Bob, reports the outcome to Bob by NOTIFY
    (message/sipfrag, ending with 200), Bob hangs up and the call with Carol goes on."""
    frags, referred_by, replaces = transferred(binary)
    assert frags and frags[-1].startswith("NOTIFY SIPFRAG SIP/2.0 200"), frags
    assert "sip:bob@127.0.0.1" in referred_by[0], referred_by
    assert replaces == ["REPLACES "], replaces


def test_transferred_with_replaces(binary):
    """An attended transfer as the transferee sees it: the Refer-To carries a Replaces
    header (RFC 3891 §5), which the INVITE to the target carries as a header."""
    frags, _, replaces = transferred(
        binary, "?Replaces=abc%40host.example%3Bto-tag%3D11%3Bfrom-tag%3D22")
    assert frags and frags[-1].startswith("NOTIFY SIPFRAG SIP/2.0 200"), frags
    assert replaces == ["REPLACES abc@host.example;to-tag=11;from-tag=22"], replaces


def test_replaces_takes_over_call(binary):
    """The phone as transfer target (RFC 3891): Alice's call is answered; Dave's INVITE
    with Replaces naming that dialog is answered at once and Alice's call is ended with BYE.
    A Replaces naming no dialog of ours gets 481."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_uas.xml", [], work)
        phone = registered_phone(binary, work, listener, registrar,
                                 {"account.1.auto_answer": 1})
        listener.wait_for("log_on")
        stranger = Sipp("uac_replacing.xml", [
            f"127.0.0.1:{phone.sip_port}", "-s", "2413333601", "-m", "1",
            "-key", "replaces", "nosuchcall@example;to-tag=1;from-tag=2"], work)
        assert stranger.wait() == 0, stranger.errors()
        assert stranger.logged("FINAL") == ["FINAL 481"], stranger.messages()

        alice = Sipp("uac_call.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                      "-m", "1"], work)
        listener.wait_for("call_established")
        wait_until(lambda: alice.logged("DIALOG"), 5, what="Alice's dialog")
        dialog = alice.logged("DIALOG")[0].split(" ", 1)[1]
        dave = Sipp("uac_replacing.xml", [
            f"127.0.0.1:{phone.sip_port}", "-s", "2413333601", "-m", "1",
            "-key", "replaces", dialog], work)
        wait_until(lambda: dave.logged("FINAL"), 10, what="Dave's call answered")
        assert dave.logged("FINAL") == ["FINAL 200"], dave.messages()
        status = phone.status()
        assert len(status["calls"]) == 1 and "dave" in status["calls"][0]["remote"], status
        # Alice's call ended by the phone: her scenario ends on the BYE it receives.
        assert alice.wait() == 0, alice.errors()
        assert dave.wait() == 0, dave.errors()
        phone.wait_screen("Idle")
        assert phone.stop() == 0


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
