"""System tests of media: what is heard at the far end of a call between two phones (through
Kamailio), analysed with a Goertzel filter; the offer on the wire; DSCP; DTMF in band; tones.

Run one test:  python3 test_media.py --vidi build/bin/vidi NAME"""

import math
import os
import re
import socket
import struct
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (ActionUrlListener, Kamailio, Sipp, TestDir, Vidi, free_port, run_tests,  # noqa: E402
                     wait_until)
from test_phone import ACCOUNT, EVENTS, action_urls, dtmf_call, registered_phone  # noqa: E402

RATE = 16000  # what the listening phone writes: 16-bit mono PCM at 16 kHz


def goertzel(samples, frequency, rate=RATE):
    """Power of one frequency in the samples (Goertzel's algorithm)."""
    k = 2 * math.cos(2 * math.pi * frequency / rate)
    s1 = s2 = 0.0
    for x in samples:
        s1, s2 = x + k * s1 - s2, s1
    return s1 * s1 + s2 * s2 - k * s1 * s2


def median_tone_share(samples, frequency, rate=RATE):
    """How much of the signal is at `frequency` (0..1): the median over 20 ms windows of the
    last second (short windows, so that a phase jump from a lost or late packet does not
    count against the tone)."""
    samples = samples[-rate:]
    window = rate // 50
    shares = []
    for start in range(0, len(samples) - window + 1, window):
        w = samples[start:start + window]
        total = sum(x * x for x in w) * window / 2
        shares.append(goertzel(w, frequency, rate) / total if total else 0.0)
    if len(shares) < 25:
        return 0.0
    return sorted(shares)[len(shares) // 2]


def tone_share(path, frequency):
    """median_tone_share() of what a phone recorded (16-bit mono PCM at RATE)."""
    with open(path, "rb") as f:
        data = f.read()
    return median_tone_share(struct.unpack(f"<{len(data) // 2}h", data[:len(data) // 2 * 2]),
                             frequency)


def phone(binary, work, name, user, kamailio, listener, mac, env, extra=None):
    home = os.path.join(work, name)
    os.makedirs(home)
    cfg = {"account.1.enable": 1, "account.1.user_name": user, "account.1.password": "secret",
           "account.1.sip_server_host": "127.0.0.1", "account.1.sip_server_port": kamailio.port,
           "account.1.auto_answer": 1}
    cfg.update(action_urls(listener))
    cfg.update(extra or {})
    return Vidi(binary, home, cfg, mac=mac, env=env).start()


# G.722 before G.711 (the seed puts it last).
WIDEBAND_FIRST = {"account.1.codec.6.priority": 1, "account.1.codec.1.priority": 5,
                  "account.1.codec.2.priority": 6}


G711_ONLY = {"account.1.codec.5.enable": 0, "account.1.codec.6.enable": 0}


def heard(binary, work, frequency, caller_extra=None, callee_extra=WIDEBAND_FIRST):
    """Alice sends a sine of `frequency`; returns Bob's codec and the tone's share of what he
    heard."""
    kamailio = Kamailio(work)
    events_a, events_b = ActionUrlListener(EVENTS), ActionUrlListener(EVENTS)
    recording = os.path.join(work, "bob.raw")
    alice = phone(binary, work, "Alice", "1001", kamailio, events_a, "001565aaae01",
                  {"VIDI_AUDIO_SOURCE": f"audiotestsrc is-live=true wave=sine freq={frequency} "
                                       "samplesperbuffer=160"},
                  caller_extra)
    bob = phone(binary, work, "Bob", "1002", kamailio, events_b, "001565aaae02",
                {"VIDI_AUDIO_SINK": f"audio/x-raw,format=S16LE,rate={RATE},channels=1 ! "
                                    f"filesink location={recording}",
                 "VIDI_RINGER_SINK": "fakesink sync=true"}, callee_extra)
    events_a.wait_for("log_on")
    events_b.wait_for("log_on")
    assert alice.key("number=1002") == 200
    events_b.wait_for("call_established")
    wait_until(lambda: bob.status()["calls"] and
               bob.status()["calls"][0]["rtpPacketsReceived"] > 100, 10, what="2 s of RTP")
    codec = bob.status()["calls"][0]["codec"]
    assert alice.key("X") == 200
    events_b.wait_for("call_terminated")
    assert alice.stop() == 0 and bob.stop() == 0
    kamailio.stop()
    return codec, tone_share(recording, frequency)


def test_g722_carries_wideband(binary):
    """G.722 (seed §7.1: 16 kHz audio) is chosen when both phones put it first, and a 6 kHz
    tone arrives: most of what Bob hears is at 6 kHz. With only G.711 on the caller the call
    falls back to it (8 kHz sampling), which cannot carry 6 kHz; 1 kHz still passes."""
    with TestDir() as work:
        codec, share = heard(binary, work, 6000, WIDEBAND_FIRST)
        assert codec == "G722", codec
        assert share > 0.5, f"6 kHz over G.722: share {share:.3f}"
    with TestDir() as work:
        codec, share = heard(binary, work, 6000, G711_ONLY)
        assert codec == "PCMU", codec
        assert share < 0.05, f"6 kHz over G.711: share {share:.3f}"
    with TestDir() as work:
        codec, share = heard(binary, work, 1000, G711_ONLY)
        assert codec == "PCMU", codec
        assert share > 0.5, f"1 kHz over G.711: share {share:.3f}"


def test_g729_call(binary):
    """G.729 (our element around libbcg729) carries a 1 kHz tone from phone to phone when
    both put it first; the codec is G729 on both ends."""
    g729_first = {"account.1.codec.5.priority": 1, "account.1.codec.1.priority": 5,
                  "account.1.codec.2.priority": 6}
    with TestDir() as work:
        codec, share = heard(binary, work, 1000, g729_first, g729_first)
        assert codec == "G729", codec
        assert share > 0.5, f"1 kHz over G.729: share {share:.3f}"


def test_g7231_call(binary):
    """G.723.1 (seed §7.1 rows G723_53/G723_63, payload type 4; our element around
    libavcodec) carries a 1 kHz tone from phone to phone when both put it first. Its 30 ms
    frames go whole into packets although the account's ptime is 20."""
    g723_first = {"account.1.codec.4.enable": 1, "account.1.codec.4.priority": 1,
                  "account.1.codec.1.priority": 5, "account.1.codec.2.priority": 6}
    with TestDir() as work:
        codec, share = heard(binary, work, 1000, g723_first, g723_first)
        assert codec == "G723", codec
        assert share > 0.5, f"1 kHz over G.723.1: share {share:.3f}"



def levels(recording, rate, window_ms=100):
    """-dBov of each window of a 16-bit mono recording (127: digital silence)."""
    with open(recording, "rb") as f:
        data = f.read()
    samples = struct.unpack(f"<{len(data) // 2}h", data[:len(data) // 2 * 2])
    n = rate * window_ms // 1000
    out = []
    for start in range(0, len(samples) - n + 1, n):
        rms = math.sqrt(sum(x * x for x in samples[start:start + n]) / n) / 32768
        out.append(127 if rms <= 0 else min(127, round(-20 * math.log10(rms))))
    return out


def test_comfort_noise_between_phones(binary):
    """RFC 3389 with voice.vad on both phones: Alice's offer carries CN/8000, Bob's answer too.
    Alice talks in bursts (0.4 s of tone every 1.6 s) over a background at about -55 dBov:
    her pauses go as CN packets, far fewer packets in all, none counted lost; Bob hears the
    pauses as noise at her background's level, not as dead air."""
    talker = ("audiotestsrc is-live=true samplesperbuffer=160 wave=ticks freq=1000 volume=0.5 "
              "tick-interval=1600000000 sine-periods-per-tick=400 ! mix. "
              "audiotestsrc is-live=true samplesperbuffer=160 wave=white-noise volume=0.003 "
              "! mix. audiomixer name=mix latency=200000000")
    vad = dict(G711_ONLY, **{"voice.vad": 1})
    with TestDir() as work:
        kamailio = Kamailio(work)
        events_a, events_b = ActionUrlListener(EVENTS), ActionUrlListener(EVENTS)
        recording = os.path.join(work, "bob.raw")
        alice = phone(binary, work, "Alice", "1001", kamailio, events_a, "001565aaae01",
                      {"VIDI_AUDIO_SOURCE": talker}, vad)
        bob = phone(binary, work, "Bob", "1002", kamailio, events_b, "001565aaae02",
                    {"VIDI_AUDIO_SINK": f"audio/x-raw,format=S16LE,rate={RATE},channels=1 ! "
                                        f"filesink location={recording}",
                     "VIDI_RINGER_SINK": "fakesink sync=true"}, vad)
        events_a.wait_for("log_on")
        events_b.wait_for("log_on")
        assert alice.key("number=1002") == 200
        events_b.wait_for("call_established")
        started = time.monotonic()
        wait_until(lambda: bob.status()["calls"] and
                   bob.status()["calls"][0]["comfortNoiseReceived"] >= 3, 10,
                   what="three pauses as CN")
        seconds = time.monotonic() - started
        sent, got = alice.status()["calls"][0], bob.status()["calls"][0]
        assert alice.key("X") == 200
        events_b.wait_for("call_terminated")
        assert alice.stop() == 0 and bob.stop() == 0
        kamailio.stop()
        assert sent["comfortNoiseSent"] >= 3, sent
        # Talking a quarter of the time: well under the 50 packets a second of G.711.
        assert sent["rtpPacketsSent"] < 0.6 * 50 * (seconds + 1), (sent, seconds)
        assert got["packetsLost"] == 0, got
        windows = levels(recording, RATE)[10:]  # after the first second, 100 ms each
        # Bob's loudspeaker played the whole call: her words and her pauses.
        assert len(windows) >= 10 * (seconds - 2), f"{len(windows) / 10 + 1} s of {seconds}"
        assert sum(1 for level in windows if level < 20) >= 5, f"no words heard: {windows}"
        quiet = sorted(level for level in windows if level > 30)
        assert quiet, "no pauses recorded"
        heard = quiet[len(quiet) // 2]
        assert 49 <= heard <= 61, f"the pauses heard at -{heard} dBov, sent at about -55"


def heard_back(binary, work, cancel_echo):
    """Alice talks (a 1 kHz tone) to Bob on hands-free, whose microphone hears his
    loudspeaker (an echo path inside his process: what he plays goes back into his microphone)
    and Bob (a 440 Hz tone). Returns the shares of Alice's own voice and of Bob's in what
    Alice hears of Bob."""
    kamailio = Kamailio(work)
    events_a, events_b = ActionUrlListener(EVENTS), ActionUrlListener(EVENTS)
    recording = os.path.join(work, "alice.raw")
    alice = phone(binary, work, "Alice", "1001", kamailio, events_a, "001565aaae01",
                  {"VIDI_AUDIO_SINK": f"audio/x-raw,format=S16LE,rate={RATE},channels=1 ! "
                                      f"filesink location={recording}",
                   "VIDI_RINGER_SINK": "fakesink sync=true"}, G711_ONLY)
    room = ("interaudiosrc channel=room ! audioconvert ! audioresample "
            "! audio/x-raw,format=S16LE,rate=8000,channels=1 ! mix. "
            "audiotestsrc is-live=true wave=sine freq=440 volume=0.2 samplesperbuffer=160 "
            "! audio/x-raw,format=S16LE,rate=8000,channels=1 ! mix. audiomixer name=mix")
    bob = phone(binary, work, "Bob", "1002", kamailio, events_b, "001565aaae02",
                {"VIDI_AUDIO_SOURCE": room, "VIDI_AUDIO_SINK": "interaudiosink channel=room",
                 "VIDI_RINGER_SINK": "fakesink sync=true",
                 "VIDI_ECHO_CANCEL": "1" if cancel_echo else "0"})
    events_a.wait_for("log_on")
    events_b.wait_for("log_on")
    assert alice.key("number=1002") == 200
    events_b.wait_for("call_established")
    # Three seconds: the canceller learns the echo path in the first. By the clock too: on a
    # loaded machine Bob's microphone (an audiomixer of live sources) once started with a
    # burst of some seconds of audio, which reached Alice within half a second.
    time.sleep(3)
    wait_until(lambda: alice.status()["calls"] and
               alice.status()["calls"][0]["rtpPacketsReceived"] > 150, 10, what="3 s of RTP")
    assert alice.key("X") == 200
    events_b.wait_for("call_terminated")
    assert alice.stop() == 0 and bob.stop() == 0
    kamailio.stop()
    return tone_share(recording, 1000), tone_share(recording, 440)


def test_echo_cancelled_in_hands_free(binary):
    """Hands-free (seed: "full-duplex hands-free with AEC"): Bob's loudspeaker is heard by his
    microphone. With the canceller (webrtcdsp, which the phone uses on hands-free when the
    microphone hears the speaker) Alice hears Bob and not herself; without it, mostly
    herself."""
    with TestDir() as work:
        own, other = heard_back(binary, work, cancel_echo=False)
        assert own > 0.5, f"no echo path: Alice's share {own:.3f}"
    with TestDir() as work:
        own, other = heard_back(binary, work, cancel_echo=True)
        assert own < 0.05, f"echo not cancelled: Alice's share {own:.3f}"
        assert other > 0.5, f"Bob not heard: his share {other:.3f}"


def test_bursty_sender_heard_whole(binary):
    """A sender that batches its packets (Alice's tone comes 128 ms at a time, as from a phone
    on power-saving Wi-Fi) is heard whole: the jitter buffer keeps a burst and plays it out
    at its timestamps (before, drop-on-latency threw away what exceeded its 40 ms: 43 % of
    the audio)."""
    with TestDir() as work:
        kamailio = Kamailio(work)
        events_a, events_b = ActionUrlListener(EVENTS), ActionUrlListener(EVENTS)
        recording = os.path.join(work, "bob.raw")
        alice = phone(binary, work, "Alice", "1001", kamailio, events_a, "001565aaae01",
                      {"VIDI_AUDIO_SOURCE": "audiotestsrc is-live=true wave=sine freq=1000 "
                                            "samplesperbuffer=1024"}, G711_ONLY)
        bob = phone(binary, work, "Bob", "1002", kamailio, events_b, "001565aaae02",
                    {"VIDI_AUDIO_SINK": f"audio/x-raw,format=S16LE,rate={RATE},channels=1 ! "
                                        f"filesink location={recording}",
                     "VIDI_RINGER_SINK": "fakesink sync=true"}, G711_ONLY)
        events_a.wait_for("log_on")
        events_b.wait_for("log_on")
        assert alice.key("number=1002") == 200
        events_b.wait_for("call_established")
        wait_until(lambda: bob.status()["calls"][0]["rtpPacketsReceived"] > 150, 10,
                   what="3 s of RTP")
        received = bob.status()["calls"][0]["rtpPacketsReceived"]
        assert alice.key("X") == 200
        events_b.wait_for("call_terminated")
        assert alice.stop() == 0 and bob.stop() == 0
        kamailio.stop()
        heard = os.path.getsize(recording) / 2 / RATE
        sent = received * 0.020
        assert heard > 0.9 * sent, f"{heard:.2f} s of audio from {sent:.2f} s of packets"
        assert tone_share(recording, 1000) > 0.9


def test_dtmf_received(binary):
    """RFC 4733 events from the far end: Alice presses 1, 2 and # in a call with Bob (both
    offer telephone-event); Bob's phone reports the keys in order (status dtmfReceived)."""
    with TestDir() as work:
        kamailio = Kamailio(work)
        events_a, events_b = ActionUrlListener(EVENTS), ActionUrlListener(EVENTS)
        alice = phone(binary, work, "Alice", "1001", kamailio, events_a, "001565aaae01", {},
                      G711_ONLY)
        bob = phone(binary, work, "Bob", "1002", kamailio, events_b, "001565aaae02",
                    {"VIDI_RINGER_SINK": "fakesink sync=true"}, G711_ONLY)
        events_a.wait_for("log_on")
        events_b.wait_for("log_on")
        assert alice.key("number=1002") == 200
        events_b.wait_for("call_established")
        wait_until(lambda: bob.status()["calls"][0]["rtpPacketsReceived"] > 25, 5,
                   what="audio")
        for key in ("1", "2", "POUND"):
            assert alice.key(key) == 200
            time.sleep(0.3)
        wait_until(lambda: bob.status()["calls"][0]["dtmfReceived"] == "12#", 5,
                   what="the keys at Bob")
        assert alice.key("X") == 200
        events_b.wait_for("call_terminated")
        assert alice.stop() == 0 and bob.stop() == 0
        kamailio.stop()

def offer_line(binary, work, extra):
    return offer_lines(binary, work, extra)[0]


def offer_lines(binary, work, extra):
    """The phone's INVITE to 3602 as the registrar logged it: the m= line with a=fmtp:18 and
    a=ptime, and the suites of its a=crypto lines 1 and 2."""
    listener = ActionUrlListener(EVENTS)
    registrar = Sipp("registrar_uas.xml", [], work)
    phone = registered_phone(binary, work, listener, registrar, extra)
    listener.wait_for("log_on")
    assert phone.key("number=3602") == 200
    wait_until(lambda: [l for l in registrar.messages().splitlines()
                        if l.startswith("INVITE SDP")], 5, what="the INVITE")
    lines = registrar.messages().splitlines()
    line = [l for l in lines if l.startswith("INVITE SDP")][0]
    crypto = [l for l in lines if l.startswith("INVITE CRYPTO")][0]
    # (SIPp answers PCMU only: without it the call ends on its own, for want of a codec.)
    phone.key("X")
    phone.wait_screen("Idle")
    assert phone.stop() == 0
    registrar.stop()
    return re.sub(r"m=audio \d+ ", "m=audio PORT ", line), crypto


def test_default_offer(binary):
    """Seed scenario 4/5: the default offer is m=audio … RTP/AVP 0 8 18 9 101 with
    a=fmtp:18 annexb=no and a=ptime:20; account.1.ptime=30 writes a=ptime:30, 0 none;
    a disabled codec is left out."""
    with TestDir() as work:
        assert offer_line(binary, work, {}) == \
            "INVITE SDP m=audio PORT RTP/AVP 0 8 18 9 101 | a=fmtp:18 annexb=no | a=ptime:20"
    with TestDir() as work:
        assert offer_line(binary, work, {"account.1.ptime": 30}).endswith("| a=ptime:30")
    with TestDir() as work:
        line = offer_line(binary, work, {"account.1.ptime": 0, "account.1.codec.1.enable": 0})
        assert line == "INVITE SDP m=audio PORT RTP/AVP 8 18 9 101 | a=fmtp:18 annexb=no | ", line




def sip_tos(binary, work, extra):
    """The TOS byte of the phone's first REGISTER, caught by a bare UDP socket."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.setsockopt(socket.IPPROTO_IP, socket.IP_RECVTOS, 1)
    sock.settimeout(10)
    cfg = dict(ACCOUNT, **{"account.1.sip_server_port": sock.getsockname()[1]})
    cfg.update(extra)
    phone = Vidi(binary, work, cfg).start()
    try:
        data, ancillary, _, _ = sock.recvmsg(4096, socket.CMSG_SPACE(1))
    finally:
        assert phone.stop() == 0
        sock.close()
    assert data.startswith(b"REGISTER "), data[:40]
    return next(v[0] for level, kind, v in ancillary if kind == socket.IP_TOS)


def test_dscp(binary):
    """Seed §7.3 QoS: RTP leaves with DSCP 46 (EF) and SIP with 26 (AF31) by default;
    network.qos.rtptos and network.qos.signaltos change them."""
    for extra, rtp_dscp, sip_dscp in (({}, 46, 26),
                                      ({"network.qos.rtptos": 34,
                                        "network.qos.signaltos": 24}, 34, 24)):
        with TestDir() as work:
            assert sip_tos(binary, work, extra) == sip_dscp << 2
        with TestDir() as work:
            phone, server, receiver, _ = dtmf_call(binary, work, extra)
            wait_until(lambda: receiver.packets, what="audio RTP")
            assert receiver.tos == {rtp_dscp << 2}, receiver.tos
            assert phone.stop() == 0
            server.stop()
            receiver.close()




def ulaw_samples(payloads):
    """Linear samples of G.711 µ-law payloads (ITU-T G.711)."""
    out = []
    for payload in payloads:
        for byte in payload:
            u = ~byte & 0xFF
            t = (((u & 0x0F) << 3) + 0x84) << ((u & 0x70) >> 4)
            out.append(0x84 - t if u & 0x80 else t - 0x84)
    return out


def test_inband_dtmf(binary):
    """account.1.dtmf.type = 0 (in-band): a key in a call is heard in the audio as its two
    DTMF frequencies (5: 770 Hz and 1336 Hz), and no RFC 4733 packet is sent."""
    with TestDir() as work:
        phone, server, receiver, _ = dtmf_call(binary, work, {"account.1.dtmf.type": 0})
        wait_until(lambda: len(receiver.packets) > 25, what="audio RTP")
        assert phone.key("5") == 200
        time.sleep(0.6)
        audio = ulaw_samples([p for pt, p in receiver.packets if pt == 0])
        window = 160  # 20 ms at 8 kHz
        dtmf_windows = 0
        for start in range(0, len(audio) - window + 1, window):
            w = audio[start:start + window]
            total = sum(x * x for x in w) * window / 2
            if total and (goertzel(w, 770, 8000) + goertzel(w, 1336, 8000)) / total > 0.6:
                dtmf_windows += 1
        assert dtmf_windows >= 3, f"{dtmf_windows} windows of 770+1336 Hz"
        assert receiver.events(101) == []
        assert phone.stop() == 0
        server.stop()
        receiver.close()




def test_dial_and_busy_tones(binary):
    """Seed §7.3 tones: off hook (the speaker key) with nothing dialled plays the dial tone,
    the first digit stops it; with features.busy_tone_delay=3 a busy callee is followed by
    3 s of busy tone, then silence."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        server = Sipp("uas_busy.xml", [], work)
        cfg = dict(ACCOUNT, **{"account.1.sip_server_port": server.port,
                               "features.busy_tone_delay": 3})
        cfg.update(action_urls(listener))
        phone = Vidi(binary, work, cfg).start()
        listener.wait_for("log_on")
        assert phone.status()["tone"] == "None"
        assert phone.key("SPEAKER") == 200
        phone.wait_screen("Dialer")
        assert phone.status()["tone"] == "Dial"
        assert phone.key("3") == 200
        assert phone.status()["tone"] == "None"
        assert phone.key("X") == 200
        phone.wait_screen("Idle")
        assert phone.key("number=3602") == 200
        wait_until(lambda: phone.status()["tone"] == "Busy", 5, what="the busy tone")
        started = time.monotonic()
        wait_until(lambda: phone.status()["tone"] == "None", 6, what="the busy tone's end")
        assert 2.0 < time.monotonic() - started < 4.5
        assert phone.stop() == 0
        server.stop()



TONES = {"Alice": 700, "Bob": 1100, "Carol": 1500}


def conference(binary, work, alice_extra=None, env_extra=None):
    """Alice calls Bob, presses Conference (Bob is held, the dialer asks for the third party),
    dials Carol, and presses Conference again. Each sends a tone of its own (TONES) and
    records what it hears. Returns the phones, their Action URL listeners and a function
    giving the tone shares of the last second one of them heard."""
    kamailio = Kamailio(work)
    phones, events, records = {}, {}, {}
    for n, (name, user) in enumerate((("Alice", "1001"), ("Bob", "1002"), ("Carol", "1003"))):
        events[name] = ActionUrlListener(EVENTS)
        records[name] = os.path.join(work, name.lower() + ".raw")
        # Carol's phone sends in bursts (audiotestsrc's 1024 samples: 128 ms at 8 kHz), like a
        # sender that batches its packets: the bridge must still mix her whole.
        burst = 1024 if name == "Carol" else 160
        env = {"VIDI_AUDIO_SOURCE": f"audiotestsrc is-live=true wave=sine freq={TONES[name]} "
                                    f"volume=0.3 samplesperbuffer={burst}",
               "VIDI_AUDIO_SINK": f"audio/x-raw,format=S16LE,rate={RATE},channels=1 ! "
                                  f"filesink buffer-mode=unbuffered location={records[name]}",
               "VIDI_RINGER_SINK": "fakesink sync=true"}
        env.update(env_extra or {})
        phones[name] = phone(binary, work, name, user, kamailio, events[name],
                             f"001565aaaf0{n}", env, alice_extra if name == "Alice" else None)
    alice, bob = phones["Alice"], phones["Bob"]
    for e in events.values():
        e.wait_for("log_on")

    assert alice.key("number=1002") == 200
    events["Bob"].wait_for("call_established")
    assert alice.key("F_CONFERENCE") == 200
    alice.wait_screen("Dialer")
    wait_until(lambda: bob.status()["calls"][0]["remoteHeld"], 5, what="Bob held")
    for digit in "1003":
        assert alice.key(digit) == 200
    assert alice.key("OK") == 200
    events["Carol"].wait_for("call_established")
    wait_until(lambda: "conference" in alice.status()["softkeys"], 5,
               what="the Conference softkey with two calls")
    assert alice.key("F_CONFERENCE") == 200
    wait_until(lambda: alice.status()["conference"], 5, what="the conference")
    assert alice.status()["softkeys"] == ["mute", "", "split", "end"]
    wait_until(lambda: not bob.status()["calls"][0]["remoteHeld"], 5, what="Bob resumed")

    def shares(name):
        heard = {other: tone_share(records[name], f) for other, f in TONES.items()}
        print(name, "hears", {k: round(v, 3) for k, v in heard.items()})
        return heard
    return kamailio, phones, events, shares


def test_local_conference(binary):
    """Seed §5.5, local 3-way conference: Alice's phone mixes (mix-minus): Bob hears Alice and
    Carol, Carol hears Alice and Bob, Alice hears both, and nobody hears themselves. Muted,
    Alice's tone leaves both; Alice's End releases both."""
    with TestDir() as work:
        kamailio, phones, events, shares = conference(binary, work)
        alice = phones["Alice"]
        time.sleep(3)
        for name in TONES:
            heard = shares(name)
            for other, share in heard.items():
                if other == name:
                    assert share < 0.02, f"{name} hears themselves: {heard}"
                else:
                    assert share > 0.3, f"{name} does not hear {other}: {heard}"

        assert alice.key("MUTE") == 200
        assert alice.status()["softkeys"][0] == "unmute"
        time.sleep(2)
        for name, other in (("Bob", "Carol"), ("Carol", "Bob")):
            heard = shares(name)
            assert heard["Alice"] < 0.02, f"{name} hears muted Alice: {heard}"
            assert heard[other] > 0.3, f"{name} does not hear {other}: {heard}"

        assert alice.key("X") == 200
        events["Bob"].wait_for("call_terminated")
        events["Carol"].wait_for("call_terminated")
        alice.wait_screen("Idle")
        for p in phones.values():
            assert p.stop() == 0
        kamailio.stop()


def test_conference_video(binary):
    """A local conference whose two calls carry video (seed §5.5 with the VP530's cameras):
    Alice's screen shows both far ends side by side, each picture arriving and drawn, while
    Bob and Carol each see Alice."""
    with TestDir() as work:
        cameras = {"VIDI_VIDEO_SOURCE": "videotestsrc is-live=true pattern=ball"}
        kamailio, phones, events, shares = conference(binary, work, env_extra=cameras)
        alice = phones["Alice"]
        wait_until(lambda: alice.status()["conferenceVideo"], 5, what="video on both calls")

        def shown(p):
            return [c["video"]["framesShown"] if c["video"] else 0 for c in p.status()["calls"]]

        before = shown(alice)
        time.sleep(1.5)
        after = shown(alice)
        assert len(after) == 2 and all(a - b >= 10 for a, b in zip(after, before)), (
            before, after, [c["video"] for c in alice.status()["calls"]],
            [c["video"] for c in phones["Bob"].status()["calls"]])
        for name in ("Bob", "Carol"):
            p = phones[name]
            first = shown(p)
            time.sleep(0.5)
            assert shown(p)[0] > first[0], f"{name} does not see Alice"
        assert alice.key("X") == 200
        events["Bob"].wait_for("call_terminated")
        events["Carol"].wait_for("call_terminated")
        for p in phones.values():
            assert p.stop() == 0
        kamailio.stop()


def test_conference_party_leaves(binary):
    """When Carol hangs up, the conference ends and Alice and Bob go on in a plain call on
    Alice's own microphone and speaker."""
    with TestDir() as work:
        kamailio, phones, events, shares = conference(binary, work)
        alice, carol = phones["Alice"], phones["Carol"]
        time.sleep(1)
        assert carol.key("X") == 200
        events["Carol"].wait_for("call_terminated")
        wait_until(lambda: not alice.status()["conference"] and len(alice.status()["calls"]) == 1,
                   5, what="Alice back in one call")
        assert alice.status()["softkeys"][1] == "hold"
        time.sleep(2)
        for name, other in (("Alice", "Bob"), ("Bob", "Alice")):
            heard = shares(name)
            assert heard[other] > 0.8, f"{name} does not hear {other}: {heard}"
            assert heard["Carol"] < 0.02, f"{name} still hears Carol: {heard}"
        assert alice.key("X") == 200
        events["Bob"].wait_for("call_terminated")
        for p in phones.values():
            assert p.stop() == 0
        kamailio.stop()


def test_conference_others_stay_connected(binary):
    """transfer.tran_others_after_conf_enable = 1 (seed §5.5): when Alice hangs up, Bob and
    Carol stay connected (Bob is referred to Carol with Replaces) and hear each other."""
    with TestDir() as work:
        kamailio, phones, events, shares = conference(
            binary, work, {"transfer.tran_others_after_conf_enable": 1})
        alice, bob, carol = phones["Alice"], phones["Bob"], phones["Carol"]
        time.sleep(1)
        assert alice.key("X") == 200
        alice.wait_screen("Idle", 10)
        wait_until(lambda: len(bob.status()["calls"]) == 1 and
                   "1003" in bob.status()["calls"][0]["remote"] and
                   bob.status()["calls"][0]["state"] == "Active", 10, what="Bob with Carol")
        wait_until(lambda: len(carol.status()["calls"]) == 1 and
                   "1002" in carol.status()["calls"][0]["remote"], 10, what="Carol with Bob")
        time.sleep(2)
        for name, other in (("Bob", "Carol"), ("Carol", "Bob")):
            heard = shares(name)
            assert heard[other] > 0.8, f"{name} does not hear {other}: {heard}"
        assert bob.key("X") == 200
        carol.wait_screen("Idle")
        for p in phones.values():
            assert p.stop() == 0
        kamailio.stop()



# --- SRTP (RFC 3711, SDES RFC 4568; seed 000 §"SRTP": account.x.srtp_encryption) -----------

SRTP_DISABLED, SRTP_FORCED, SRTP_NEGOTIATED = 0, 1, 2
SEED_SUITES = ("INVITE CRYPTO a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline: | "
               "a=crypto:2 AES_CM_128_HMAC_SHA1_32 inline:")


def test_srtp_offers(binary):
    """The offer of each mode: Forced sends RTP/SAVP with the seed's suites (tag 1 _80, tag 2
    _32, each with a key); Negotiated sends the same keys in an RTP/AVP offer, which a peer
    without SRTP answers as plain RTP; Disabled sends no keys."""
    for mode, profile, crypto in [(SRTP_FORCED, "RTP/SAVP", SEED_SUITES),
                                  (SRTP_NEGOTIATED, "RTP/AVP", SEED_SUITES),
                                  (SRTP_DISABLED, "RTP/AVP", "INVITE CRYPTO  | ")]:
        with TestDir() as work:
            line, keys = offer_lines(binary, work, {"account.1.srtp_encryption": mode})
            assert line.startswith(f"INVITE SDP m=audio PORT {profile} 0 8 18 9 101"), (mode, line)
            assert keys == crypto, (mode, keys)


def srtp_answer(binary, work, mode, profile, line1, line2="a=x-none:1"):
    """SIPp offers `profile` with the attribute lines; returns what it logged: "ANSWER <m=>
    | <a=crypto>" or "FINAL <code>"."""
    listener = ActionUrlListener(EVENTS)
    cfg = action_urls(listener)
    cfg.update({"account.1.auto_answer": 1, "account.1.srtp_encryption": mode})
    phone = Vidi(binary, work, cfg).start()
    caller = Sipp("uac_srtp.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                   "-key", "profile", profile, "-key", "line1", line1,
                                   "-key", "line2", line2, "-d", "500", "-m", "1"], work)
    assert caller.wait(20) == 0, caller.errors()
    assert phone.stop() == 0
    outcome = [l for l in caller.messages().splitlines()
               if l.startswith("ANSWER ") or l.startswith("FINAL ")]
    return re.sub(r"m=audio \d+ ", "m=audio PORT ", outcome[-1])


# The seed's F8 line (not in libsrtp2) first, then one we can do.
F8_LINE = "a=crypto:1 F8_128_HMAC_SHA1_80 inline:MjgzODc1ZDAyNDZlZmY0NjIyNjQ2MTY1N2JiOWE1"
SHA1_32_LINE = "a=crypto:2 AES_CM_128_HMAC_SHA1_32 inline:NmI3MjJmNzk2MzkxMmY3ZjRhMmM0MTVmMTExNDUz"


def test_srtp_answers(binary):
    """RFC 4568 §5.1.2 answers: of an RTP/SAVP offer with the seed's F8 line first and an
    AES_CM_128_HMAC_SHA1_32 line second, the phone takes tag 2 with a key of its own (a
    30-byte key in base64: 40 characters). Refused with 488 (RFC 4568 §7.5): an RTP/SAVP offer
    on a Disabled account, a plain offer on a Forced one. A Disabled account answers keys in an
    RTP/AVP offer with plain RTP."""
    with TestDir() as work:
        answer = srtp_answer(binary, work, SRTP_NEGOTIATED, "RTP/SAVP", F8_LINE, SHA1_32_LINE)
        assert re.fullmatch(r"ANSWER m=audio PORT RTP/SAVP \| a=crypto:2 AES_CM_128_HMAC_SHA1_32 "
                            r"inline:[A-Za-z0-9+/]{40}", answer), answer
        assert SHA1_32_LINE.split("inline:")[1] not in answer  # our own key, not the caller's
    with TestDir() as work:
        assert srtp_answer(binary, work, SRTP_DISABLED, "RTP/SAVP", SHA1_32_LINE) == "FINAL 488"
    with TestDir() as work:
        assert srtp_answer(binary, work, SRTP_FORCED, "RTP/AVP", "a=x-none:1") == "FINAL 488"
    with TestDir() as work:
        assert srtp_answer(binary, work, SRTP_DISABLED, "RTP/AVP", SHA1_32_LINE) == \
            "ANSWER m=audio PORT RTP/AVP | ", "keys ignored"


def secured_call(binary, work, alice_mode, bob_mode, hold=False):
    """Alice (sending a 1 kHz tone) calls Bob through Kamailio with the given SRTP modes (and,
    with `hold`, holds and resumes the call: re-INVITEs with the agreed key). Returns Bob's
    call status and the tone's share of what he heard last, or None when no call came about
    (Alice's phone then shows why)."""
    kamailio = Kamailio(work)
    events_a, events_b = ActionUrlListener(EVENTS), ActionUrlListener(EVENTS)
    recording = os.path.join(work, "bob.raw")
    alice = phone(binary, work, "Alice", "1001", kamailio, events_a, "001565aaae01",
                  {"VIDI_AUDIO_SOURCE": "audiotestsrc is-live=true wave=sine freq=1000 "
                                        "samplesperbuffer=160"},
                  dict(G711_ONLY, **{"account.1.srtp_encryption": alice_mode}))
    bob = phone(binary, work, "Bob", "1002", kamailio, events_b, "001565aaae02",
                {"VIDI_AUDIO_SINK": f"audio/x-raw,format=S16LE,rate={RATE},channels=1 ! "
                                    f"filesink location={recording}",
                 "VIDI_RINGER_SINK": "fakesink sync=true"},
                dict(G711_ONLY, **{"account.1.srtp_encryption": bob_mode}))
    events_a.wait_for("log_on")
    events_b.wait_for("log_on")
    assert alice.key("number=1002") == 200
    result = None
    try:
        events_b.wait_for("call_established", timeout=5)
    except AssertionError:
        wait_until(lambda: not alice.status()["calls"], 10, what="Alice's call to end")
    else:
        wait_until(lambda: bob.status()["calls"][0]["rtpPacketsReceived"] > 100, 10,
                   what="2 s of RTP")
        if hold:
            assert alice.key("F_HOLD") == 200
            wait_until(lambda: bob.status()["calls"][0]["remoteHeld"], 5, what="held")
            assert alice.key("F_HOLD") == 200
            wait_until(lambda: not bob.status()["calls"][0]["remoteHeld"], 5, what="resumed")
            before = bob.status()["calls"][0]["rtpPacketsReceived"]
            wait_until(lambda: bob.status()["calls"][0]["rtpPacketsReceived"] > before + 100,
                       10, what="2 s of RTP after the resume")
        call = bob.status()["calls"][0]
        assert alice.status()["calls"][0]["encrypted"] == call["encrypted"]
        assert alice.key("X") == 200
        events_b.wait_for("call_terminated")
        result = call, tone_share(recording, 1000)
    assert alice.stop() == 0 and bob.stop() == 0
    kamailio.stop()
    return result


def test_srtp_calls(binary):
    """Two phones through Kamailio: Forced with Forced, and Negotiated with Negotiated, talk
    over SRTP (both report it: the lock icon's source) and Bob hears Alice's tone through it;
    no packet fails its authentication, also after Alice holds and resumes the Forced call. Negotiated with Disabled falls back to plain RTP.
    Forced calling Disabled gets no call: Bob refuses the RTP/SAVP offer."""
    for alice_mode, bob_mode, encrypted in [(SRTP_FORCED, SRTP_FORCED, True),
                                            (SRTP_NEGOTIATED, SRTP_NEGOTIATED, True),
                                            (SRTP_NEGOTIATED, SRTP_DISABLED, False)]:
        with TestDir() as work:
            result = secured_call(binary, work, alice_mode, bob_mode,
                                  hold=alice_mode == SRTP_FORCED)
            assert result, (alice_mode, bob_mode)
            call, share = result
            assert call["encrypted"] is encrypted, (alice_mode, bob_mode, call)
            assert call["srtpPacketsRejected"] == 0, call
            assert share > 0.5, (alice_mode, bob_mode, share)
    with TestDir() as work:
        assert secured_call(binary, work, SRTP_FORCED, SRTP_DISABLED) is None


# --- Video (seed digest §7.2) ----------------------------------------------------------------

CAMERA = {"VIDI_VIDEO_SOURCE": "videotestsrc is-live=true pattern=ball"}


def video_phones(binary, work, alice_extra=None, bob_extra=None, bob_camera=True):
    """Kamailio, Alice and Bob (auto answer), both with a camera unless said otherwise."""
    kamailio = Kamailio(work)
    events_a, events_b = ActionUrlListener(EVENTS), ActionUrlListener(EVENTS)
    alice = phone(binary, work, "Alice", "1001", kamailio, events_a, "001565aaae01", CAMERA,
                  dict(G711_ONLY, **(alice_extra or {})))
    bob = phone(binary, work, "Bob", "1002", kamailio, events_b, "001565aaae02",
                dict(CAMERA if bob_camera else {}, VIDI_RINGER_SINK="fakesink sync=true"),
                dict(G711_ONLY, **(bob_extra or {})))
    events_a.wait_for("log_on")
    events_b.wait_for("log_on")
    return kamailio, alice, bob, events_b


def video_of(phone):
    calls = phone.status()["calls"]
    return calls[0]["video"] if calls else None


def call_with_pictures_both_ways(alice, bob, events_b, codec):
    """Alice calls Bob; each decodes 30 of the other's pictures, in `codec`, at CIF."""
    assert alice.key("number=1002") == 200
    events_b.wait_for("call_established")
    for p in (alice, bob):
        wait_until(lambda: (video_of(p) or {}).get("framesDecoded", 0) > 30, 10,
                   what="30 decoded pictures")
        v = video_of(p)
        assert v["codec"] == codec and (v["width"], v["height"]) == (352, 288), v


def test_video_call(binary):
    """Two phones with cameras: the call carries H.264 (the seed's first video codec) both
    ways, each decodes the other's pictures at CIF (352×288, what the seed's level 1.3 offer
    allows) at a steady rate. Stopping Alice's near-site video stops her pictures at Bob while
    his still reach her; started again, her pictures flow at once (a key frame)."""
    with TestDir() as work:
        kamailio, alice, bob, events_b = video_phones(binary, work)
        call_with_pictures_both_ways(alice, bob, events_b, "H264")
        time.sleep(1)
        assert video_of(bob)["fps"] > 15, video_of(bob)
        assert alice.key("F_STOP_VIDEO") == 200
        wait_until(lambda: video_of(alice)["cameraStopped"], 5, what="camera stopped")
        time.sleep(0.5)
        frozen = video_of(bob)["framesDecoded"]
        flowing = video_of(alice)["framesDecoded"]
        time.sleep(1)
        assert video_of(bob)["framesDecoded"] == frozen, "Alice's pictures must stop"
        assert video_of(alice)["framesDecoded"] > flowing + 10, "Bob's pictures go on"
        assert alice.key("F_STOP_VIDEO") == 200
        wait_until(lambda: video_of(bob)["framesDecoded"] > frozen + 10, 3,
                   what="Alice's pictures again")
        assert alice.key("X") == 200
        wait_until(lambda: not bob.status()["calls"], 5, what="the call's end")
        assert alice.stop() == 0 and bob.stop() == 0
        kamailio.stop()


def test_video_call_h263_plus(binary):
    """H.263+ (RFC 4629, "H263-1998", the video codec table's row 4, off by default): Alice
    offers only it, Bob has it after the seed's three; the call's video is H.263+ both ways,
    at CIF, each phone decoding the other's pictures."""
    only_h263_plus = {"account.1.video_codec.1.enable": 0, "account.1.video_codec.2.enable": 0,
                      "account.1.video_codec.3.enable": 0, "account.1.video_codec.4.enable": 1}
    with TestDir() as work:
        kamailio, alice, bob, events_b = video_phones(
            binary, work, alice_extra=only_h263_plus,
            bob_extra={"account.1.video_codec.4.enable": 1})
        call_with_pictures_both_ways(alice, bob, events_b, "H263-1998")
        assert alice.key("X") == 200
        wait_until(lambda: not bob.status()["calls"], 5, what="the call's end")
        assert alice.stop() == 0 and bob.stop() == 0
        kamailio.stop()


def test_video_declined_by_audio_phone(binary):
    """A phone without a camera answers the video offer with m=video 0 (seed digest §7.2: the
    guide's own answer): the call is an audio call on both sides, audio flows."""
    with TestDir() as work:
        kamailio, alice, bob, events_b = video_phones(binary, work, bob_camera=False)
        assert alice.key("number=1002") == 200
        events_b.wait_for("call_established")
        wait_until(lambda: alice.status()["calls"][0]["rtpPacketsReceived"] > 50, 5,
                   what="audio")
        assert video_of(alice) is None and video_of(bob) is None
        assert alice.key("X") == 200
        assert alice.stop() == 0 and bob.stop() == 0
        kamailio.stop()


def test_video_offer(binary):
    """The seed's video offer after the audio (seed 000 §"SRTP" sample, digest §7.2):
    m=video … 99 34 102 with its rtpmap and fmtp lines, in the order of
    account.x.video_codec.y.priority; a disabled codec is left out."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        registrar = Sipp("registrar_uas.xml", [], work)
        cfg = dict(ACCOUNT, **{"account.1.sip_server_port": registrar.port})
        cfg.update(action_urls(listener))
        phone = Vidi(binary, work, cfg, env=CAMERA).start()
        listener.wait_for("log_on")
        assert phone.key("number=3602") == 200
        line = wait_until(lambda: [l for l in registrar.messages().splitlines()
                                   if l.startswith("INVITE VIDEO")], 5, what="the INVITE")[0]
        assert re.sub(r"m=video \d+ ", "m=video PORT ", line) == (
            "INVITE VIDEO m=video PORT RTP/AVP 99 34 102 | a=rtpmap:99 H264/90000 | "
            "a=fmtp:99 profile-level-id=42800D; packetization-mode=0; max-mbps=11880 | "
            "a=rtpmap:34 H263/90000 | a=fmtp:34 CIF=1; QCIF=1 | a=rtpmap:102 mp4v-es/90000 | "
            "a=fmtp:102 CIF=1 QCIF=1 MaxBR=3840"), line
        phone.key("X")
        assert phone.stop() == 0
        registrar.stop()


class VideoWatcher:
    """A socket pair that receives a phone's H.264 RTP: notes when each key frame (an IDR
    access unit, RFC 6184 NAL type 5, single or in FU-A/STAP-A) arrives, and sends RTCP PLI
    (RFC 4585 §6.3.1) back to the phone's RTCP port (RTP port + 1, symmetric RTP)."""

    def __init__(self):
        import threading
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        for _ in range(50):
            port = free_port(pair=True)
            try:
                self.sock.bind(("127.0.0.1", port))
                break
            except OSError:
                continue
        self.port = self.sock.getsockname()[1]
        self.sock.settimeout(0.2)
        self.key_frames = []  # arrival time of each IDR access unit
        self.first = None
        self.peer = None
        self.ssrc = None
        self._timestamps = set()
        # Send the phone its own pictures back (under another SSRC) but none of their key
        # frames or parameter sets: a far end whose key frame was lost.
        self.reflect_without_key_frames = False
        self._stop = False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    @staticmethod
    def _nal_types(payload):
        kind = payload[0] & 0x1F
        if kind == 28 and len(payload) > 1:  # FU-A: the start fragment names the type
            return [payload[1] & 0x1F] if payload[1] & 0x80 else []
        if kind == 24:  # STAP-A
            types, i = [], 1
            while i + 2 < len(payload):
                size = struct.unpack("!H", payload[i:i + 2])[0]
                types.append(payload[i + 2] & 0x1F)
                i += 2 + size
            return types
        return [kind]

    def _run(self):
        while not self._stop:
            try:
                data, addr = self.sock.recvfrom(2048)
            except socket.timeout:
                continue
            if len(data) < 13 or data[0] >> 6 != 2:
                continue
            now = time.monotonic()
            self.first = self.first or now
            self.peer = addr
            self.ssrc = struct.unpack("!I", data[8:12])[0]
            timestamp = struct.unpack("!I", data[4:8])[0]
            types = self._nal_types(data[12:])
            if 5 in types and timestamp not in self._timestamps:
                self._timestamps.add(timestamp)
                self.key_frames.append(now)
            if self.reflect_without_key_frames and types and not {5, 7, 8} & set(types):
                self.sock.sendto(data[:8] + struct.pack("!I", 0x0BADF00D) + data[12:], addr)

    def send_pli(self):
        ours = 0x5EED5EED
        rr = struct.pack("!BBHI", 0x80, 201, 1, ours)
        pli = struct.pack("!BBHII", 0x81, 206, 2, ours, self.ssrc)
        self.sock.sendto(rr + pli, (self.peer[0], self.peer[1] + 1))

    def key_frames_between(self, start, end):
        return [t for t in self.key_frames if start <= t <= end]

    def close(self):
        self._stop = True
        self.thread.join()
        self.sock.close()


def test_video_key_frames_on_request(binary):
    """A far end that lost its picture gets a key frame at once: for each SIP INFO
    picture_fast_update (RFC 5168; four, 250 ms apart) and for each RTCP PLI (RFC 4585; three,
    500 ms apart), within 300 ms, instead of at the next of the every-two-seconds ones."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        phone = Vidi(binary, work, dict(action_urls(listener), **{"account.1.auto_answer": 1}),
                     env=CAMERA).start()
        watcher = VideoWatcher()
        caller = Sipp("uac_video.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                        "-key", "vport", str(watcher.port), "-m", "1"], work)
        wait_until(lambda: watcher.first, 10, what="the phone's video")
        t0 = watcher.first
        # The INFOs go out 1.5 s to 2.25 s after the answer.
        time.sleep(max(0, t0 + 2.6 - time.monotonic()))
        after_info = watcher.key_frames_between(t0 + 1.3, t0 + 2.6)
        assert len(after_info) >= 3, f"key frames after the INFOs: {after_info}, t0 {t0}"
        for _ in range(3):
            asked = time.monotonic()
            watcher.send_pli()
            time.sleep(0.5)
            assert watcher.key_frames_between(asked, asked + 0.3), \
                f"no key frame within 300 ms of a PLI sent at {asked - t0:.2f} s " \
                f"(key frames at {[round(t - t0, 2) for t in watcher.key_frames]})"
        assert caller.wait(10) == 0, caller.errors()
        watcher.close()
        assert phone.stop() == 0


def undecodable_video_call(binary, scenario):
    """SIPp calls with video (`scenario`) and the test sends the phone its own pictures back
    without their key frames: the phone's log once SIPp has finished (its exit status 0)."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        phone = Vidi(binary, work, dict(action_urls(listener), **{"account.1.auto_answer": 1}),
                     env=CAMERA).start()
        watcher = VideoWatcher()
        watcher.reflect_without_key_frames = True
        caller = Sipp(scenario, [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                 "-key", "vport", str(watcher.port), "-m", "1"], work)
        assert caller.wait(20) == 0, caller.errors()
        log = phone.log()
        watcher.close()
        assert phone.stop() == 0
        return log


def test_video_asks_for_lost_key_frame(binary):
    """A far end whose pictures the phone cannot decode (they arrive, but the key frame they
    depend on was lost) is asked for a key frame at once (SIP INFO picture_fast_update,
    RFC 5168), instead of the picture staying black until its next periodic one. (The
    scenario fails unless the INFO comes within 10 s of the answer.)"""
    log = undecodable_video_call(binary, "uac_video_wants_key_frame.xml")
    assert "asking the far end for a key frame" in log


def test_video_key_frame_requests_stop_when_refused(binary):
    """A far end that answers picture_fast_update with 415 is not asked again, though its
    pictures still cannot be decoded (SIPp fails the call on any further INFO)."""
    log = undecodable_video_call(binary, "uac_video_refuses_key_frame_request.xml")
    assert "refuses picture_fast_update" in log


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
