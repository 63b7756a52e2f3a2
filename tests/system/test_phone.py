"""System tests: the whole `vidi` binary, headless, against SIPp on loopback.

Run one test:  python3 test_phone.py --vidi build/bin/vidi NAME
(ctest runs each NAME as its own test; see tests/CMakeLists.txt)."""

import re
import os
import subprocess
import struct
import socket
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (ActionUrlListener, Baresip, Kamailio, RtpReceiver, Sipp,  # noqa: E402
                     StaticServer, TestDir, Vidi, run_tests, wait_until)

ACCOUNT = {
    "account.1.enable": 1,
    "account.1.label": "Office",
    "account.1.display_name": "Desk 3601",
    "account.1.user_name": "2413333601",
    "account.1.auth_name": "2413333601",
    "account.1.password": "userpassword",
    "account.1.sip_server_host": "127.0.0.1",
}

EVENTS = ["setup_completed", "log_on", "log_off", "register_failed", "incoming_call",
          "outgoing_call", "call_established", "call_terminated", "missed_call"]

# The seed's variables, all of them, so that expansion is checked for each event.
VARIABLES = ("mac=$mac&ip=$ip&model=$model&firmware=$firmware&active_url=$active_url"
             "&active_user=$active_user&active_host=$active_host&local=$local&remote=$remote"
             "&display_local=$display_local&display_remote=$display_remote&call_id=$call_id")


def action_urls(listener):
    return {f"action_url.{e}": listener.url(e) + "?" + VARIABLES for e in listener.names}


def query(path):
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(path).query,
                                       keep_blank_values=True))


def registered_phone(binary, work, listener, registrar, extra=None):
    cfg = dict(ACCOUNT, **{"account.1.sip_server_port": registrar.port})
    cfg.update(action_urls(listener))
    cfg.update(extra or {})
    return Vidi(binary, work, cfg).start()


def test_register_digest_and_unregister(binary):
    """REGISTER → 401 → REGISTER with a valid digest → 200: "Registered", log_on fires with
    $mac/$ip expanded; SIGTERM un-registers, and the registrar's scenario completes."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_uas.xml", ["-m", "1"], work)
        phone = registered_phone(binary, work, listener, registrar)
        q = query(listener.wait_for("setup_completed"))
        assert q["mac"] == "001565113af8" and q["model"] == "Vidi", q
        log_on = query(listener.wait_for("log_on"))
        assert log_on["mac"] == "001565113af8", log_on
        assert log_on["ip"] == "127.0.0.1", log_on
        assert log_on["active_user"] == "2413333601", log_on
        assert log_on["active_url"] == "sip:2413333601@127.0.0.1", log_on
        account = phone.account(1)
        assert account["registration"] == "registered", account
        assert phone.status()["serviceAvailable"] is True
        assert phone.stop() == 0
        assert registrar.wait() == 0, registrar.errors()
        q = query(listener.wait_for("log_off"))
        assert q["active_user"] == "2413333601", q


def test_register_refresh(binary):
    """A registrar that grants 6 s: the phone refreshes before each binding expires (at least
    twice in 14 s) and stays registered; on exit it un-registers."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_refresh.xml", ["-m", "1"], work)
        phone = registered_phone(binary, work, listener, registrar)
        listener.wait_for("log_on")
        time.sleep(14)
        assert phone.account(1)["registration"] == "registered"
        ons = [e for e in listener.events() if e.startswith("/log_on")]
        assert len(ons) == 1, "refreshes are silent, not new log-ons: %r" % ons
        assert phone.stop() == 0
        assert registrar.wait() == 0, registrar.errors()


def test_register_retry_after_failure(binary):
    """A registrar that answers 503 first: register_failed, then a retry after
    account.1.reg_fail_retry_interval (1 s) registers."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_flaky.xml", ["-m", "1"], work)
        phone = registered_phone(binary, work, listener, registrar,
                                 {"account.1.reg_fail_retry_interval": 1})
        listener.wait_for("register_failed")
        assert phone.account(1)["lastStatus"] == 503
        listener.wait_for("log_on", timeout=5)
        assert phone.account(1)["registration"] == "registered"
        assert phone.stop() == 0
        assert registrar.wait() == 0, registrar.errors()


def test_tcp_transport(binary):
    """account.1.transport = 1: REGISTER with digest and a call with RTP, both over TCP."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_uas.xml", ["-t", "t1", "-m", "2"], work)
        phone = registered_phone(binary, work, listener, registrar, {"account.1.transport": 1})
        listener.wait_for("log_on")
        assert phone.key("number=3602") == 200
        q = query(listener.wait_for("outgoing_call"))
        assert q["remote"] == f"sip:3602@127.0.0.1:{registrar.port};transport=tcp", q
        listener.wait_for("call_established")
        wait_until(lambda: phone.status()["calls"][0]["rtpPacketsReceived"] > 10,
                   what="echoed RTP")
        phone.key("X")
        listener.wait_for("call_terminated")
        assert phone.stop() == 0
        assert registrar.wait() == 0, registrar.errors()


def test_register_wrong_password(binary):
    """A wrong password: the registrar answers 403; the account shows failed, register_failed
    fires, and no service is available."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_uas.xml", [], work)
        phone = registered_phone(binary, work, listener, registrar,
                                 {"account.1.password": "wrong"})
        listener.wait_for("register_failed")
        wait_until(lambda: phone.account(1)["registration"] == "failed", what="failed state")
        assert phone.account(1)["lastStatus"] == 403
        assert phone.status()["serviceAvailable"] is False
        assert "log_on" not in [e.split("?")[0].strip("/") for e in listener.events()]
        phone.stop()
        registrar.stop()


def test_outgoing_call_rtp_echo(binary):
    """Dial through Action URI (key=number=…): INVITE → 180 (ringback, "Ringing") → 200; RTP
    flows both ways against SIPp's echo; X hangs up with BYE; the events fire in order."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_uas.xml", ["-m", "2"], work)
        phone = registered_phone(binary, work, listener, registrar)
        listener.wait_for("log_on")
        assert phone.key("number=3602") == 200
        q = query(listener.wait_for("outgoing_call"))
        assert q["remote"] == f"sip:3602@127.0.0.1:{registrar.port}", q
        assert q["local"] == "sip:2413333601@127.0.0.1", q
        listener.wait_for("call_established")
        phone.wait_screen("InCall")
        call = wait_until(lambda: [c for c in phone.status()["calls"]
                                   if c["rtpPacketsReceived"] > 20], 10,
                          what="echoed RTP")[0]
        assert call["codec"] == "PCMU" and call["rtpPacketsSent"] > 20, call
        assert phone.key("X") == 200
        q = query(listener.wait_for("call_terminated"))
        assert q["call_id"], q
        phone.wait_screen("Idle")
        order = [e.split("?")[0].strip("/") for e in listener.events()]
        assert order.index("outgoing_call") < order.index("call_established") < \
            order.index("call_terminated"), order
        assert phone.stop() == 0
        assert registrar.wait() == 0, registrar.errors()


def test_cancel_outgoing_call(binary):
    """Hanging up while the far end rings: ringback plays on 180, X sends CANCEL, the callee
    answers 487; cancel_callout fires and no call is established."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS + ["cancel_callout"])
        registrar = Sipp("registrar_uas.xml", ["-m", "2"], work)
        phone = registered_phone(binary, work, listener, registrar)
        listener.wait_for("log_on")
        for d in "3602":
            assert phone.key(d) == 200
        assert phone.key("POUND") == 200  # the send key; '#' is not dialled
        wait_until(lambda: phone.status()["calls"] and
                   phone.status()["calls"][0]["state"] == "Ringing", 5, what="ringing")
        status = phone.status()
        assert status["screen"] == "Outgoing" and status["tone"] == "Ringback", status
        assert status["calls"][0]["remote"].startswith("sip:3602@"), status
        assert phone.key("X") == 200
        listener.wait_for("cancel_callout")
        phone.wait_screen("Idle")
        assert phone.status()["tone"] == "None"
        events = [e.split("?")[0].strip("/") for e in listener.events()]
        assert "call_established" not in events, events
        assert phone.stop() == 0
        assert registrar.wait() == 0, registrar.errors()


def test_reject_incoming_call(binary):
    """Rejecting a ringing call answers features.normal_refuse_code (486 by default) and fires
    reject_incoming_call."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS + ["reject_incoming_call"])
        phone = Vidi(binary, work, action_urls(listener)).start()
        caller = Sipp("uac_rejected.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                           "-m", "1"], work)
        phone.wait_screen("Incoming")
        assert phone.status()["tone"] == "Ring"
        assert phone.key("X") == 200
        q = query(listener.wait_for("reject_incoming_call"))
        assert q["display_remote"] == "Carol Rejected", q
        assert caller.wait() == 0, caller.errors()
        phone.wait_screen("Idle")
        assert phone.stop() == 0


def test_answer_incoming_via_action_uri(binary):
    """A SIPp caller: the phone rings (180, Incoming screen, incoming_call with the caller's
    display name); OK through Action URI answers with 200 and SDP; RTP flows; the caller's BYE
    ends the call."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        phone = Vidi(binary, work, action_urls(listener)).start()
        caller = Sipp("uac_call.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                       "-m", "1"], work)
        q = query(listener.wait_for("incoming_call"))
        assert q["display_remote"] == "Alice Example", q
        phone.wait_screen("Incoming")
        assert phone.key("OK") == 200
        listener.wait_for("call_established")
        wait_until(lambda: [c for c in phone.status()["calls"]
                            if c["rtpPacketsReceived"] > 10 and c["rtpPacketsSent"] > 10],
                   10, what="RTP both ways")
        listener.wait_for("call_terminated")
        phone.wait_screen("Idle")
        assert caller.wait() == 0, caller.errors()
        assert phone.stop() == 0


def test_missed_call(binary):
    """A caller who cancels while the phone rings: 487, missed_call fires, back to idle."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        phone = Vidi(binary, work, action_urls(listener)).start()
        caller = Sipp("uac_cancel.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                         "-m", "1"], work)
        listener.wait_for("incoming_call")
        q = query(listener.wait_for("missed_call"))
        assert q["display_remote"] == "Bob Missed", q
        phone.wait_screen("Idle")
        assert caller.wait() == 0, caller.errors()
        events = [e.split("?")[0].strip("/") for e in listener.events()]
        assert "call_established" not in events and "call_terminated" not in events, events
        assert phone.stop() == 0


def test_call_history(binary):
    """Seed §4.8: a dialled call is logged as Dialed with its duration, an answered one as
    Received, one the caller cancels as Missed with "1 New Missed Call(s)" until the History
    softkey opens the Missed list. The log survives a restart. account.1.missed_calllog = 0
    leaves missed calls out; features.save_call_history = 0 logs nothing."""
    def kinds(phone):
        return [e["kind"] for e in phone.status()["history"]]

    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_uas.xml", [], work)
        phone = registered_phone(binary, work, listener, registrar)
        listener.wait_for("log_on")
        assert phone.status()["history"] == []
        assert phone.key("number=3602") == 200
        listener.wait_for("call_established")
        time.sleep(1.2)
        assert phone.key("X") == 200
        listener.wait_for("call_terminated")
        wait_until(lambda: kinds(phone) == ["Dialed"], 5, what="the Dialed entry")
        dialed = phone.status()["history"][0]
        assert "3602@" in dialed["uri"] and dialed["duration"] >= 1, dialed

        listener.clear()
        Sipp("uac_call.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601", "-m", "1"],
             work)
        phone.wait_screen("Incoming")
        assert phone.key("OK") == 200
        listener.wait_for("call_terminated", 15)  # the caller hangs up after 3 s
        wait_until(lambda: kinds(phone) == ["Received", "Dialed"], 5, what="the Received entry")

        Sipp("uac_cancel.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601", "-m", "1"],
             work)
        listener.wait_for("missed_call")
        wait_until(lambda: phone.status()["newMissedCalls"] == 1, 5, what="a new missed call")
        assert kinds(phone) == ["Missed", "Received", "Dialed"]
        assert phone.status()["history"][0]["name"] == "Bob Missed"
        phone.wait_screen("Idle")
        assert phone.status()["softkeys"][2] == "history"
        assert phone.key("F3") == 200  # History: the Missed list, being new
        phone.wait_screen("History")
        assert phone.status()["newMissedCalls"] == 0
        assert phone.key("X") == 200
        phone.wait_screen("Idle")
        assert phone.stop() == 0

        phone.write_cfg(f"{phone.mac}.cfg", {"account.1.missed_calllog": 0})
        phone.start()
        assert kinds(phone) == ["Missed", "Received", "Dialed"]  # kept across the restart
        assert phone.status()["newMissedCalls"] == 0
        listener.clear()
        Sipp("uac_cancel.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601", "-m", "1"],
             work)
        listener.wait_for("missed_call")
        phone.wait_screen("Idle")
        assert phone.key("number=3602") == 200  # other calls are still logged
        listener.wait_for("call_established")
        assert phone.key("X") == 200
        wait_until(lambda: len(kinds(phone)) == 4, 5, what="the second Dialed entry")
        assert kinds(phone) == ["Dialed", "Missed", "Received", "Dialed"]
        assert phone.status()["newMissedCalls"] == 0
        assert phone.stop() == 0

        phone.write_cfg(f"{phone.mac}.cfg", {"features.save_call_history": 0})
        phone.start()
        listener.clear()
        assert phone.key("number=3602") == 200
        listener.wait_for("call_established")
        assert phone.key("X") == 200
        listener.wait_for("call_terminated")
        time.sleep(0.3)
        assert len(kinds(phone)) == 4  # nothing logged
        assert phone.stop() == 0
        registrar.stop()


def test_action_uri_trust(binary):
    """Action URI is refused (403) while features.action_uri_limit_ip is blank, and nothing
    changes; trusted, digits open the dialer and X closes it; unknown keys are 400."""
    with TestDir() as work:
        phone = Vidi(binary, work, {"features.action_uri_limit_ip": "%NULL%"}).start()
        assert phone.key("5") == 403
        assert phone.status()["screen"] == "Idle" and phone.status()["dialText"] == ""
        phone.stop()
        phone = Vidi(binary, work, {}).start()
        assert phone.key("1") == 200 and phone.key("2") == 200
        status = phone.status()
        assert status["screen"] == "Dialer" and status["dialText"] == "12", status
        assert phone.key("X") == 200
        assert phone.status()["screen"] == "Idle"
        assert phone.key("NOSUCHKEY") == 400
        assert phone.key("MUTE") == 409  # only during a call
        phone.stop()


def test_provisioning_precedence_and_persistence(binary):
    """The common file, then <mac>.cfg (MAC wins); a broken line and an out-of-range value are
    reported with file and line and skipped while the rest applies; settings survive a restart
    without the provisioning server."""
    with TestDir() as work:
        phone = Vidi(binary, work, {"account.1.label": "Common", "features.pound_key.mode": 2,
                                    "account.2.sip_server_port": "70000"},
                     mac_cfg={"account.1.label": "FromMac"})
        with open(os.path.join(phone.provision_dir, "y000000000023.cfg"), "a") as f:
            f.write("this line is broken\n")
        phone.start()
        issues = phone.status()["configIssues"]
        assert any("y000000000023.cfg:" in i and "70000 is outside" in i for i in issues), issues
        assert any("this line is broken" in i for i in issues), issues
        provisioning = phone.status()["provisioning"]
        assert any(p.startswith("001565113af8.cfg: 1 settings") for p in provisioning), \
            provisioning
        phone.stop()
        with open(os.path.join(phone.config_dir, "settings.cfg")) as f:
            saved = f.read()
        assert "account.1.label = FromMac" in saved and "features.pound_key.mode = 2" in saved
        assert "70000" not in saved, saved
        phone.start(provision=False)  # no server this time: the flash keeps what was applied
        assert phone.key("1") == 200 and phone.key("*") == 200  # * sends with mode 2
        status = phone.status()
        assert status["screen"] == "Outgoing" or status["calls"], status
        phone.stop()


def test_http_provisioning(binary):
    """Provisioning over http://: the common file applies; a missing <mac>.cfg (404) is logged;
    an HTML page served as <mac>.cfg is refused as a whole and nothing applied before is lost."""
    with TestDir() as work:
        phone = Vidi(binary, work, {"account.1.label": "Over HTTP"})
        server = StaticServer(phone.provision_dir)
        phone.start(provision_url=server.url)
        log = phone.status()["provisioning"]
        assert log[0] == "y000000000023.cfg: 11 settings applied", log
        assert log[1].startswith("001565113af8.cfg: not downloaded") and "404" in log[1], log
        phone.stop()
        phone.write_cfg("001565113af8.cfg", "<html><body>Not here</body></html>", header=False)
        phone.start(provision_url=server.url)
        issues = phone.status()["configIssues"]
        assert any("001565113af8.cfg:1: missing the '#!version:1.0.0.1' header" in i
                   for i in issues), issues
        with open(os.path.join(phone.config_dir, "settings.cfg")) as f:
            assert "account.1.label = Over HTTP" in f.read()
        phone.stop()
        server.close()


def test_hostile_input(binary):
    """Garbage on the SIP port and hostile HTTP requests: the phone stays up, refuses what it
    must, and still takes a call afterwards."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        phone = Vidi(binary, work, action_urls(listener)).start()
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            for datagram in (os.urandom(512), b"INVITE sip:x SIP/2.0\r\nVia: broken\r\n\r\n",
                             b"SIP/2.0 200 OK\r\n\r\n", b"\x00" * 60000,
                             b"REGISTER sip:a SIP/2.0\r\nContent-Length: 99999\r\n\r\nx"):
                s.sendto(datagram, ("127.0.0.1", phone.sip_port))
        for raw in (b"GARBAGE\r\n\r\n", b"GET / HTTP/1.1\r\nX: " + b"a" * 200000 + b"\r\n\r\n",
                    b"GET /cgi-bin/cgiServer.exx?key=%00%ff HTTP/1.1\r\nHost: x\r\n\r\n",
                    b"\x16\x03\x01\x02\x00" + os.urandom(300)):
            with socket.create_connection(("127.0.0.1", phone.http_port), timeout=5) as c:
                try:
                    c.sendall(raw)
                    c.settimeout(2)
                    c.recv(4096)
                except OSError:
                    pass
        assert phone.key("..%2F..%2Fetc%2Fpasswd") == 400
        assert phone.key("number=1;reboot") == 400
        assert phone.status()["screen"] == "Idle"
        caller = Sipp("uac_cancel.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "1", "-m", "1"],
                      work)
        listener.wait_for("missed_call")
        assert caller.wait() == 0, caller.errors()
        assert phone.stop() == 0


def final_response(binary_phone, work, fromuser="caller", fromhost="example.net", wait=20):
    """Calls the phone from SIPp; returns (code, contact) of the final response it got."""
    caller = Sipp("uac_any_final.xml", [f"127.0.0.1:{binary_phone.sip_port}", "-s", "2413333601",
                                        "-key", "fromuser", fromuser, "-key", "fromhost",
                                        fromhost, "-m", "1"], work)
    assert caller.wait(wait) == 0, caller.errors()
    line = [l for l in caller.messages().splitlines() if l.startswith("FINAL ")][-1]
    code = int(line.split()[1])
    contact = line.split(" CONTACT ")[1].split(" LINE ")[0].strip()
    return code, contact


CONTACTS = """<?xml version="1.0" encoding="UTF-8"?>
<root_group>
</root_group>
<root_contact>
  <contact display_name="Alice From Directory" office_number="alice" mobile_number=""
    other_number="" line="0" ring="Resource:Ring5.wav" group_id_name="4" default_photo=""
    selected_photo="0"/>
  <contact display_name="Spam Caller" office_number="" mobile_number="555-0100"
    other_number="" line="0" ring="" group_id_name="2" default_photo="" selected_photo="0"/>
</root_contact>
"""


def png_size(path):
    """Width and height from a PNG's IHDR chunk."""
    with open(path, "rb") as f:
        header = f.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


def test_wallpaper_from_provisioning(binary):
    """Seed §4.10: the picture at wallpaper_upload.url (a 1920×1200 JPEG made by ImageMagick)
    is downloaded at provisioning, stored scaled to 800×480, and shown once
    phone_setting.backgrounds names it. A picture larger than 1920×1200 is refused with the
    reason in the provisioning log, and the wallpaper shown stays."""
    with TestDir() as work:
        phone = Vidi(binary, work, {})
        photo = os.path.join(phone.provision_dir, "lobby.jpg")
        subprocess.run(["convert", "-size", "1920x1200", "gradient:navy-teal", photo], check=True)
        phone.write_cfg(f"{phone.mac}.cfg", {"wallpaper_upload.url": "file://" + photo,
                                            "phone_setting.backgrounds": "Config:lobby.png"})
        phone.start()
        wait_until(lambda: "lobby.jpg: wallpaper saved" in phone.status()["provisioning"], 5,
                   what="the wallpaper stored")
        shown = phone.status()["wallpaper"]
        assert shown.startswith("file://") and shown.endswith("/lobby.png"), shown
        assert png_size(shown[len("file://"):]) == (800, 480)
        assert phone.stop() == 0

        big = os.path.join(phone.provision_dir, "poster.png")
        subprocess.run(["convert", "-size", "2560x1600", "xc:orange", big], check=True)
        phone.write_cfg(f"{phone.mac}.cfg", {"wallpaper_upload.url": "file://" + big})
        phone.start()
        wait_until(lambda: any(l.startswith("poster.png: refused (2560×1600 is larger")
                               for l in phone.status()["provisioning"]), 5,
                   what="the large picture refused")
        assert phone.status()["wallpaper"] == shown
        assert phone.stop() == 0


def test_custom_ring_from_provisioning(binary):
    """A custom ring tone at ringtone.url (a WAV made here) is downloaded at provisioning and
    rings an incoming call once phone_setting.ring_type names it ("Custom:<name>.wav"); a
    file that is not a WAV is refused with the reason in the provisioning log."""
    import wave
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        phone = Vidi(binary, work, action_urls(listener))
        chime = os.path.join(phone.provision_dir, "chime.wav")
        with wave.open(chime, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(8000)
            w.writeframes(b"\x00\x10" * 8000)
        phone.write_cfg(f"{phone.mac}.cfg", {"ringtone.url": "file://" + chime,
                                            "phone_setting.ring_type": "Custom:chime.wav"})
        phone.start()
        wait_until(lambda: "chime.wav: ring tone saved" in phone.status()["provisioning"], 5,
                   what="the ring stored")
        caller = Sipp("uac_call.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                       "-m", "1"], work)
        phone.wait_screen("Incoming")
        ring = wait_until(lambda: phone.status()["ringTone"], 5, what="the ring")
        assert ring.endswith("/rings/chime.wav"), ring
        assert phone.key("X") == 200
        phone.wait_screen("Idle")
        caller.stop()
        assert phone.stop() == 0

        song = os.path.join(phone.provision_dir, "song.mp3")
        with open(song, "wb") as f:
            f.write(b"ID3" + b"\x00" * 100)
        phone.write_cfg(f"{phone.mac}.cfg", {"ringtone.url": "file://" + song})
        phone.start()
        wait_until(lambda: "song.mp3: refused (not a WAV file)" in phone.status()["provisioning"],
                   5, what="the refusal")
        assert phone.stop() == 0


def test_directory_from_provisioning(binary):
    """Seed §4.5/§9.6: the contact file at local_contact.data.url fills the directory; a caller
    it knows is shown by the directory's name (CLIP: the directory first) and rung with the
    contact's ring tone, a caller in the
    Blacklist group is refused with 603. A broken contact file is reported in the
    provisioning log and changes nothing."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        phone = Vidi(binary, work, action_urls(listener))
        with open(os.path.join(phone.provision_dir, "contacts.xml"), "w") as f:
            f.write(CONTACTS)
        phone.write_cfg(f"{phone.mac}.cfg", {
            "local_contact.data.url": "file://" + os.path.join(phone.provision_dir,
                                                               "contacts.xml")})
        phone.start()
        wait_until(lambda: phone.status()["contacts"] == 2, 5, what="the contacts")
        assert any("contacts.xml: 2 contacts added" in l
                   for l in phone.status()["provisioning"]), phone.status()["provisioning"]

        code, _ = final_response(phone, work, fromuser="5550100")
        assert code == 603, code
        assert phone.status()["history"] == [] or \
            all(e["uri"].find("5550100") < 0 for e in phone.status()["history"])

        Sipp("uac_call.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601", "-m", "1"],
             work)
        q = query(listener.wait_for("incoming_call"))
        assert q["display_remote"] == "Alice From Directory", q
        phone.wait_screen("Incoming")
        assert phone.status()["calls"][0]["remoteName"] == "Alice From Directory"
        assert phone.status()["ringTone"] == "Ring5.wav"  # the contact's ring
        assert phone.key("X") == 200
        phone.wait_screen("Idle")
        assert phone.stop() == 0

        with open(os.path.join(phone.provision_dir, "contacts.xml"), "w") as f:
            f.write(CONTACTS.replace("<contact display_name=\"Spam", "<contact display_name=\"Spam\"\"", 1))
        phone.start()
        wait_until(lambda: any("contacts.xml: refused, nothing changed" in l
                               for l in phone.status()["provisioning"]), 5,
                   what="the broken file reported")
        assert phone.status()["contacts"] == 2
        assert phone.stop() == 0


def test_dnd_refuses_and_wins_over_forwarding(binary):
    """DNDOn (Action URI): dnd_on fires, the status shows DND, a call is refused 480 even with
    always-forward on (seed: DND overrides forwarding); features.dnd.on_code is dialled.
    DNDOff: the same call is forwarded with 302 to the always target."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS + ["dnd_on", "dnd_off", "forward_incoming_call"])
        cfg = action_urls(listener)
        cfg.update({"forward.always.enable": 1, "forward.always.target": "201",
                    "account.1.sip_server_host": "127.0.0.1"})
        phone = Vidi(binary, work, cfg).start()
        assert phone.key("DNDOn") == 200
        listener.wait_for("dnd_on")
        assert phone.status()["dnd"] is True
        code, _ = final_response(phone, work)
        assert code == 480, code
        assert phone.key("DNDOff") == 200
        listener.wait_for("dnd_off")
        code, contact = final_response(phone, work)
        assert code == 302 and "sip:201@127.0.0.1" in contact, (code, contact)
        q = query(listener.wait_for("forward_incoming_call"))
        assert q["display_remote"] == "Test Caller", q
        phone.stop()
        # DND survives a restart (it is a setting, saved in the flash).
        phone.start(provision=False)
        assert phone.status()["dnd"] is False
        assert phone.key("F2") == 200  # the idle softkey "DND"
        assert phone.status()["dnd"] is True
        phone.stop()
        phone.start(provision=False)
        assert phone.status()["dnd"] is True
        phone.stop()


def test_dnd_code_is_dialled(binary):
    """With features.dnd.on_code = *71, turning DND on dials *71 on the line's server."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_uas.xml", [], work)
        phone = registered_phone(binary, work, listener, registrar,
                                 {"features.dnd.on_code": "*71"})
        listener.wait_for("log_on")
        assert phone.key("DNDOn") == 200
        q = query(listener.wait_for("outgoing_call"))
        assert q["remote"] == f"sip:*71@127.0.0.1:{registrar.port}", q
        phone.key("X")
        phone.stop()
        registrar.stop()


def test_forward_no_answer(binary):
    """No-answer forward after one ring (6 s): the phone rings (180), then answers 302 with
    the target in Contact, and fires forward_incoming_call."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS + ["forward_incoming_call"])
        cfg = action_urls(listener)
        cfg.update({"forward.no_answer.enable": 1, "forward.no_answer.target": "sip:vm@10.0.0.9",
                    "forward.no_answer.timeout": 1})
        phone = Vidi(binary, work, cfg).start()
        started = time.monotonic()
        code, contact = final_response(phone, work)
        elapsed = time.monotonic() - started
        assert code == 302 and "sip:vm@10.0.0.9" in contact, (code, contact)
        assert elapsed >= 5.5, f"forwarded after {elapsed:.1f}s, before the ring time"
        listener.wait_for("incoming_call")
        listener.wait_for("forward_incoming_call")
        phone.wait_screen("Idle")
        phone.stop()


def test_auto_answer_and_busy_forward(binary):
    """account.1.auto_answer answers an idle phone without a touch; with call waiting off, a
    second call while that one lasts is not auto-answered but forwarded on busy (302 to
    forward.busy.target)."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS + ["forward_incoming_call"])
        cfg = action_urls(listener)
        cfg.update({"account.1.auto_answer": 1, "forward.busy.enable": 1,
                    "call_waiting.enable": 0,
                    "forward.busy.target": "sip:colleague@10.0.0.7"})
        phone = Vidi(binary, work, cfg).start()
        first = Sipp("uac_call.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                      "-m", "1"], work)
        listener.wait_for("call_established")
        code, contact = final_response(phone, work)
        assert code == 302 and "sip:colleague@10.0.0.7" in contact, (code, contact)
        assert len(phone.status()["calls"]) == 1
        assert first.wait() == 0, first.errors()
        phone.stop()


def test_anonymous_calls(binary):
    """account.1.anonymous_call: the INVITE's From is anonymous with Privacy: id.
    account.1.reject_anonymous_call: an anonymous caller gets 433 without ringing."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_uas.xml", ["-m", "2"], work)
        phone = registered_phone(binary, work, listener, registrar,
                                 {"account.1.anonymous_call": 1,
                                  "account.1.reject_anonymous_call": 1})
        listener.wait_for("log_on")
        assert phone.key("number=3602") == 200
        listener.wait_for("call_established")
        phone.key("X")
        listener.wait_for("call_terminated")
        invite = [l for l in registrar.messages().splitlines() if l.startswith("INVITE FROM")][0]
        assert '"Anonymous" <sip:anonymous@anonymous.invalid>' in invite, invite
        assert re.search(r"PRIVACY\s+id\b", invite), invite
        code, _ = final_response(phone, work, fromuser="anonymous", fromhost="anonymous.invalid")
        assert code == 433, code
        events = [e.split("?")[0].strip("/") for e in listener.events()]
        assert "incoming_call" not in events, events
        assert phone.stop() == 0
        assert registrar.wait() == 0, registrar.errors()


def reinvites(sipp):
    return [l for l in sipp.messages().splitlines() if l.startswith("REINVITE")]


def sendrecv(reinvite_line):
    """RFC 4566 §6: without a direction attribute a stream is sendrecv."""
    return re.search(r"DIR (a=sendrecv|none) ", reinvite_line)


def sent_packets(phone):
    return phone.status()["calls"][0]["rtpPacketsSent"]


def test_rtcp_goes_where_the_offer_says(binary):
    """RFC 3605: a caller's offer with a=rtcp:P (its RTCP socket is not the one after RTP,
    as behind some NATs): the phone's RTCP reports go to port P."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_uas.xml", ["-m", "1"], work)
        phone = registered_phone(binary, work, listener, registrar, {"account.1.auto_answer": 1})
        listener.wait_for("log_on")
        rtcp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        rtcp.bind(("127.0.0.1", 0))
        rtcp.settimeout(8)
        caller = Sipp("uac_rtcp.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                        "-m", "1", "-key", "rtcp_port",
                                        str(rtcp.getsockname()[1])], work)
        listener.wait_for("call_established")
        data, _ = rtcp.recvfrom(2048)
        # RTCP (RFC 3550 §6.4): version 2, a sender or receiver report first.
        assert data[0] >> 6 == 2 and data[1] in (200, 201), data[:4].hex()
        rtcp.close()
        assert caller.wait() == 0, caller.errors()
        assert phone.stop() == 0
        registrar.stop()


def test_hold_and_resume(binary):
    """F_HOLD during a call: a re-INVITE with a=sendonly (RFC 3264), the far end answers
    recvonly, our RTP stops, hold fires, the softkey reads Resume; F_HOLD again: a=sendrecv,
    RTP flows again, unhold fires."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS + ["hold", "unhold"])
        registrar = Sipp("registrar_uas.xml", ["-m", "2"], work)
        phone = registered_phone(binary, work, listener, registrar)
        listener.wait_for("log_on")
        assert phone.key("number=3602") == 200
        listener.wait_for("call_established")
        wait_until(lambda: sent_packets(phone) > 10, what="RTP before hold")
        assert phone.key("F_HOLD") == 200
        listener.wait_for("hold")
        wait_until(lambda: reinvites(registrar), what="the hold re-INVITE")
        assert "DIR a=sendonly" in reinvites(registrar)[0], reinvites(registrar)
        assert phone.status()["calls"][0]["held"] is True
        time.sleep(0.3)
        before = sent_packets(phone)
        time.sleep(0.6)
        assert sent_packets(phone) == before, "RTP must stop while on hold"
        assert phone.key("F2") == 200  # the softkey now reads Resume
        listener.wait_for("unhold")
        wait_until(lambda: len(reinvites(registrar)) == 2, what="the resume re-INVITE")
        assert sendrecv(reinvites(registrar)[1]), reinvites(registrar)
        wait_until(lambda: sent_packets(phone) > before + 10, what="RTP after resume")
        assert phone.key("X") == 200
        listener.wait_for("call_terminated")
        assert phone.stop() == 0
        assert registrar.wait() == 0, registrar.errors()


def test_rfc2543_hold_and_resume(binary):
    """With sip.rfc2543_hold = 1 (seed 000 §"Call Hold"), F_HOLD sends a re-INVITE whose
    connection address is 0.0.0.0 and that has no direction attribute (RFC 2543); our RTP
    stops although the far end answers sendrecv; Resume offers our real address again."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS + ["hold", "unhold"])
        registrar = Sipp("registrar_uas.xml", ["-m", "2"], work)
        phone = registered_phone(binary, work, listener, registrar, {"sip.rfc2543_hold": 1})
        listener.wait_for("log_on")
        assert phone.key("number=3602") == 200
        listener.wait_for("call_established")
        wait_until(lambda: sent_packets(phone) > 10, what="RTP before hold")
        assert phone.key("F_HOLD") == 200
        listener.wait_for("hold")
        wait_until(lambda: reinvites(registrar), what="the hold re-INVITE")
        hold = reinvites(registrar)[0]
        assert "NULLADDR c=IN IP4 0.0.0.0" in hold and "DIR none" in hold, hold
        time.sleep(0.3)
        before = sent_packets(phone)
        time.sleep(0.6)
        assert sent_packets(phone) == before, "RTP must stop while on hold"
        assert phone.key("F_HOLD") == 200
        listener.wait_for("unhold")
        wait_until(lambda: len(reinvites(registrar)) == 2, what="the resume re-INVITE")
        resume = reinvites(registrar)[1]
        assert "NULLADDR none" in resume and sendrecv(resume), resume
        wait_until(lambda: sent_packets(phone) > before + 10, what="RTP after resume")
        assert phone.key("X") == 200
        listener.wait_for("call_terminated")
        assert phone.stop() == 0
        assert registrar.wait() == 0, registrar.errors()


def test_call_waiting(binary):
    """A second call during a call rings as call waiting (waiting tone, Answer/Reject
    softkeys); OK answers it and holds the first (its caller gets a=sendonly); Swap goes back;
    when the callers hang up, the phone returns to idle."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS + ["answer_new_incoming_call", "hold"])
        phone = Vidi(binary, work, action_urls(listener)).start()
        first = Sipp("uac_call.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                      "-m", "1"], work)
        phone.wait_screen("Incoming")
        phone.key("OK")
        listener.wait_for("call_established")
        second = Sipp("uac_call.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                       "-m", "1"], work)
        wait_until(lambda: len(phone.status()["calls"]) == 2, what="the waiting call")
        status = phone.status()
        assert status["screen"] == "InCall" and status["tone"] == "CallWaiting", status
        assert status["softkeys"][:2] == ["answer", "reject"], status
        assert phone.key("OK") == 200
        listener.wait_for("answer_new_incoming_call")
        listener.wait_for("hold")
        wait_until(lambda: reinvites(first), what="the first caller put on hold")
        assert "DIR a=sendonly" in reinvites(first)[0], reinvites(first)
        status = phone.status()
        assert status["tone"] == "None" and "swap" in status["softkeys"], status
        assert phone.key("F3") == 200  # Swap: back to the first caller
        wait_until(lambda: len(reinvites(second)) == 1 and len(reinvites(first)) == 2,
                   what="swap re-INVITEs")
        assert sendrecv(reinvites(first)[1]), reinvites(first)
        assert first.wait() == 0, first.errors()
        assert second.wait() == 0, second.errors()
        phone.wait_screen("Idle")
        assert phone.stop() == 0


def test_dial_plan(binary):
    """Seed acceptance 13/14 end to end: a replace rule rewrites the Request-URI user, a
    block-out number shows "Forbidden Number" and sends nothing, a dial-now number goes out
    by itself after phone_setting.dialnow_delay."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_uas.xml", [], work)
        phone = registered_phone(binary, work, listener, registrar, {
            "dialplan.replace.prefix.1": "001(xxx)45(xx)",
            "dialplan.replace.replace.1": "9001$145$2",
            "dialplan.block_out.number.1": "0000",
            "dialplan.dialnow.rule.1": "2216",
        })
        listener.wait_for("log_on")
        assert phone.key("number=0012354599") == 200
        q = query(listener.wait_for("outgoing_call"))
        assert q["remote"].startswith("sip:90012354599@"), q
        listener.wait_for("call_established")
        phone.key("X")
        listener.wait_for("call_terminated")
        phone.wait_screen("Idle")

        for d in "0000":
            phone.key(d)
        assert phone.key("POUND") == 409  # refused: not dialled
        status = phone.status()
        assert status["notice"] == "Forbidden Number" and not status["calls"], status
        phone.key("X")

        started = time.monotonic()
        for d in "2216":
            phone.key(d)
        wait_until(lambda: len([e for e in listener.events()
                                if e.startswith("/outgoing_call")]) == 2, 5,
                   what="the dial-now call")
        assert time.monotonic() - started >= 0.9, "sent before phone_setting.dialnow_delay"
        assert query(listener.events()[-1])["remote"].startswith("sip:2216@")
        phone.stop()
        registrar.stop()


def notify(phone, work, event, newmsgs=0):
    sender = Sipp("uac_notify.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                     "-key", "event", event, "-key", "newmsgs", str(newmsgs),
                                     "-m", "1"], work)
    assert sender.wait() == 0, sender.errors()


def test_unsolicited_mwi(binary):
    """An unsolicited NOTIFY message-summary (Voice-Message: 3/8) is answered 200 and the
    phone shows 3 new voice messages; a later one with 0 clears it."""
    with TestDir() as work:
        phone = Vidi(binary, work, {}).start()
        notify(phone, work, "message-summary", 3)
        wait_until(lambda: phone.status()["voiceMessages"] == 3, what="voice mail count")
        notify(phone, work, "message-summary", 0)
        wait_until(lambda: phone.status()["voiceMessages"] == 0, what="voice mail cleared")
        assert phone.stop() == 0


def test_mwi_subscription(binary):
    """account.1.subscribe_mwi: after registering, the phone SUBSCRIBEs to message-summary with
    Expires 3600 and shows the count of the NOTIFY that follows."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_uas.xml", [], work)
        phone = registered_phone(binary, work, listener, registrar,
                                 {"account.1.subscribe_mwi": 1})
        listener.wait_for("log_on")
        wait_until(lambda: phone.status()["voiceMessages"] == 2, 10, what="MWI from NOTIFY")
        lines = [l for l in registrar.messages().splitlines() if l.startswith("SUBSCRIBE")]
        assert lines and re.search(r"EVENT\s+message-summary", lines[0]), lines
        assert re.search(r"EXPIRES\s+3600", lines[0]), lines
        phone.stop()
        registrar.stop()


def test_check_sync(binary):
    """NOTIFY check-sync re-provisions (a setting changed on the server arrives) and does not
    reboot; check-sync;reboot=true reboots: the phone shuts down, starts again and is back."""
    with TestDir() as work:
        phone = Vidi(binary, work, {"account.1.label": "Before"}).start()
        phone.write_cfg(f"{phone.mac}.cfg", {"account.1.label": "After"})
        notify(phone, work, "check-sync")
        wait_until(lambda: len(phone.status()["provisioning"]) == 4, what="provisioning again")
        assert "rebooting" not in phone.log()
        with open(os.path.join(phone.config_dir, "settings.cfg")) as f:
            assert "account.1.label = After" in f.read()
        notify(phone, work, "check-sync;reboot=true")
        wait_until(lambda: phone.log().count("vidi: rebooting") == 1, what="the reboot")
        wait_until(lambda: phone.log().count("setup completed") == 2, 15, what="booted again")
        wait_until(lambda: phone._status_or_none() is not None, 10, what="web server again")
        assert phone.status()["screen"] == "Idle"
        assert phone.stop() == 0


def dtmf_call(binary, work, extra):
    """A registered phone in a call whose media goes to a test RTP receiver."""
    listener = ActionUrlListener(EVENTS)
    receiver = RtpReceiver()
    server = Sipp("uas_dtmf_sink.xml", ["-key", "rtpsink", str(receiver.port)], work)
    cfg = dict(ACCOUNT, **{"account.1.sip_server_port": server.port})
    cfg.update(action_urls(listener))
    cfg.update(extra)
    phone = Vidi(binary, work, cfg).start()
    listener.wait_for("log_on")
    assert phone.key("number=3602") == 200
    listener.wait_for("call_established")
    return phone, server, receiver, listener


def test_dtmf_rfc2833(binary):
    """account.1.dtmf.type = 1 (default): keys in a call go out as RFC 4733 telephone-events
    on payload type 101, each ending with the end bit set (three end packets)."""
    with TestDir() as work:
        phone, server, receiver, _ = dtmf_call(binary, work, {})
        wait_until(lambda: receiver.packets, what="audio RTP")
        for key in ("5", "POUND"):
            assert phone.key(key) == 200
            time.sleep(0.4)
        events = receiver.events(101)
        codes = [e for e, _ in events]
        assert 5 in codes and 11 in codes, events
        ends = [e for e, end in events if end]
        assert ends.count(5) >= 3 and ends.count(11) >= 3, events
        phone.stop()
        server.stop()
        receiver.close()


def test_dtmf_sip_info(binary):
    """account.1.dtmf.type = 2 with info_type 1: keys go out as SIP INFO
    application/dtmf-relay "Signal=7"; no telephone-event is offered."""
    with TestDir() as work:
        phone, server, receiver, _ = dtmf_call(binary, work, {"account.1.dtmf.type": 2,
                                                              "account.1.dtmf.info_type": 1})
        assert phone.key("7") == 200
        wait_until(lambda: "INFO" in server.messages(), what="the INFO")
        line = [l for l in server.messages().splitlines() if l.startswith("INFO")][0]
        assert "application/dtmf-relay" in line and "Signal=7" in line, line
        time.sleep(0.3)
        assert not receiver.events(101), "no RFC 2833 events in INFO mode"
        phone.stop()
        server.stop()
        receiver.close()


def test_blind_transfer(binary):
    """Transfer softkey (F3) in a call: the call goes on hold and the dialer asks for the
    target; Transfer (F1) sends a REFER whose Refer-To is the target without Replaces, and
    after 202 the phone hangs up (BYE). blind_transfer_call and transfer_finished fire."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS + ["blind_transfer_call", "transfer_finished",
                                               "hold"])
        registrar = Sipp("registrar_uas.xml", ["-m", "2"], work)
        phone = registered_phone(binary, work, listener, registrar)
        listener.wait_for("log_on")
        assert phone.key("number=3602") == 200
        listener.wait_for("call_established")
        assert phone.status()["softkeys"][2] == "transfer"
        assert phone.key("F3") == 200
        listener.wait_for("hold")
        # Let the hold re-INVITE finish (SIPp takes one transaction at a time).
        wait_until(lambda: reinvites(registrar), what="the hold re-INVITE")
        time.sleep(0.3)
        status = phone.status()
        assert status["screen"] == "Dialer" and status["softkeys"][0] == "transfer_now", status
        for d in "3603":
            phone.key(d)
        assert phone.key("F1") == 200
        listener.wait_for("blind_transfer_call")
        listener.wait_for("transfer_finished")
        listener.wait_for("call_terminated")
        phone.wait_screen("Idle")
        refer = [l for l in registrar.messages().splitlines() if l.startswith("REFER TO")][0]
        assert f"sip:3603@127.0.0.1:{registrar.port}" in refer, refer
        assert "Replaces" not in refer, refer
        assert phone.stop() == 0
        assert registrar.wait() == 0, registrar.errors()


def outgoing_calls(listener):
    return [query(e) for e in listener.events() if e.startswith("/outgoing_call")]


def test_hotline_and_live_dialpad(binary):
    """features.hotline_number with a 1 s delay: the speaker key (off hook) dials it after the
    delay. phone_setting.predial_autodial: typed digits go out after the inter-digit time."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_uas.xml", [], work)
        phone = registered_phone(binary, work, listener, registrar, {
            "features.hotline_number": "3700", "features.hotline_delay": 1,
            "phone_setting.predial_autodial": 1, "phone_setting.inter_digit_time": 1})
        listener.wait_for("log_on")
        started = time.monotonic()
        assert phone.key("SPEAKER") == 200
        assert phone.status()["screen"] == "Dialer"
        wait_until(lambda: outgoing_calls(listener), 5, what="the hotline call")
        assert time.monotonic() - started >= 0.9
        assert outgoing_calls(listener)[0]["remote"].startswith("sip:3700@")
        phone.key("X")
        phone.wait_screen("Idle")
        for d in "36":
            phone.key(d)
        wait_until(lambda: len(outgoing_calls(listener)) == 2, 5, what="the live dialpad call")
        assert outgoing_calls(listener)[1]["remote"].startswith("sip:36@")
        phone.key("X")
        phone.stop()
        registrar.stop()


def kamailio_phone(binary, work, name, user, kamailio, listener, mac, extra=None, env=None):
    home = os.path.join(work, name)
    os.makedirs(home)
    cfg = {"account.1.enable": 1, "account.1.label": name, "account.1.user_name": user,
           "account.1.password": "secret", "account.1.sip_server_host": "127.0.0.1",
           "account.1.sip_server_port": kamailio.port, "account.1.display_name": name}
    cfg.update(action_urls(listener))
    cfg.update(extra or {})
    return Vidi(binary, home, cfg, mac=mac, env=env).start()


def test_two_phones_through_kamailio(binary):
    """Two vidi phones register with Kamailio (digest on REGISTER and INVITE) and call each
    other through it: A dials B's number, B rings and answers, RTP flows both ways, A hangs up
    and B returns to idle."""
    with TestDir() as work:
        kamailio = Kamailio(work)
        events_a, events_b = ActionUrlListener(EVENTS), ActionUrlListener(EVENTS)
        a = kamailio_phone(binary, work, "Alice", "1001", kamailio, events_a, "001565aaaa01")
        b = kamailio_phone(binary, work, "Bob", "1002", kamailio, events_b, "001565aaaa02")
        events_a.wait_for("log_on")
        events_b.wait_for("log_on")
        assert a.key("number=1002") == 200
        q = query(events_b.wait_for("incoming_call"))
        assert q["display_remote"] == "Alice", q
        b.wait_screen("Incoming")
        assert b.key("OK") == 200
        events_a.wait_for("call_established")
        events_b.wait_for("call_established")
        for phone in (a, b):
            wait_until(lambda: phone.status()["calls"] and
                       phone.status()["calls"][0]["rtpPacketsReceived"] > 10 and
                       phone.status()["calls"][0]["rtpPacketsSent"] > 10, 10,
                       what="RTP both ways")
        for phone in (a, b):  # a clean call: nothing lost, an excellent estimate
            call = phone.status()["calls"][0]
            assert call["lossPercent"] == 0 and call["mos"] > 4.3, call
        assert a.key("X") == 200
        events_b.wait_for("call_terminated")
        b.wait_screen("Idle")
        a.wait_screen("Idle")
        assert "relaying INVITE" in kamailio.text()
        assert a.stop() == 0 and b.stop() == 0
        kamailio.stop()


def test_baresip_calls_vidi(binary):
    """Interop with baresip: it calls the phone (auto answer), G.711 RTP flows both ways
    (baresip reports our stream), the phone hangs up and baresip sees the call end."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        phone = Vidi(binary, work, dict(action_urls(listener),
                                        **{"account.1.auto_answer": 1})).start()
        peer = Baresip(work, [f"/dial sip:2413333601@127.0.0.1:{phone.sip_port}"])
        q = query(listener.wait_for("call_established"))
        assert q["remote"] == "sip:bare@127.0.0.1", q
        wait_until(lambda: phone.status()["calls"][0]["rtpPacketsReceived"] > 20 and
                   phone.status()["calls"][0]["rtpPacketsSent"] > 20, 10, what="RTP both ways")
        wait_until(lambda: "incoming rtp for 'audio' established" in peer.text(), 5,
                   what="baresip receiving our RTP")
        assert phone.key("X") == 200
        # baresip reports a BYE from the far end as "session closed: Connection reset by peer".
        wait_until(lambda: "session closed" in peer.text(), 5, what="baresip seeing the BYE")
        phone.wait_screen("Idle")
        assert phone.stop() == 0
        peer.stop()


def test_caller_identity_source(binary):
    """account.1.cid_source picks the caller's identity: 0 From, 4 P-Asserted-Identity first,
    5 Remote-Party-ID first (seed §"CLIP")."""
    expected = {0: ("From Name", "sip:fromuser@127.0.0.1"),
                4: ("Asserted Name", "sip:2001@pbx.example.com"),
                5: ("Party Name", "sip:3001@pbx.example.com")}
    for source, (name, uri) in expected.items():
        with TestDir() as work:
            listener = ActionUrlListener(EVENTS)
            cfg = dict(action_urls(listener), **{"account.1.cid_source": source})
            phone = Vidi(binary, work, cfg).start()
            caller = Sipp("uac_identities.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                                  "-m", "1"], work)
            q = query(listener.wait_for("incoming_call"))
            assert q["display_remote"] == name, (source, q)
            assert q["remote"].startswith(uri), (source, q)
            assert caller.wait() == 0, caller.errors()
            assert phone.stop() == 0


def invite_lines(sipp, prefix):
    return [l for l in sipp.messages().splitlines() if l.startswith(prefix)]


def test_session_timer_and_headers(binary):
    """The INVITE carries User-Agent "<model> <firmware>" and Supported: timer, 100rel,
    replaces, eventlist; with
    account.1.session_timer.enable, Session-Expires with the configured interval and
    refresher=uac (RFC 4028); without it, no Session-Expires."""
    for enabled in (1, 0):
        with TestDir() as work:
            listener = ActionUrlListener(EVENTS)
            registrar = Sipp("registrar_uas.xml", [], work)
            phone = registered_phone(binary, work, listener, registrar, {
                "account.1.session_timer.enable": enabled,
                "account.1.session_timer.expires": 120})
            listener.wait_for("log_on")
            phone.key("number=3602")
            listener.wait_for("call_established")
            line = invite_lines(registrar, "INVITE SESSION-EXPIRES")[0]
            assert re.search(r"USER-AGENT\s+Vidi \d+\.\d+\.\d+", line), line
            assert re.search(r"SUPPORTED\s+timer, 100rel, replaces, eventlist\s", line), line
            if enabled:
                assert re.search(r"SESSION-EXPIRES\s+120;refresher=uac", line), line
            else:
                assert re.search(r"SESSION-EXPIRES\s+SUPPORTED", line), line
            phone.key("X")
            listener.wait_for("call_terminated")
            phone.stop()
            registrar.stop()


def test_reprovisioned_account_unregisters(binary):
    """A registered account that a re-provisioning disables (NOTIFY check-sync, the server's
    file now says account.1.enable = 0) un-REGISTERs its binding at once (log_off fires) and
    the idle screen says "No Service"."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_uas.xml", ["-m", "1"], work)
        phone = registered_phone(binary, work, listener, registrar)
        listener.wait_for("log_on")
        phone.write_cfg(f"{phone.mac}.cfg", {"account.1.enable": 0})
        notify(phone, work, "check-sync")
        listener.wait_for("log_off")
        assert registrar.wait() == 0, registrar.errors()  # the un-REGISTER ended its scenario
        status = phone.status()
        assert status["serviceAvailable"] is False and not status["accounts"][0]["enabled"]
        assert phone.stop() == 0


def torture_messages(port):
    """Messages in the spirit of RFC 4475's torture tests, aimed at the phone: (name, bytes,
    expectation) with expectation "ok" (a 2xx answer), "reject" (a 4xx answer or silence)."""
    target = f"sip:2413333601@127.0.0.1:{port}"
    def msg(first, headers, body=b""):
        head = first + "\r\n" + "\r\n".join(headers) + "\r\n\r\n"
        return head.encode() + body

    base = ["Via: SIP/2.0/UDP 127.0.0.1:9;rport;branch=z9hG4bK{tag}", "Max-Forwards: 70",
            "From: <sip:torture@example.com>;tag=t{tag}", f"To: <{target}>",
            "Call-ID: torture-{tag}@example.com"]

    def h(tag, extra, cseq="1 OPTIONS"):
        return [x.format(tag=tag) for x in base] + [f"CSeq: {cseq}"] + extra

    return [
        # §3.1.1.1-like: compact forms, odd but legal spacing and case, folded header.
        ("compact-and-folded", msg(f"OPTIONS {target} SIP/2.0",
            ["v: SIP/2.0/UDP 127.0.0.1:9;rport;branch=z9hG4bKcf1", "Max-Forwards:70",
             "f: <sip:torture@example.com>;tag=cf", f"t:    <{target}>",
             "i: torture-compact@example.com", "CSeq  :  1   OPTIONS",
             "Subject: folded", " over two lines", "l: 0"]), "ok"),
        # §3.1.1.2-like: unusual but valid tokens in a header parameter.
        ("wide-token-range", msg(f"OPTIONS {target} SIP/2.0",
            h("wt", ["X-Param: a;n!-_.~*'%21=val", "Content-Length: 0"])), "ok"),
        # §3.1.2.2 clerr: Content-Length larger than the body.
        ("content-length-too-large", msg(f"OPTIONS {target} SIP/2.0",
            h("cl", ["Content-Type: text/plain", "Content-Length: 9999"]), b"short"),
         "reject"),
        # §3.1.2.4 ncl: negative Content-Length.
        ("negative-content-length", msg(f"OPTIONS {target} SIP/2.0",
            h("ncl", ["Content-Length: -999"])), "reject"),
        # §3.1.2.7 quotbal: unterminated quoted display name.
        ("unbalanced-quotes", msg(f"OPTIONS {target} SIP/2.0",
            [f"To: \"Mr. J. User <{target}>", "Via: SIP/2.0/UDP 127.0.0.1:9;rport;branch=z9hG4bKqb",
             "From: <sip:torture@example.com>;tag=qb", "Call-ID: torture-qb@example.com",
             "CSeq: 1 OPTIONS", "Max-Forwards: 70", "Content-Length: 0"]), "reject"),
        # §3.1.2.10-like: a Via without a sent-by host.
        ("via-without-host", msg(f"OPTIONS {target} SIP/2.0",
            ["Via: SIP/2.0/UDP ;branch=z9hG4bKnh", "From: <sip:t@example.com>;tag=nh",
             f"To: <{target}>", "Call-ID: torture-nh@example.com", "CSeq: 1 OPTIONS",
             "Max-Forwards: 70", "Content-Length: 0"]), "reject"),
        # §3.1.2.6-like: CSeq method that disagrees with the request line.
        ("cseq-method-mismatch", msg(f"OPTIONS {target} SIP/2.0",
            h("cm", ["Content-Length: 0"], cseq="1 INVITE")), "reject"),
        # §3.3.x-like: an unknown SIP version.
        ("sip-version-7", msg(f"OPTIONS {target} SIP/7.0",
            h("v7", ["Content-Length: 0"])), "reject"),
        # An INVITE whose SDP is garbage: refused, not crashed on.
        ("invite-with-garbage-sdp", msg(f"INVITE {target} SIP/2.0",
            h("gs", ["Contact: <sip:t@127.0.0.1:9>", "Content-Type: application/sdp",
                     "Content-Length: 23"], cseq="1 INVITE"), b"v=banana\r\nm=audio x y\r\n"),
         "reject"),
    ]


def test_torture_messages(binary):
    """RFC 4475-style messages: valid oddities are answered 200, invalid ones are answered 4xx
    or dropped; the phone stays up and keeps taking calls."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        phone = Vidi(binary, work, action_urls(listener)).start()
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.bind(("127.0.0.1", 0))
            s.settimeout(0.6)
            for name, data, expect in torture_messages(phone.sip_port):
                s.sendto(data, ("127.0.0.1", phone.sip_port))
                answers = []
                try:
                    while True:
                        answers.append(s.recv(65535).decode(errors="replace").split("\r\n")[0])
                except socket.timeout:
                    pass
                finals = [a for a in answers if a.startswith("SIP/2.0 ")
                          and not a.startswith("SIP/2.0 1")]
                if expect == "ok":
                    assert finals and finals[0].startswith("SIP/2.0 2"), (name, answers)
                else:
                    assert all(f[8] in "456" for f in finals), (name, answers)
                    assert not [f for f in finals if f.startswith("SIP/2.0 2")], (name, answers)
        assert phone.status()["screen"] == "Idle"
        caller = Sipp("uac_cancel.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "1", "-m", "1"],
                      work)
        listener.wait_for("missed_call")
        assert caller.wait() == 0, caller.errors()
        assert phone.stop() == 0


def test_attended_transfer(binary):
    """Transfer, "Call First" to 3603 (consultation; the first call waits on hold), then
    Transfer with both calls up: a REFER on the held call whose Refer-To names 3603 with a
    Replaces of the consultation dialog; after the NOTIFY 200 the phone leaves both calls."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS + ["attended_transfer_call", "transfer_finished",
                                               "hold"])
        registrar = Sipp("registrar_uas.xml", ["-m", "3"], work)
        phone = registered_phone(binary, work, listener, registrar)
        listener.wait_for("log_on")
        assert phone.key("number=3602") == 200
        listener.wait_for("call_established")
        assert phone.key("F_TRANSFER") == 200
        listener.wait_for("hold")
        wait_until(lambda: reinvites(registrar), what="the hold re-INVITE")
        time.sleep(0.3)
        for d in "3603":
            phone.key(d)
        assert phone.status()["softkeys"][2] == "consult"
        assert phone.key("F3") == 200  # Call First
        wait_until(lambda: len([e for e in listener.events()
                                if e.startswith("/call_established")]) == 2, 10,
                   what="the consultation answered")
        status = phone.status()
        assert len(status["calls"]) == 2 and status["softkeys"][1] == "transfer", status
        assert phone.key("F_TRANSFER") == 200
        listener.wait_for("attended_transfer_call")
        listener.wait_for("transfer_finished")
        phone.wait_screen("Idle")
        refer = [l for l in registrar.messages().splitlines() if l.startswith("REFER TO")][0]
        # Header names in a URI are case-insensitive (RFC 3261 §19.1.1); Sofia writes them low.
        assert f"sip:3603@127.0.0.1:{registrar.port}?" in refer, refer
        assert "replaces=" in refer.lower() and "to-tag%3d" in refer.lower(), refer
        assert phone.stop() == 0
        assert registrar.wait() == 0, registrar.errors()


def test_auto_redial(binary):
    """auto_redial.enable with interval 1 s and 2 times: a busy callee (486) is called again
    twice, a second apart, and then no more."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS + ["remote_busy"])
        server = Sipp("uas_busy.xml", [], work)
        cfg = dict(ACCOUNT, **{"account.1.sip_server_port": server.port,
                               "auto_redial.enable": 1, "auto_redial.interval": 1,
                               "auto_redial.times": 2})
        cfg.update(action_urls(listener))
        phone = Vidi(binary, work, cfg).start()
        listener.wait_for("log_on")
        started = time.monotonic()
        assert phone.key("number=3602") == 200
        busy = lambda: [l for l in server.messages().splitlines() if l.startswith("BUSY")]
        wait_until(lambda: len(busy()) == 3, 8, what="two redials")
        assert time.monotonic() - started >= 1.9, "redials came before the interval"
        time.sleep(1.5)
        assert len(busy()) == 3, busy()
        assert len([e for e in listener.events() if e.startswith("/remote_busy")]) == 3
        phone.stop()
        server.stop()


def test_intercom(binary):
    """An intercom call (Call-Info: answer-after=0) is answered by itself after the warning
    ring, with the microphone muted (features.intercom.mute); with features.intercom.barge,
    a second intercom call during a call holds it and is answered too."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS + ["hold"])
        cfg = dict(action_urls(listener), **{"features.intercom.mute": 1,
                                             "features.intercom.barge": 1})
        phone = Vidi(binary, work, cfg).start()
        first = Sipp("uac_intercom.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                          "-m", "1"], work)
        q = query(listener.wait_for("call_established"))
        assert q["display_remote"] == "Intercom Desk", q
        assert phone.status()["calls"][0]["muted"] is True
        second = Sipp("uac_intercom.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                           "-m", "1"], work)
        listener.wait_for("hold")
        wait_until(lambda: len([e for e in listener.events()
                                if e.startswith("/call_established")]) == 2, 5,
                   what="the barging intercom answered")
        assert first.wait() == 0, first.errors()
        assert second.wait() == 0, second.errors()
        phone.wait_screen("Idle")
        assert phone.stop() == 0


def test_transaction_timer_t1(binary):
    """account.1.advanced.timer_t1 = 0.2: an unanswered REGISTER is retransmitted after
    200 ms, then 400 ms (RFC 3261 §17.1.2.2), instead of the default 500 ms and 1 s."""
    for t1, first_gap in ((0.2, (0.12, 0.35)), (0.5, (0.4, 0.7))):
        with TestDir() as work:
            registrar = Sipp("registrar_slow.xml", ["-trace_msg", "-m", "1"], work)
            phone = Vidi(binary, work, dict(ACCOUNT, **{
                "account.1.sip_server_port": registrar.port,
                "account.1.advanced.timer_t1": t1})).start()
            wait_until(lambda: phone.account(1)["registration"] == "registered", 10,
                       what="registered")
            times = registrar.trace_times("REGISTER ")
            assert len(times) >= 2, times
            gap = times[1] - times[0]
            assert first_gap[0] <= gap <= first_gap[1], (t1, gap)
            phone.stop()
            registrar.stop()


def test_outbound_proxy(binary):
    """account.1.outbound_proxy_enable: REGISTER and INVITE for a server name that does not
    resolve (pbx.example.invalid) go to the outbound proxy, which registers and answers."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        proxy = Sipp("registrar_uas.xml", ["-m", "2"], work)
        cfg = dict(ACCOUNT, **{"account.1.sip_server_host": "pbx.example.invalid",
                               "account.1.outbound_proxy_enable": 1,
                               "account.1.outbound_host": "127.0.0.1",
                               "account.1.outbound_port": proxy.port})
        cfg.update(action_urls(listener))
        phone = Vidi(binary, work, cfg).start()
        q = query(listener.wait_for("log_on"))
        assert q["active_url"] == "sip:2413333601@pbx.example.invalid", q
        assert phone.key("number=3602") == 200
        q = query(listener.wait_for("call_established"))
        assert q["remote"] == "sip:3602@pbx.example.invalid", q
        wait_until(lambda: phone.status()["calls"][0]["rtpPacketsReceived"] > 10,
                   what="echoed RTP")
        phone.key("X")
        listener.wait_for("call_terminated")
        assert phone.stop() == 0
        assert proxy.wait() == 0, proxy.errors()


def test_early_media(binary):
    """A 183 with SDP (RFC 3960): the phone plays the network's media instead of its own
    ringback (RTP flows both ways while it still rings), and keeps it through the 200."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        server = Sipp("uas_early_media.xml", [], work)
        cfg = dict(ACCOUNT, **{"account.1.sip_server_port": server.port})
        cfg.update(action_urls(listener))
        phone = Vidi(binary, work, cfg).start()
        listener.wait_for("log_on")
        assert phone.key("number=3602") == 200
        wait_until(lambda: phone.status()["calls"] and phone.status()["calls"][0]["earlyMedia"],
                   5, what="early media")
        wait_until(lambda: phone.status()["calls"][0]["rtpPacketsReceived"] > 10, 5,
                   what="early RTP")
        status = phone.status()
        assert status["calls"][0]["state"] == "Ringing" and status["tone"] == "None", status
        listener.wait_for("call_established")
        before = phone.status()["calls"][0]["rtpPacketsReceived"]
        wait_until(lambda: phone.status()["calls"][0]["rtpPacketsReceived"] > before + 10, 5,
                   what="RTP after the answer")
        phone.key("X")
        listener.wait_for("call_terminated")
        phone.stop()
        server.stop()


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
