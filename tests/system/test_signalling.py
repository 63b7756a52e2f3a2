"""System tests of SIP signalling details on loopback: reliable provisional responses
(RFC 3262) against SIPp, SIP over TLS against Kamailio.

Run one test:  python3 test_signalling.py --vidi build/bin/vidi NAME"""

import math
import os
import re
import socket
import struct
import sys
import time
import wave

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (ActionUrlListener, DnsServer, Kamailio, Sipp, StaticServer,  # noqa: E402
                     TestCa, TestDir, Vidi, free_port, run_tests, wait_until)
from test_phone import ACCOUNT, EVENTS, action_urls, kamailio_phone  # noqa: E402



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
        wait_until(lambda: server.logged("PRACK RACK"), 5, what="the PRACK")
        supported = server.logged("INVITE SUPPORTED")[0]
        assert "100rel" in supported, supported
        rack = server.logged("PRACK RACK")[0].split()[2:]
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
        wait_until(lambda: caller.logged("PRACKED"), 10, what="the PRACK answered")
        reliable = caller.logged("RELIABLE 180")[0]
        assert "RSEQ " in reliable and "REQUIRE 100rel" in reliable, reliable
        phone.wait_screen("Incoming")
        assert phone.key("OK") == 200
        listener.wait_for("call_established")
        assert caller.wait() == 0, caller.errors()
        listener.wait_for("call_terminated")
        phone.wait_screen("Idle")
        assert phone.stop() == 0




def tls_phone(binary, work, kamailio, listener, ca_url, extra=None, name="Tls", user="1001",
              mac="001565aaab01"):
    home = os.path.join(work, name)
    os.makedirs(home)
    cfg = {"account.1.enable": 1, "account.1.user_name": user, "account.1.password": "secret",
           "account.1.sip_server_host": "127.0.0.1",
           "account.1.sip_server_port": kamailio.tls_port, "account.1.transport": 2,
           "account.1.display_name": name, "trusted_certificates.url": ca_url}
    cfg.update(action_urls(listener))
    cfg.update(extra or {})
    return Vidi(binary, home, cfg, mac=mac).start()


def test_tls_registration_and_call(binary):
    """account.1.transport=2: the phone registers with Kamailio over TLS, trusting the server's
    certificate because provisioning gave it the issuing CA (trusted_certificates.url), and
    calls a UDP phone through Kamailio: the INVITE reaches Kamailio over TLS; a call to it
    reaches it over TLS as well."""
    with TestDir() as work:
        ca = TestCa(work)
        kamailio = Kamailio(work, tls=ca.issue("127.0.0.1"))
        events, events_b = ActionUrlListener(EVENTS), ActionUrlListener(EVENTS)
        phone = tls_phone(binary, work, kamailio, events, "file://" + ca.cert)
        other = kamailio_phone(binary, work, "Bob", "1002", kamailio, events_b, "001565aaab02",
                               {"account.1.auto_answer": 1})
        events.wait_for("log_on")
        events_b.wait_for("log_on")
        assert phone.key("number=1002") == 200
        events.wait_for("call_established")
        events_b.wait_for("call_established")
        assert "relaying INVITE from sip:1001@127.0.0.1 to sip:1002" in kamailio.text()
        assert "(received over tls)" in kamailio.text(), kamailio.text()[-2000:]
        wait_until(lambda: phone.status()["calls"][0]["rtpPacketsReceived"] > 10, 10,
                   what="RTP")
        assert phone.key("X") == 200
        events_b.wait_for("call_terminated")
        # A call to the TLS phone comes over TLS too: its Contact names the TLS port.
        assert other.key("number=1001") == 200
        events.wait_for("incoming_call")
        relayed = re.findall(r"relaying INVITE from sip:1002@\S+ to (\S+)", kamailio.text())
        assert relayed and relayed[-1].endswith(f":{phone.tls_port};transport=tls"), relayed
        assert other.key("X") == 200
        events.wait_for("call_terminated")
        assert phone.stop() == 0 and other.stop() == 0
        kamailio.stop()


def test_tls_untrusted_server_refused(binary):
    """A server whose certificate comes from a CA the phone was not given: with
    security.trust_certificates=1 (the default) the phone does not register, and says so at
    once; with 0 it does. A file that is no certificate at trusted_certificates.url is refused and logged."""
    with TestDir() as work:
        stranger = TestCa(work, "Unknown CA")
        ours = TestCa(work)
        kamailio = Kamailio(work, tls=stranger.issue("127.0.0.1"))
        events = ActionUrlListener(EVENTS)
        # At once, not when Sofia's Timer F (64 × T1 = 32 s) would end the REGISTER.
        phone = tls_phone(binary, work, kamailio, events, "file://" + ours.cert)
        events.wait_for("register_failed", 4)
        assert "unable to get local issuer certificate" in phone.log()
        assert "TLS: the server's certificate is not trusted" in phone.log(), phone.log()
        assert "log_on" not in " ".join(events.events())
        assert phone.stop() == 0

        garbage = os.path.join(work, "garbage.crt")
        with open(garbage, "w") as f:
            f.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n")
        events2 = ActionUrlListener(EVENTS)
        lax = tls_phone(binary, work, kamailio, events2, "file://" + garbage,
                        {"security.trust_certificates": 0}, name="Lax", mac="001565aaab03")
        events2.wait_for("log_on", 15)
        assert "garbage.crt: rejected (garbage.crt: not a certificate" in lax.log(), lax.log()
        assert lax.stop() == 0
        kamailio.stop()




def test_udp_keep_alive(binary):
    """account.1.nat.udp_update_time=1: once registered, the phone sends an OPTIONS to the
    registrar about every second (NAT keep-alive); with udp_update_enable=0 it sends none."""
    for enabled in (1, 0):
        with TestDir() as work:
            listener = ActionUrlListener(EVENTS)
            registrar = Sipp("registrar_keepalive.xml", [], work)
            cfg = dict(ACCOUNT, **{"account.1.sip_server_port": registrar.port,
                                   "account.1.nat.udp_update_enable": enabled,
                                   "account.1.nat.udp_update_time": 1})
            cfg.update(action_urls(listener))
            phone = Vidi(binary, work, cfg).start()
            listener.wait_for("log_on")
            if enabled:
                wait_until(lambda: len(registrar.logged("OPTIONS")) >= 3, 6,
                           what="three keep-alives")
            else:
                time.sleep(3)
                assert registrar.logged("OPTIONS") == [], registrar.messages()
            assert phone.stop() == 0
            registrar.stop()




def blf_state(phone, key="D3"):
    return next((k["state"] for k in phone.status()["blf"] if k["key"] == key), None)


def shared_line(phone):
    return next(iter(phone.status()["sharedLine"]), {"state": None, "appearances": []})


def test_shared_call_appearance(binary):
    """account.1.shared_line = 1 (seed §5.18, BroadSoft SCA): once registered the phone
    SUBSCRIBEs to its own line's call-info event; the NOTIFY's Call-Info headers say another
    phone is on appearance 1, so the line (and its Shared Line key) shows busy. A call now
    seizes appearance 2 first (line-seize) and its INVITE names it (Call-Info
    appearance-index=2). When the other phone puts appearance 1 on public hold, the Shared
    Line key retrieves it: an INVITE to the line's own address naming appearance 1, without a
    seizure. When appearance 1 goes idle the line is idle again."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        server = Sipp("registrar_sca.xml", [], work)
        cfg = dict(ACCOUNT, **{"account.1.sip_server_port": server.port,
                               "account.1.shared_line": 1,
                               "memorykey.1.type": 21, "memorykey.1.value": 1})
        cfg.update(action_urls(listener))
        phone = Vidi(binary, work, cfg).start()
        listener.wait_for("log_on")
        wait_until(lambda: shared_line(phone)["state"] == "busy", 5, what="appearance 1 in use")
        sub = server.logged("SUBSCRIBE EVENT call-info")[0]
        assert f"TO <sip:2413333601@127.0.0.1:{server.port}>" in sub, sub
        appearance = shared_line(phone)["appearances"][0]
        assert appearance["index"] == 1 and appearance["state"] == "active", appearance
        assert "sip:2002@" in appearance["uri"], appearance
        assert phone.key("number=3602") == 200
        wait_until(lambda: server.logged("INVITE sip:"), 5, what="the INVITE")
        seize = server.logged("SUBSCRIBE EVENT line-seize")
        assert seize and "CALLINFO appearance-index=2" in seize[0], seize
        invite = server.logged("INVITE sip:")[0]
        assert invite.startswith("INVITE sip:3602@") and "appearance-index=2" in invite, invite
        wait_until(lambda: shared_line(phone)["state"] == "held", 6, what="appearance 1 held")
        assert phone.key("D1") == 200  # the Shared Line key
        wait_until(lambda: len(server.logged("INVITE sip:")) == 2, 5, what="the retrieval")
        retrieval = server.logged("INVITE sip:")[1]
        assert retrieval.startswith("INVITE sip:2413333601@"), retrieval
        assert "appearance-index=1" in retrieval, retrieval
        assert len(server.logged("SUBSCRIBE EVENT line-seize")) == 1  # nothing seized for it
        wait_until(lambda: shared_line(phone)["state"] == "idle", 6, what="appearance 1 idle")
        assert phone.stop() == 0
        server.stop()


def test_blf_key(binary):
    """memorykey.3 as BLF (type 16) for 3602: once registered the phone SUBSCRIBEs to 3602's
    dialog event (RFC 4235); the NOTIFYs turn the key idle, ringing, busy and idle again.
    Pressed while 3602 rings, the key dials its pickup code followed by the number."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        server = Sipp("registrar_blf.xml", [], work)
        cfg = dict(ACCOUNT, **{"account.1.sip_server_port": server.port,
                               "memorykey.3.type": 16, "memorykey.3.value": "3602",
                               "memorykey.3.line": 1, "memorykey.3.pickup_value": "*88",
                               "memorykey.3.label": "Reception"})
        cfg.update(action_urls(listener))
        phone = Vidi(binary, work, cfg).start()
        listener.wait_for("log_on")
        wait_until(lambda: blf_state(phone) == "idle" and server.logged("SUBSCRIBE"), 5,
                   what="the BLF subscription")
        sub = server.logged("SUBSCRIBE")[0]
        assert "EVENT dialog" in sub and "application/dialog-info+xml" in sub, sub
        assert f"<sip:3602@127.0.0.1:{server.port}>" in sub, sub
        key = phone.status()["blf"][0]
        assert key["label"] == "Reception" and key["value"] == "3602", key
        wait_until(lambda: blf_state(phone) == "ringing", 5, what="3602 ringing")
        assert phone.key("D3") == 200
        wait_until(lambda: server.logged("INVITE URI"), 5, what="the pickup INVITE")
        invite = server.logged("INVITE URI")[0]
        assert "INVITE sip:*883602@127.0.0.1" in invite, invite
        wait_until(lambda: blf_state(phone) == "busy", 6, what="3602 talking")
        wait_until(lambda: blf_state(phone) == "idle", 5, what="3602 idle again")
        assert phone.stop() == 0
        server.stop()




def invited(sipp):
    return [l[len("INVITE TO "):] for l in sipp.messages().splitlines()
            if l.startswith("INVITE TO ")]


def test_dss_keys(binary):
    """DSS keys by type (seed §4.9): Speed Dial (13) dials its number, Voicemail (12) the
    account's voice_mail.number, DND (5) toggles DND, and Call Park (10) during a call
    transfers it to the park code (REFER)."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_uas.xml", [], work)
        cfg = dict(ACCOUNT, **{"account.1.sip_server_port": registrar.port,
                               "memorykey.1.type": 13, "memorykey.1.value": "3700",
                               "memorykey.2.type": 12, "voice_mail.number.1": "*97",
                               "memorykey.4.type": 5,
                               "linekey.2.type": 10, "linekey.2.value": "*99"})
        cfg.update(action_urls(listener))
        phone = Vidi(binary, work, cfg).start()
        listener.wait_for("log_on")
        for key, number in (("D1", "3700"), ("D2", "*97")):
            count = len(invited(registrar))
            assert phone.key(key) == 200
            wait_until(lambda: len(invited(registrar)) == count + 1, 5, what=f"{key} dialling")
            assert invited(registrar)[-1].startswith(f"<sip:{number}@127.0.0.1"), invited(registrar)
            listener.wait_for("call_established")
            assert phone.key("X") == 200
            listener.wait_for("call_terminated")
            phone.wait_screen("Idle")
            listener.clear()
        assert phone.key("D4") == 200
        assert phone.status()["dnd"] is True
        assert phone.key("D4") == 200
        assert phone.status()["dnd"] is False

        assert phone.key("number=3602") == 200
        listener.wait_for("call_established")
        assert phone.key("L2") == 200
        wait_until(lambda: [l for l in registrar.messages().splitlines()
                            if l.startswith("REFER TO")], 5, what="the park REFER")
        refer = [l for l in registrar.messages().splitlines() if l.startswith("REFER TO")][0]
        assert f"sip:*99@127.0.0.1:{registrar.port}" in refer, refer
        phone.wait_screen("Idle")
        assert phone.stop() == 0
        registrar.stop()


def test_call_return_key(binary):
    """Call Return (DSS type 7) calls back the last caller: Bob calls Alice through Kamailio,
    Alice rejects, then her Call Return key calls Bob (who answers automatically)."""
    with TestDir() as work:
        kamailio = Kamailio(work)
        events_a, events_b = ActionUrlListener(EVENTS), ActionUrlListener(EVENTS)
        alice = kamailio_phone(binary, work, "Alice", "1001", kamailio, events_a,
                               "001565aaac01", {"memorykey.7.type": 7})
        bob = kamailio_phone(binary, work, "Bob", "1002", kamailio, events_b, "001565aaac02",
                             {"account.1.auto_answer": 1})
        events_a.wait_for("log_on")
        events_b.wait_for("log_on")
        assert bob.key("number=1001") == 200
        events_a.wait_for("incoming_call")
        alice.wait_screen("Incoming")
        assert alice.key("X") == 200
        bob.wait_screen("Idle")
        alice.wait_screen("Idle")
        assert alice.key("D7") == 200
        events_b.wait_for("call_established")
        assert "1002" in alice.status()["calls"][0]["remote"], alice.status()["calls"]
        assert alice.key("X") == 200
        events_b.wait_for("call_terminated", 5)
        assert alice.stop() == 0 and bob.stop() == 0
        kamailio.stop()




def test_dns_srv_failover(binary):
    """account.1.transport=3 (DNS SRV, RFC 3263): pbx.test has two SRV targets; the first
    (priority 10) is down, so the REGISTER goes on to the second (priority 20), which
    registers the phone; a call then goes out through the same lookup."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_uas.xml", [], work)
        dead = free_port()
        dns = DnsServer(work, [
            f"srv-host=_sip._udp.pbx.test,sip1.pbx.test,{dead},10,0",
            f"srv-host=_sip._udp.pbx.test,sip2.pbx.test,{registrar.port},20,0",
            "host-record=sip1.pbx.test,127.0.0.1",
            "host-record=sip2.pbx.test,127.0.0.1"])
        cfg = dict(ACCOUNT, **{"account.1.sip_server_host": "pbx.test",
                               "account.1.transport": 3})
        cfg.update(action_urls(listener))
        # TPORT_LOG: Sofia logs every message it sends, to show where the REGISTERs went.
        phone = Vidi(binary, work, cfg, env={"VIDI_RESOLV_CONF": dns.resolv_conf,
                                             "TPORT_LOG": "1"}).start()
        listener.wait_for("log_on", 15)
        assert any("_sip._udp.pbx.test" in q for q in dns.queries()), dns.queries()
        sent_to = re.findall(r"^send \d+ bytes to udp/\[127\.0\.0\.1\]:(\d+)", phone.log(), re.M)
        assert str(dead) in sent_to and str(registrar.port) in sent_to, sent_to
        assert sent_to.index(str(dead)) < sent_to.index(str(registrar.port)), sent_to
        assert phone.key("number=3602") == 200
        listener.wait_for("call_established")
        assert invited(registrar)[-1].startswith("<sip:3602@pbx.test"), invited(registrar)
        assert phone.key("X") == 200
        listener.wait_for("call_terminated")
        assert phone.stop() == 0
        dns.stop()
        registrar.stop()




def rings_with(binary, work, alert_info, cfg_extra, served=None):
    """The ring the phone plays for a call with this Alert-Info."""
    listener = ActionUrlListener(EVENTS)
    cfg = dict(ACCOUNT, **action_urls(listener))
    cfg.update(cfg_extra)
    phone = Vidi(binary, work, cfg).start()
    caller = Sipp("uac_alert_info.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                         "-m", "1", "-key", "alertinfo", alert_info], work)
    phone.wait_screen("Incoming")
    if served:
        wait_until(lambda: phone.status()["ringTone"].endswith(served), 5,
                   what="the downloaded ring")
    ring = phone.status()["ringTone"]
    tone = phone.status()["tone"]
    assert phone.key("X") == 200
    assert caller.wait() == 0, caller.errors()
    assert phone.stop() == 0
    assert "not playable" not in phone.log(), phone.log()
    return ring, tone


def test_distinctive_ring(binary):
    """Seed §5.23 with account.1.alert_info_url_enable=1: Bellcore-dr3 rings Ring3.wav; an
    Alert-Info URL that cannot be fetched falls back to its info= keyword (Family → Ring2);
    one that can is downloaded and rung; with the feature off the phone's own ring plays."""
    on = {"account.1.alert_info_url_enable": 1,
          "distinctive_ring_tones.alert_info.1.text": "Family",
          "distinctive_ring_tones.alert_info.1.ringer": 2}
    with TestDir() as work:
        assert rings_with(binary, work, "<http://127.0.0.1/Bellcore-dr3>", on) == \
            ("Ring3.wav", "Ring")
    with TestDir() as work:
        dead = free_port(socket.SOCK_STREAM)
        assert rings_with(binary, work, f"<http://127.0.0.1:{dead}/ring.wav>;info=Family",
                          on)[0] == "Ring2.wav"
    with TestDir() as work:
        served = os.path.join(work, "www")
        os.makedirs(served)
        with wave.open(os.path.join(served, "office.wav"), "wb") as w:  # 1 s of 440 Hz
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(8000)
            w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i
                                                                          / 8000)))
                                   for i in range(8000)))
        server = StaticServer(served)
        ring, _ = rings_with(binary, work, f"<{server.url}office.wav>;info=Family", on,
                             served="alert-ring.wav")
        assert ring.endswith("alert-ring.wav"), ring
        server.close()
    with TestDir() as work:
        assert rings_with(binary, work, "<http://127.0.0.1/Bellcore-dr3>",
                          {"phone_setting.ring_type": "Ring6.wav"})[0] == "Ring6.wav"




def test_intercom_key(binary):
    """An Intercom DSS key (type 14) calls 1002 asking for an automatic answer: Bob's phone
    (features.intercom.allow, no tone) answers by itself, muted (features.intercom.mute)."""
    with TestDir() as work:
        kamailio = Kamailio(work)
        events_a, events_b = ActionUrlListener(EVENTS), ActionUrlListener(EVENTS)
        alice = kamailio_phone(binary, work, "Alice", "1001", kamailio, events_a,
                               "001565aaad01",
                               {"memorykey.2.type": 14, "memorykey.2.value": "1002"})
        bob = kamailio_phone(binary, work, "Bob", "1002", kamailio, events_b, "001565aaad02",
                             {"features.intercom.tone": 0, "features.intercom.mute": 1})
        events_a.wait_for("log_on")
        events_b.wait_for("log_on")
        assert alice.key("D2") == 200
        events_b.wait_for("call_established")
        events_a.wait_for("call_established")
        assert bob.status()["calls"][0]["muted"] is True, bob.status()["calls"]
        assert alice.key("X") == 200
        events_b.wait_for("call_terminated")
        assert alice.stop() == 0 and bob.stop() == 0
        kamailio.stop()




def test_blf_list(binary):
    """BLF List (seed §5.17, RFC 4662): one SUBSCRIBE to account.1.blf.blf_list_uri with
    Supported: eventlist; the list's resources fill the type-39 keys in order (D5 Reception
    3602, D6 Sales 3603) with their states; D5 while 3602 rings dials the list's pickup code,
    D6 while 3603 talks the barge-in code."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        server = Sipp("registrar_blf_list.xml", [], work)
        cfg = dict(ACCOUNT, **{"account.1.sip_server_port": server.port,
                               "account.1.blf.blf_list_uri": "blf_3601",
                               "account.1.blf_list_code": "*65",
                               "account.1.blf_list_barge_in_code": "*33",
                               "memorykey.5.type": 39, "memorykey.6.type": 39,
                               "memorykey.7.type": 39})
        cfg.update(action_urls(listener))
        phone = Vidi(binary, work, cfg).start()
        listener.wait_for("log_on")
        wait_until(lambda: len(phone.status()["blf"]) == 2, 5, what="the list's two entries")
        sub = server.logged("SUBSCRIBE")[0]
        assert f"<sip:blf_3601@127.0.0.1:{server.port}>" in sub and "EVENT dialog" in sub, sub
        assert "eventlist" in server.logged("SUPPORTED")[0]
        keys = {k["key"]: k for k in phone.status()["blf"]}
        assert (keys["D5"]["value"], keys["D5"]["label"], keys["D5"]["state"]) == \
            ("3602", "Reception", "ringing"), keys
        assert (keys["D6"]["value"], keys["D6"]["state"]) == ("3603", "idle"), keys
        assert phone.key("D5") == 200
        wait_until(lambda: server.logged("INVITE URI"), 5, what="the pickup INVITE")
        assert "INVITE sip:*653602@" in server.logged("INVITE URI")[0]
        wait_until(lambda: blf_state(phone, "D6") == "busy", 5, what="3603 talking")
        phone.wait_screen("Idle")
        assert phone.key("D6") == 200
        wait_until(lambda: len(server.logged("INVITE URI")) == 2, 5, what="the barge-in INVITE")
        assert "INVITE sip:*333603@" in server.logged("INVITE URI")[1]
        assert phone.stop() == 0
        server.stop()




def test_call_completion(binary):
    """features.call_completion_enable (seed §5.11): 3602 is busy (486); the idle screen
    offers completion (softkey "complete"); OK accepts: the phone subscribes to 3602's
    call-completion state (RFC 6910) and, when the server says "cc-state: ready", calls 3602
    again by itself."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        server = Sipp("registrar_cc.xml", [], work)
        cfg = dict(ACCOUNT, **{"account.1.sip_server_port": server.port,
                               "features.call_completion_enable": 1})
        cfg.update(action_urls(listener))
        phone = Vidi(binary, work, cfg).start()
        listener.wait_for("log_on")
        assert phone.key("number=3602") == 200
        wait_until(lambda: phone.status()["callCompletion"]["offer"] == "3602", 5,
                   what="the completion offer")
        phone.wait_screen("Idle")
        assert phone.status()["softkeys"][0] == "complete"
        assert phone.key("OK") == 200
        wait_until(lambda: server.logged("SUBSCRIBE"), 5, what="the SUBSCRIBE")
        sub = server.logged("SUBSCRIBE")[0]
        assert "EVENT call-completion" in sub and "application/call-completion" in sub, sub
        assert f"<sip:3602@127.0.0.1:{server.port}>" in sub, sub
        assert phone.status()["callCompletion"]["waitingFor"] == "3602"
        wait_until(lambda: len(server.logged("INVITE URI")) == 2, 6,
                   what="the completion call")
        assert "INVITE sip:3602@127.0.0.1" in server.logged("INVITE URI")[1]
        wait_until(lambda: phone.status()["callCompletion"]["waitingFor"] == "", 5,
                   what="the wait over")
        assert phone.stop() == 0
        server.stop()




def test_outbound_proxy_in_dialog(binary):
    """sip.use_out_bound_in_dialog (seed §6.3): with 1 (the default) the ACK and BYE of a call
    go through the outbound proxy; with 0 the BYE goes straight to the callee's Contact."""
    for in_dialog in (1, 0):
        with TestDir() as work:
            listener = ActionUrlListener(EVENTS)
            callee = Sipp("uas_bye_sink.xml", ["-m", "1"], work)
            proxy = Sipp("uas_contact_elsewhere.xml", ["-key", "contactport", str(callee.port)],
                         work)
            cfg = dict(ACCOUNT, **{"account.1.sip_server_host": "pbx.example.invalid",
                                   "account.1.outbound_proxy_enable": 1,
                                   "account.1.outbound_host": "127.0.0.1",
                                   "account.1.outbound_port": proxy.port,
                                   "sip.use_out_bound_in_dialog": in_dialog})
            cfg.update(action_urls(listener))
            phone = Vidi(binary, work, cfg).start()
            listener.wait_for("log_on")
            assert phone.key("number=3602") == 200
            listener.wait_for("call_established")
            time.sleep(0.5)
            assert phone.key("X") == 200
            listener.wait_for("call_terminated")
            if in_dialog:
                wait_until(lambda: proxy.logged("BYE AT PROXY"), 5, what="BYE at the proxy")
                assert proxy.logged("ACK AT PROXY")
                assert not callee.logged("BYE AT CONTACT")
            else:
                wait_until(lambda: callee.logged("BYE AT CONTACT"), 5, what="BYE at the callee")
                assert not proxy.logged("BYE AT PROXY")
            assert phone.stop() == 0
            proxy.stop()
            callee.stop()



def test_network_conference(binary):
    """account.1.conf_type = 2 (seed §5.5, RFC 4579): with Bob on hold and Carol on the line,
    Conference calls the conference factory (account.1.conf_uri); once the focus answers, a
    REFER to it for each party carries Refer-To: the party with Replaces of our dialog with
    it, one after the other. When the focus reports each done, our own call with the party
    ends; Alice stays in the conference."""
    with TestDir() as work:
        kamailio = Kamailio(work)
        focus = Sipp("uas_focus.xml", ["-m", "1"], work)
        listeners = {n: ActionUrlListener(EVENTS) for n in ("Alice", "Bob", "Carol")}
        alice = kamailio_phone(binary, work, "Alice", "1001", kamailio, listeners["Alice"],
                               "001565aab001",
                               {"account.1.conf_type": 2,
                                "account.1.conf_uri": f"conf@127.0.0.1:{focus.port}"})
        bob = kamailio_phone(binary, work, "Bob", "1002", kamailio, listeners["Bob"],
                             "001565aab002", {"account.1.auto_answer": 1})
        carol = kamailio_phone(binary, work, "Carol", "1003", kamailio, listeners["Carol"],
                               "001565aab003", {"account.1.auto_answer": 1})
        for listener in listeners.values():
            listener.wait_for("log_on")
        assert alice.key("number=1002") == 200
        listeners["Bob"].wait_for("call_established")
        assert alice.key("F_CONFERENCE") == 200
        alice.wait_screen("Dialer")
        for digit in "1003":
            assert alice.key(digit) == 200
        assert alice.key("OK") == 200
        listeners["Carol"].wait_for("call_established")
        wait_until(lambda: "conference" in alice.status()["softkeys"], 5,
                   what="the Conference softkey")
        assert alice.key("F_CONFERENCE") == 200
        listeners["Bob"].wait_for("call_terminated", 15)
        listeners["Carol"].wait_for("call_terminated", 15)
        refers = [l for l in focus.messages().splitlines() if l.startswith("REFER TO")]
        assert len(refers) == 2, refers
        for refer, user in zip(refers, ("1002", "1003")):
            assert f"sip:{user}@" in refer and "replaces=" in refer.lower(), refer
        wait_until(lambda: len(alice.status()["calls"]) == 1, 5, what="Alice with the focus")
        call = alice.status()["calls"][0]
        assert call["remote"].startswith("sip:conf@") and call["state"] == "Active", call
        assert alice.key("X") == 200
        focus.wait(10)
        alice.wait_screen("Idle")
        for p in (alice, bob, carol):
            assert p.stop() == 0
        kamailio.stop()

if __name__ == "__main__":
    sys.exit(run_tests(globals()))
