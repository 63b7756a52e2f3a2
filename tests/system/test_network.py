#!/usr/bin/env python3
"""System tests of what crosses a real network: a phone behind a NAT router (STUN, rport) and
a phone whose address changes during a call. The module runs in a network namespace of its
own (the servers' network: Kamailio, coturn, the far phone); the phone under test runs in a
host namespace of its own, joined by veth pairs (harness.NetLab)."""

import os
import re
import sys
import time

from harness import (ActionUrlListener, Coturn, Kamailio, NetLab, Sipp, TestCa, TestDir, Vidi,
                     enter_own_network, run_tests, wait_until)

EVENTS = ["log_on", "incoming_call", "call_established", "call_terminated", "ip_change"]
SDP_LOG = {"QT_LOGGING_RULES": "vidi.sip.debug=true"}


def phone(binary, work, name, user, kamailio, listener, mac, extra=None, start=True, env=None,
          **where):
    home = os.path.join(work, name)
    os.makedirs(home)
    cfg = {"account.1.enable": 1, "account.1.label": name, "account.1.user_name": user,
           "account.1.password": "secret", "account.1.sip_server_host": kamailio.host,
           "account.1.sip_server_port": kamailio.port, "account.1.display_name": name}
    cfg.update({f"action_url.{e}": listener.url(e) for e in listener.names})
    cfg.update(extra or {})
    vidi = Vidi(binary, home, cfg, mac=mac, env=dict(SDP_LOG, **(env or {})), **where)
    return vidi.start() if start else vidi


def move_bob(lab, bob_host, bob_if, bob, events):
    """Bob's address goes from 10.77.0.2 to 10.77.0.3 (DHCP gave him another); he notices
    (Action URL ip_change)."""
    lab.run(bob_host, "ip", "addr", "del", "10.77.0.2/24", "dev", bob_if)
    lab.run(bob_host, "ip", "addr", "add", "10.77.0.3/24", "dev", bob_if)
    bob.host = "10.77.0.3"
    events.wait_for("ip_change")


def alice_and_bob(binary, work, bob_host, bob_extra=None, tcp=False):
    """Alice in the test's namespace (10.77.0.1) and Bob, auto answering, in `bob_host`
    (10.77.0.2), both registered with Kamailio at 10.77.0.1 (which also takes TCP with
    `tcp`)."""
    kamailio = Kamailio(work, host="10.77.0.1", tcp=tcp)
    events_a = ActionUrlListener(EVENTS)
    events_b = ActionUrlListener(EVENTS, host="10.77.0.1")
    alice = phone(binary, work, "Alice", "1001", kamailio, events_a, "001565aaaa01")
    bob = phone(binary, work, "Bob", "1002", kamailio, events_b, "001565aaaa02",
                dict({"account.1.auto_answer": 1, "features.action_uri_limit_ip": "10.77.0.1"},
                     **(bob_extra or {})),
                netns=bob_host, host="10.77.0.2")
    events_a.wait_for("log_on")
    events_b.wait_for("log_on")
    return kamailio, events_a, events_b, alice, bob


def rtp(phone_, direction):
    calls = phone_.status()["calls"]
    return calls[0][direction] if calls else 0


def flowing(phone_, direction, more_than=25, timeout=10):
    """Waits until `direction` ("rtpPacketsReceived"/"rtpPacketsSent") grows by more than
    `more_than` packets from now."""
    start = rtp(phone_, direction)
    wait_until(lambda: rtp(phone_, direction) > start + more_than, timeout,
               what=f"{direction} growing (from {start})")


def registered_contacts(kamailio, user):
    return re.findall(rf"REGISTER of sip:{user}@\S+ from \S+, Contact (.*)", kamailio.text())


def registered_over(kamailio, user, proto):
    """The Contacts `user` registered over `proto` ("tcp", "udp")."""
    return re.findall(rf"REGISTER of sip:{user}@\S+ from {proto}:\S+, Contact (.*)",
                      kamailio.text())


def remote_sdp_addresses(phone_):
    """The c= addresses of the SDPs the phone received (its debug log of each call state)."""
    found = []
    for part in phone_.log().split("remote SDP:")[1:]:
        m = re.search(r"c=IN IP4 (\S+)", part.split("local SDP:")[0])
        if m:
            found.append(m.group(1))
    return found


def test_address_change_during_call(binary):
    """DESIGN: a network change re-registers and re-INVITEs live calls. Bob (10.77.0.2, a
    host of its own) is in a call with Alice through Kamailio when his address becomes
    10.77.0.3: he reports ip_change, registers the new Contact, re-INVITEs Alice with it, and
    the audio goes on both ways. Alice's BYE reaches him at the new address, and a new call
    from Alice finds him there."""
    lab = NetLab()
    try:
        with TestDir() as work:
            bob_host = lab.host("bob")
            _, bob_if = lab.link(None, "10.77.0.1/24", bob_host, "10.77.0.2/24")
            kamailio, events_a, events_b, alice, bob = alice_and_bob(binary, work, bob_host)
            assert any("10.77.0.2" in c for c in registered_contacts(kamailio, "1002"))

            assert alice.key("number=1002") == 200
            events_a.wait_for("call_established")
            events_b.wait_for("call_established")
            flowing(bob, "rtpPacketsReceived")
            flowing(alice, "rtpPacketsReceived")

            move_bob(lab, bob_host, bob_if, bob, events_b)
            wait_until(lambda: any("10.77.0.3" in c for c in registered_contacts(kamailio, "1002")),
                       10, what="Bob registering his new address")
            # The old binding goes (expires=0), so that calls do not fork to a dead address.
            wait_until(lambda: any("10.77.0.2" in c and ("expires=0" in c or "Expires 0" in c)
                                   for c in registered_contacts(kamailio, "1002")),
                       10, what="Bob removing the binding of his old address")
            wait_until(lambda: "10.77.0.3" in remote_sdp_addresses(alice), 10,
                       what="Alice receiving Bob's re-INVITE with the new address")
            flowing(bob, "rtpPacketsReceived")   # Alice sends to the new address
            flowing(alice, "rtpPacketsReceived")  # and hears Bob from there

            events_b.clear()
            assert alice.key("X") == 200          # the BYE goes to Bob's new Contact
            events_b.wait_for("call_terminated")
            bob.wait_screen("Idle")

            events_b.clear()
            assert alice.key("number=1002") == 200  # the registrar knows where he is now
            events_b.wait_for("call_established", 15)
            flowing(alice, "rtpPacketsReceived")
            assert alice.key("X") == 200
            events_b.wait_for("call_terminated")
            assert alice.stop() == 0 and bob.stop() == 0
            kamailio.stop()
    finally:
        lab.close()


def test_address_change_over_tcp(binary):
    """The same change of address with Bob's account on SIP over TCP (account.1.transport 1):
    his connection to the registrar dies with the old address; he registers the new one over
    a new TCP connection from it (removing the old binding, the same URI as registered), and
    a call from Alice reaches him there."""
    lab = NetLab()
    try:
        with TestDir() as work:
            bob_host = lab.host("bob")
            _, bob_if = lab.link(None, "10.77.0.1/24", bob_host, "10.77.0.2/24")
            kamailio, events_a, events_b, alice, bob = alice_and_bob(
                binary, work, bob_host, {"account.1.transport": 1}, tcp=True)
            wait_until(lambda: any("10.77.0.2" in c for c in registered_over(kamailio, "1002", "tcp")),
                       10, what="Bob registered over TCP")
            # His Contact asks for TCP (RFC 3261 §19.1.1), so that calls come to him that way.
            first = registered_over(kamailio, "1002", "tcp")[0]
            assert "transport=tcp" in first, first
            move_bob(lab, bob_host, bob_if, bob, events_b)
            wait_until(lambda: any("10.77.0.3" in c for c in registered_over(kamailio, "1002", "tcp")),
                       10, what="Bob registering his new address over TCP")
            wait_until(lambda: any("10.77.0.2" in c and "Expires 0" in c
                                   for c in registered_over(kamailio, "1002", "tcp")),
                       10, what="Bob removing his old binding")
            assert alice.key("number=1002") == 200
            events_b.wait_for("call_established", 15)
            flowing(alice, "rtpPacketsReceived")
            flowing(bob, "rtpPacketsReceived")
            assert alice.key("X") == 200
            events_b.wait_for("call_terminated")
            assert alice.stop() == 0 and bob.stop() == 0
            kamailio.stop()
    finally:
        lab.close()


def test_address_change_over_tls(binary):
    """The same with Bob's account on SIP over TLS (account.1.transport 2, the server's
    certificate trusted through the CA provisioned): after the move he registers the new
    address over a new TLS connection and removes the binding he had registered."""
    lab = NetLab()
    try:
        with TestDir() as work:
            bob_host = lab.host("bob")
            _, bob_if = lab.link(None, "10.77.0.1/24", bob_host, "10.77.0.2/24")
            ca = TestCa(work)
            kamailio = Kamailio(work, host="10.77.0.1", tls=ca.issue("10.77.0.1"))
            events_b = ActionUrlListener(EVENTS, host="10.77.0.1")
            bob = phone(binary, work, "Bob", "1002", kamailio, events_b, "001565aaaa02",
                        {"account.1.transport": 2, "account.1.sip_server_port": kamailio.tls_port,
                         "trusted_certificates.url": "file://" + ca.cert,
                         "features.action_uri_limit_ip": "10.77.0.1"},
                        netns=bob_host, host="10.77.0.2")
            events_b.wait_for("log_on")
            first = registered_over(kamailio, "1002", "tls")
            assert first and "10.77.0.2" in first[0], kamailio.text()[-2000:]
            move_bob(lab, bob_host, bob_if, bob, events_b)
            wait_until(lambda: any("10.77.0.3" in c for c in registered_over(kamailio, "1002", "tls")),
                       10, what="Bob registering his new address over TLS")
            # The binding removed is the one registered (the same URI, RFC 3261 §10.2.2).
            old = first[0].split(",")[0].split("<")[-1].rstrip(">")
            wait_until(lambda: any(old in c and "Expires 0" in c
                                   for c in registered_over(kamailio, "1002", "tls")),
                       10, what=f"Bob removing {old}")
            assert bob.stop() == 0
            kamailio.stop()
    finally:
        lab.close()


def test_stun_behind_nat(binary):
    """Seed §"NAT Traversal": Bob is behind a NAT router (192.168.77.2 inside, 198.51.100.1
    outside) with STUN on: his registration carries the public address (Kamailio's Via
    received/rport), his SDP the public address and port of his RTP socket as coturn saw
    them — and of his video socket, a mapping of its own — and audio and video flow both
    ways with Alice outside. Carol, behind the same router
    without STUN, advertises her private address: her calls ring, but no audio reaches her."""
    lab = NetLab()
    try:
        with TestDir() as work:
            router = lab.host("router")
            inside = lab.host("inside")
            _, wan = lab.link(None, "198.51.100.2/24", router, "198.51.100.1/24")
            lab.link(router, "192.168.77.1/24", inside, "192.168.77.2/24")
            lab.run(inside, "ip", "route", "add", "default", "via", "192.168.77.1")
            stun = Coturn(work, "198.51.100.2")
            kamailio = Kamailio(work, host="198.51.100.2")
            events_a = ActionUrlListener(EVENTS)
            events_b = ActionUrlListener(EVENTS, host="198.51.100.2")
            events_c = ActionUrlListener(EVENTS, host="198.51.100.2")
            camera = {"VIDI_VIDEO_SOURCE": "videotestsrc is-live=true pattern=ball"}
            alice = phone(binary, work, "Alice", "1001", kamailio, events_a, "001565aaaa01",
                          env=camera)
            behind_nat = {"account.1.auto_answer": 1,
                          "features.action_uri_limit_ip": "198.51.100.2"}
            with_stun = dict(behind_nat, **{"account.1.nat.nat_traversal": 1,
                                            "account.1.nat.stun_server": stun.host,
                                            "account.1.nat.stun_port": stun.port})
            bob = phone(binary, work, "Bob", "1002", kamailio, events_b, "001565aaaa02",
                        with_stun, start=False, env=camera, netns=inside, host="198.51.100.1")
            carol = phone(binary, work, "Carol", "1003", kamailio, events_c, "001565aaaa03",
                          behind_nat, start=False, netns=inside, host="198.51.100.1")
            # The router forwards a port to each phone's web server, for the test to drive it.
            lab.nat_router(router, wan, [(18080, "192.168.77.2", bob.http_port),
                                         (18081, "192.168.77.2", carol.http_port)])
            bob.http_port, carol.http_port = 18080, 18081
            bob.start()
            carol.start()
            for events in (events_a, events_b, events_c):
                events.wait_for("log_on")
            for user in ("1002", "1003"):
                wait_until(lambda: any("198.51.100.1" in c
                                       for c in registered_contacts(kamailio, user)), 10,
                           what=f"{user} registered with the router's address")

            assert alice.key("number=1002") == 200
            events_a.wait_for("call_established")
            mapped = re.findall(r"RTP is reached at \"198\.51\.100\.1\" port (\d+)", bob.log())
            # Four sockets, four mappings: audio RTP and RTCP, then video RTP and RTCP.
            assert len(mapped) == 4, "Bob's STUN answers:\n" + bob.log()[-2000:]
            audio, audio_rtcp, video, video_rtcp = (int(p) for p in mapped)
            sdp = [s for s in alice.log().split("remote SDP:")[1:] if "198.51.100.1" in s]
            assert sdp and f"m=audio {audio} " in sdp[0], alice.log()[-3000:]
            assert f"m=video {video} " in sdp[0], sdp[0]
            # RFC 3605: a=rtcp only where the NAT did not keep RTCP next to RTP.
            assert (f"a=rtcp:{audio_rtcp}" in sdp[0]) == (audio_rtcp != audio + 1), sdp[0]
            assert (f"a=rtcp:{video_rtcp}" in sdp[0]) == (video_rtcp != video + 1), sdp[0]
            try:
                flowing(bob, "rtpPacketsReceived")
            except AssertionError:  # which mappings the router made, for the log
                print(lab.run(router, "cat", "/proc/net/nf_conntrack"))
                print(alice.status()["calls"], bob.status()["calls"])
                raise
            flowing(alice, "rtpPacketsReceived")
            for p in (alice, bob):  # the pictures cross the NAT both ways
                wait_until(lambda: (p.status()["calls"][0]["video"] or {})
                           .get("framesDecoded", 0) > 20, 10, what="video through the NAT")
            assert alice.key("X") == 200
            events_b.wait_for("call_terminated")

            events_a.clear()
            assert alice.key("number=1003") == 200
            events_a.wait_for("call_established")
            assert "192.168.77.2" in remote_sdp_addresses(alice)
            time.sleep(2)
            assert rtp(carol, "rtpPacketsSent") > 20      # she talks, unheard
            assert rtp(carol, "rtpPacketsReceived") == 0  # Alice's audio goes to 192.168.77.2
            assert alice.key("X") == 200
            events_c.wait_for("call_terminated")
            for p in (alice, bob, carol):
                assert p.stop() == 0
            kamailio.stop()
            stun.stop()
    finally:
        lab.close()



def test_call_quality_statistics(binary):
    """Per-call statistics (RTCP, RFC 3550 §6.4) on the status page: with one packet in ten
    to Bob's RTP ports dropped (nftables in his host), Bob reports about 10 % loss of what he
    receives, Alice learns the same of her stream from Bob's receiver reports, with a round
    trip; the MOS estimate falls below that of a clean call. A clean direction stays clean."""
    lab = NetLab()
    try:
        with TestDir() as work:
            bob_host = lab.host("bob")
            lab.link(None, "10.77.0.1/24", bob_host, "10.77.0.2/24")
            lab.run(bob_host, "nft", "add table inet lossy")
            lab.run(bob_host, "nft",
                    "add chain inet lossy input { type filter hook input priority 0 ; }")
            lab.run(bob_host, "nft", "add rule inet lossy input udp dport 20000-20040 "
                                     "numgen random mod 10 == 0 drop")
            kamailio, events_a, events_b, alice, bob = alice_and_bob(
                binary, work, bob_host,
                {"network.port.min_rtpport": 20000, "network.port.max_rtpport": 20040})
            assert alice.key("number=1002") == 200
            events_a.wait_for("call_established")
            # Receiver reports come every few seconds (RFC 3550 §6.2); enough packets for a rate.
            def progress():
                a, b = alice.status()["calls"][0], bob.status()["calls"][0]
                return a["remoteReport"] and b["packetsLost"] > 15
            wait_until(progress, 20, interval=2, what="RTCP receiver reports and some loss")
            time.sleep(3)
            a, b = alice.status()["calls"][0], bob.status()["calls"][0]
            keys = ("lossPercent", "remoteLossPercent", "jitterMs", "roundTripMs",
                    "bitrateKbps", "mos")
            print("Alice:", {k: round(a[k], 2) for k in keys})
            print("Bob:  ", {k: round(b[k], 2) for k in keys})
            assert 4 < b["lossPercent"] < 20, b
            assert 2 < a["remoteLossPercent"] < 25, a  # one report's fraction: coarser
            assert a["lossPercent"] < 1, a  # Alice's direction is clean
            assert 0 <= a["roundTripMs"] < 50, a
            assert 50 < a["bitrateKbps"] < 100, a  # G.711: 64 kbit/s of payload
            assert b["jitterMs"] < 30, b
            # 10 % loss costs both ends (a clean call estimates 4.4: two_phones_through_kamailio).
            assert 1 < b["mos"] < 4.0 and 1 < a["mos"] < 4.0, (a, b)
            assert alice.key("X") == 200
            events_b.wait_for("call_terminated")
            assert alice.stop() == 0 and bob.stop() == 0
            kamailio.stop()
    finally:
        lab.close()


def test_subscriptions_follow_address_change(binary):
    """After an address change a BLF subscription (RFC 4235) starts again on a new dialog with
    the new Contact, once the registrar has the new binding: the presence server's NOTIFYs
    reach the phone where it is now."""
    lab = NetLab()
    try:
        with TestDir() as work:
            bob_host = lab.host("bob")
            _, bob_if = lab.link(None, "10.77.0.1/24", bob_host, "10.77.0.2/24")
            server = Sipp("registrar_subscriptions.xml", [], work, host="10.77.0.1")
            events = ActionUrlListener(EVENTS, host="10.77.0.1")
            cfg = {"account.1.enable": 1, "account.1.user_name": "1002",
                   "account.1.sip_server_host": "10.77.0.1",
                   "account.1.sip_server_port": server.port,
                   "memorykey.3.type": 16, "memorykey.3.value": "3602", "memorykey.3.line": 1,
                   "features.action_uri_limit_ip": "10.77.0.1"}
            cfg.update({f"action_url.{e}": events.url(e) for e in events.names})
            bob = Vidi(binary, work, cfg, netns=bob_host, host="10.77.0.2").start()
            events.wait_for("log_on")

            def subscribed_from(address):
                return [l for l in server.logged("SUBSCRIBE CONTACT") if address in l]
            wait_until(lambda: subscribed_from("10.77.0.2"), 10, what="the BLF subscription")
            wait_until(lambda: bob.status()["blf"] and bob.status()["blf"][0]["state"] == "idle",
                       5, what="the key idle")

            move_bob(lab, bob_host, bob_if, bob, events)
            wait_until(lambda: [l for l in server.logged("REGISTER CONTACT") if "10.77.0.3" in l],
                       10, what="the new binding")
            sub = wait_until(lambda: subscribed_from("10.77.0.3"), 10,
                             what="the BLF subscription from the new address")
            assert "EVENT dialog" in sub[0], sub
            assert bob.status()["blf"][0]["state"] == "idle"
            assert bob.stop() == 0
            server.stop()
    finally:
        lab.close()

if __name__ == "__main__":
    enter_own_network()
    sys.exit(run_tests(globals()))
