"""Interop with real softphones: linphonec (liblinphone 5.1), registered with Kamailio like
the phone, and baresip (driven through its ctrl_tcp module): calls, hold/resume, DTMF, and
blind and attended transfer in both directions.

Run one test:  python3 test_interop.py --vidi build/bin/vidi NAME"""

import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import (ActionUrlListener, Baresip, Kamailio, Linphone, Sipp, TestDir,  # noqa: E402
                     Vidi, run_tests, wait_until)
from test_phone import (ACCOUNT, EVENTS, action_urls, kamailio_phone,  # noqa: E402
                        registered_phone, sent_packets)

TRANSFER_EVENTS = EVENTS + ["hold", "unhold", "transfer_finished"]


class Office:
    """Kamailio, a vidi desk phone (1001), linphonec (1003, auto answer) and a second vidi
    phone (1004, auto answer) as the transfer target."""

    def __init__(self, binary, work, carol=True):
        self.kamailio = Kamailio(work)
        self.events = ActionUrlListener(TRANSFER_EVENTS)
        self.phone = kamailio_phone(binary, work, "Alice", "1001", self.kamailio, self.events,
                                    "001565aaaa01")
        self.linphone = Linphone(work, user="1003", registrar_port=self.kamailio.port)
        self.carol = self.carol_events = None
        if carol:
            self.carol_events = ActionUrlListener(EVENTS)
            self.carol = kamailio_phone(binary, work, "Carol", "1004", self.kamailio,
                                        self.carol_events, "001565aaaa04",
                                        {"account.1.auto_answer": 1})
            self.carol_events.wait_for("log_on")
        self.events.wait_for("log_on")

    def linphone_says(self, text, timeout=10):
        wait_until(lambda: text in self.linphone.text(), timeout, what=f"linphonec: {text}")

    def call_linphone(self):
        assert self.phone.key("number=1003") == 200
        self.events.wait_for("call_established")
        self.linphone_says("connected")

    def stop(self):
        for p in (self.phone, self.carol):
            if p:
                assert p.stop() == 0
        self.linphone.stop()
        self.kamailio.stop()


def call(phone, index=0):
    calls = phone.status()["calls"]
    return calls[index] if len(calls) > index else {}


def test_linphone_call_hold_dtmf(binary):
    """The phone calls linphonec through Kamailio: G.711 flows both ways; keys 1 5 # reach
    linphonec as RFC 4733 events; Hold puts linphonec on hold (it reports "paused by") and our
    RTP stops, Resume restarts it; linphonec's own pause shows as held by the far end."""
    with TestDir() as work:
        office = Office(binary, work, carol=False)
        office.call_linphone()
        office.linphone.play()
        wait_until(lambda: call(office.phone).get("rtpPacketsReceived", 0) > 20 and
                   sent_packets(office.phone) > 20, 10, what="RTP both ways")
        assert call(office.phone)["codec"] in ("PCMU", "PCMA"), call(office.phone)
        for key in ("1", "5", "POUND"):
            assert office.phone.key(key) == 200
            time.sleep(0.3)
        for key in "15#":
            office.linphone_says(f"Receiving tone {key}")

        assert office.phone.key("F_HOLD") == 200
        office.events.wait_for("hold")
        office.linphone_says("has been paused by")
        time.sleep(0.3)
        before = sent_packets(office.phone)
        time.sleep(0.5)
        assert sent_packets(office.phone) == before, "RTP must stop while on hold"
        assert office.phone.key("F_HOLD") == 200
        office.events.wait_for("unhold")
        wait_until(lambda: sent_packets(office.phone) > before + 10, what="RTP after resume")

        office.linphone.command("pause")
        wait_until(lambda: call(office.phone).get("remoteHeld") is True, 10,
                   what="the far end's hold seen")
        office.linphone_says("is now paused")
        office.linphone.command("resume")
        wait_until(lambda: call(office.phone).get("remoteHeld") is False, 10,
                   what="the far end's resume seen")
        assert office.phone.key("X") == 200
        office.linphone_says("ended")
        office.phone.wait_screen("Idle")
        office.stop()


def test_linphone_blind_transfer_by_vidi(binary):
    """The phone transfers linphonec to Carol (blind): linphonec follows the REFER and calls
    1004 through Kamailio, Carol's phone answers a call from 1003, ours goes idle."""
    with TestDir() as work:
        office = Office(binary, work)
        office.call_linphone()
        assert office.phone.key("F_TRANSFER") == 200
        office.events.wait_for("hold")
        time.sleep(0.5)
        for d in "1004":
            office.phone.key(d)
        assert office.phone.key("F1") == 200
        office.events.wait_for("transfer_finished")
        office.carol_events.wait_for("call_established")
        assert "1003" in call(office.carol)["remote"], call(office.carol)
        office.phone.wait_screen("Idle")
        office.linphone.command("terminate")
        office.carol.wait_screen("Idle")
        office.stop()


def test_linphone_attended_transfer_by_vidi(binary):
    """Attended transfer of linphonec to Carol: the phone consults Carol first, then
    Transfer: linphonec INVITEs Carol with Replaces (RFC 3891), Carol's phone lets that call
    take the consultation's place, and our phone is left with no call."""
    with TestDir() as work:
        office = Office(binary, work)
        office.call_linphone()
        assert office.phone.key("F_TRANSFER") == 200
        office.events.wait_for("hold")
        time.sleep(0.5)
        for d in "1004":
            office.phone.key(d)
        assert office.phone.key("F3") == 200  # Call First
        office.carol_events.wait_for("call_established")
        wait_until(lambda: len(office.phone.status()["calls"]) == 2 and
                   all(c["state"] == "Active" for c in office.phone.status()["calls"]), 10,
                   what="the consultation up")
        assert office.phone.key("F_TRANSFER") == 200
        office.events.wait_for("transfer_finished")
        wait_until(lambda: len(office.carol.status()["calls"]) == 1 and
                   "1003" in call(office.carol)["remote"] and
                   call(office.carol)["state"] == "Active", 10,
                   what="Carol talking to linphonec instead of Alice")
        office.phone.wait_screen("Idle")
        office.linphone.command("terminate")
        office.carol.wait_screen("Idle")
        office.stop()


def test_linphone_transfers_vidi(binary):
    """linphonec calls the phone (answered by hand) and transfers it to Carol: our phone
    follows the REFER, calls 1004, reports success by NOTIFY (linphonec says the transfer
    is done) and stays in the call with Carol."""
    with TestDir() as work:
        office = Office(binary, work)
        office.linphone.command("call sip:1001@127.0.0.1")
        office.phone.wait_screen("Incoming")
        assert office.phone.key("OK") == 200
        office.events.wait_for("call_established")
        office.linphone_says("connected")
        office.linphone.command(f"transfer sip:1004@127.0.0.1:{office.kamailio.port}")
        office.carol_events.wait_for("call_established")
        office.linphone_says("has been transfered")
        wait_until(lambda: len(office.phone.status()["calls"]) >= 1 and
                   "1004" in call(office.phone)["remote"] and
                   call(office.phone)["state"] == "Active", 10, what="our call with Carol")
        office.linphone.command("terminate")
        wait_until(lambda: len(office.phone.status()["calls"]) == 1, 10,
                   what="linphonec's call gone")
        assert office.phone.key("X") == 200
        office.carol.wait_screen("Idle")
        office.stop()




def test_baresip_call_hold_dtmf(binary):
    """baresip calls the phone: keys 1 and 5 reach baresip as RFC 4733 events; baresip's
    hold and resume show on our call (held by the far end, then not); our Hold re-INVITEs
    baresip, which accepts it, and Resume brings the RTP back."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS + ["hold", "unhold"])
        phone = Vidi(binary, work, dict(ACCOUNT, **action_urls(listener),
                                        **{"account.1.auto_answer": 1})).start()
        peer = Baresip(work, [f"/dial sip:2413333601@127.0.0.1:{phone.sip_port}"])
        listener.wait_for("call_established")
        for key in "15":
            assert phone.key(key) == 200
            time.sleep(0.3)
        for key in "15":
            wait_until(lambda: f"received event: '{key}' (end=1)" in peer.text(), 5,
                       what=f"baresip receiving DTMF {key}")
        assert peer.command("hold")["ok"]
        wait_until(lambda: call(phone).get("remoteHeld") is True, 5, what="held by baresip")
        assert peer.command("resume")["ok"]
        wait_until(lambda: call(phone).get("remoteHeld") is False, 5, what="resumed by baresip")
        assert phone.key("F_HOLD") == 200
        listener.wait_for("hold")
        wait_until(lambda: peer.text().count("got re-INVITE") >= 1, 5, what="baresip re-INVITEd")
        time.sleep(0.3)
        before = sent_packets(phone)
        time.sleep(0.5)
        assert sent_packets(phone) == before, "RTP must stop while on hold"
        assert phone.key("F_HOLD") == 200
        listener.wait_for("unhold")
        wait_until(lambda: sent_packets(phone) > before + 10, 5, what="RTP after resume")
        assert phone.key("X") == 200
        wait_until(lambda: "session closed" in peer.text(), 5, what="baresip seeing the BYE")
        assert phone.stop() == 0
        peer.stop()


def test_baresip_transfers_vidi(binary):
    """baresip calls the phone and transfers it (blind) to Carol: the phone follows the REFER
    and talks to Carol; it sends baresip the outcome by NOTIFY (message/sipfrag 200)."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        # TPORT_LOG: Sofia logs the messages it sends (baresip 1.0 does not log NOTIFYs).
        phone = Vidi(binary, work, dict(ACCOUNT, **action_urls(listener),
                                        **{"account.1.auto_answer": 1}),
                     env={"TPORT_LOG": "1"}).start()
        carol = Sipp("uas_answer.xml", ["-m", "1"], work)
        peer = Baresip(work, [f"/dial sip:2413333601@127.0.0.1:{phone.sip_port}"])
        listener.wait_for("call_established")
        assert peer.command("transfer", f"sip:carol@127.0.0.1:{carol.port}")["ok"]
        wait_until(lambda: len(phone.status()["calls"]) >= 1 and
                   "carol" in call(phone).get("remote", "") and
                   call(phone).get("state") == "Active", 10, what="our call with Carol")
        referred = [l for l in carol.messages().splitlines() if l.startswith("REFERRED-BY")]
        assert referred and "bare@127.0.0.1" in referred[0], referred
        wait_until(lambda: re.search(r"NOTIFY sip:bare\S*@.*?Content-Type: message/sipfrag.*?"
                                     r"SIP/2\.0 200", phone.log(), re.S), 10,
                   what="the NOTIFY with the 200 sent to baresip")
        assert phone.key("X") == 200
        assert carol.wait() == 0, carol.errors()
        assert phone.stop() == 0
        peer.stop()


def test_vidi_transfers_baresip(binary):
    """The phone transfers baresip (blind) to 3603 on its registrar: baresip follows the REFER
    (its INVITE reaches the registrar's 3603) and the phone leaves the call."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS + ["hold", "transfer_finished"])
        registrar = Sipp("registrar_uas.xml", [], work)
        phone = registered_phone(binary, work, listener, registrar,
                                 {"account.1.auto_answer": 1})
        listener.wait_for("log_on")
        peer = Baresip(work, [f"/dial sip:2413333601@127.0.0.1:{phone.sip_port}"])
        listener.wait_for("call_established")
        assert phone.key("F_TRANSFER") == 200
        listener.wait_for("hold")
        time.sleep(0.5)
        for d in "3603":
            phone.key(d)
        assert phone.key("F1") == 200
        listener.wait_for("transfer_finished")
        wait_until(lambda: any("INVITE TO <sip:3603@" in l
                               for l in registrar.messages().splitlines()), 10,
                   what="baresip calling 3603")
        phone.wait_screen("Idle")
        assert phone.stop() == 0
        peer.stop()
        registrar.stop()

def wav_tone_share(path, frequency):
    """median_tone_share() of a WAV file baresip wrote (its first channel)."""
    import struct
    import wave
    from test_media import median_tone_share
    with wave.open(path, "rb") as w:
        rate, channels = w.getframerate(), w.getnchannels()
        data = w.readframes(w.getnframes())
    samples = struct.unpack(f"<{len(data) // 2}h", data[:len(data) // 2 * 2])[::channels]
    return median_tone_share(samples, frequency, rate)


def test_baresip_srtp(binary):
    """SRTP with baresip's srtp module (RFC 4568 SDES), both registered with Kamailio:
    baresip requiring it (mediaenc srtp-mand, an RTP/SAVP offer) calls a phone on Negotiated;
    then the phone on Forced calls baresip. Each time our phone reports an encrypted call,
    baresip reports SRTP enabled, no packet fails authentication at ours (but one RTCP packet
    baresip sends in the clear), and each hears the other's tone (ours 1 kHz, baresip's 440 Hz,
    baresip's decoded audio from its sndfile module)."""
    from test_media import tone_share
    for direction in ("baresip calls", "vidi calls"):
        with TestDir() as work:
            kamailio = Kamailio(work)
            listener = ActionUrlListener(EVENTS)
            recording = os.path.join(work, "heard.raw")
            mode = 2 if direction == "baresip calls" else 1
            phone = kamailio_phone(binary, work, "Alice", "1001", kamailio, listener,
                                   "001565aaab01", {"account.1.auto_answer": 1,
                                                    "account.1.srtp_encryption": mode},
                                   env={"VIDI_AUDIO_SINK": "audio/x-raw,format=S16LE,"
                                                           "rate=16000,channels=1 ! "
                                                           f"filesink location={recording}",
                                        "VIDI_RINGER_SINK": "fakesink sync=true"})
            listener.wait_for("log_on")
            account = (f"<sip:1003@127.0.0.1:{kamailio.port}>;auth_pass=secret;regint=600;"
                       "answermode=auto;mediaenc=srtp-mand")
            dumps = os.path.join(work, "dumps")  # sndfile writes dump-*-dec.wav here
            os.makedirs(dumps)
            peer = Baresip(work, [], account=account,
                           modules=("g711.so", "srtp.so", "sndfile.so"),
                           extra_config=f"snd_path {dumps}")
            wait_until(lambda: "200 OK" in peer.text() or "registered" in peer.text(), 10,
                       what="baresip registered")
            if direction == "baresip calls":
                assert peer.command("dial", "1001")["ok"]
            else:
                assert phone.key("number=1003") == 200
            listener.wait_for("call_established")
            wait_until(lambda: call(phone).get("rtpPacketsReceived", 0) > 100, 10,
                       what="2 s of SRTP from baresip")
            ours = call(phone)
            assert ours["encrypted"] is True, (direction, ours)
            # baresip sends one 16-byte RTCP packet in the clear as its stream starts (too
            # short for SRTCP: srtpdec drops it); with a wrong key every packet would fail.
            assert ours["srtpPacketsRejected"] <= 1, (direction, ours)
            assert "SRTP is Enabled" in peer.text(), peer.text()[-2000:]
            assert phone.key("X") == 200
            wait_until(lambda: "session closed" in peer.text(), 5, what="baresip seeing the BYE")
            assert phone.stop() == 0
            peer.stop()
            kamailio.stop()
            assert tone_share(recording, 440) > 0.5, (direction, "we hear baresip")
            decoded = [f for f in os.listdir(dumps) if f.endswith("-dec.wav")]
            assert decoded, os.listdir(dumps)
            heard = wav_tone_share(os.path.join(dumps, decoded[0]), 1000)
            assert heard > 0.5, (direction, "baresip hears us", heard)


def baresip_video(binary, codec):
    """baresip (its avcodec module: FFmpeg's codecs, a fake camera at CIF 15 fps), offering
    only `codec`, calls a phone with a camera; returns our call's video status once 30 of
    baresip's pictures are decoded, and baresip's log."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        phone = Vidi(binary, work, dict(action_urls(listener), **{"account.1.auto_answer": 1}),
                     env={"VIDI_VIDEO_SOURCE": "videotestsrc is-live=true pattern=ball"}).start()
        peer = Baresip(work, [f"/dial sip:2413333601@127.0.0.1:{phone.sip_port}"],
                       account="<sip:bare@127.0.0.1>;regint=0;answermode=auto;"
                               f"video_codecs={codec}",
                       modules=("g711.so", "avcodec.so", "fakevideo.so"),
                       extra_config="video_source fakevideo,nil\nvideo_display fakevideo,nil\n"
                                    "video_size 352x288\nvideo_fps 15\nvideo_bitrate 300000")
        listener.wait_for("call_established")
        wait_until(lambda: (call(phone).get("video") or {}).get("framesDecoded", 0) > 30, 10,
                   what=f"30 {codec} pictures from baresip")
        video = call(phone)["video"]
        sent = f"{video['sentWidth']} x {video['sentHeight']}"
        wait_until(lambda: f"video: receiving with resolution {sent}" in peer.text(), 5,
                   what=f"baresip decoding our {sent} pictures")
        assert phone.key("X") == 200
        wait_until(lambda: "session closed" in peer.text(), 5, what="baresip seeing the BYE")
        assert phone.stop() == 0
        peer.stop()
        return video


def test_baresip_h264_video(binary):
    """H.264 with baresip (libx264 there, OpenH264 here): we decode its pictures at 352×288,
    and baresip decodes ours at the size its H.264 level lets us send (its offer's level 3.1:
    720p), as its log reports."""
    video = baresip_video(binary, "H264")
    assert video["codec"] == "H264", video
    assert (video["width"], video["height"]) == (352, 288), video
    assert (video["sentWidth"], video["sentHeight"]) == (1280, 720), video


def test_baresip_h263_video(binary):
    """H.263 (RFC 2190) with baresip: both sides decode the other's CIF pictures."""
    video = baresip_video(binary, "H263")
    assert video["codec"] == "H263", video
    assert (video["width"], video["height"]) == (352, 288), video


def test_baresip_lip_sync(binary):
    """A video call with baresip: once its RTCP sender reports have tied its sound's and its
    pictures' timestamps to its clock, the phone holds each picture for its sound, which
    waits in the jitter buffer before a loudspeaker that plays by the clock, as a sound card
    does; the call's status says how long."""
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        phone = Vidi(binary, work, dict(action_urls(listener), **{"account.1.auto_answer": 1}),
                     env={"VIDI_VIDEO_SOURCE": "videotestsrc is-live=true pattern=ball",
                          "VIDI_AUDIO_SINK": "fakesink sync=true"}).start()
        peer = Baresip(work, [f"/dial sip:2413333601@127.0.0.1:{phone.sip_port}"],
                       account="<sip:bare@127.0.0.1>;regint=0;answermode=auto;"
                               "video_codecs=H264",
                       modules=("g711.so", "avcodec.so", "fakevideo.so"),
                       extra_config="video_source fakevideo,nil\nvideo_display fakevideo,nil\n"
                                    "video_size 352x288\nvideo_fps 15\nvideo_bitrate 300000")
        listener.wait_for("call_established")
        # baresip reports every 5 s or so (RFC 3550 §6.2); lip sync looks once a second.
        wait_until(lambda: (call(phone).get("video") or {}).get("lipSynced"), 20,
                   what="pictures held for their sound")
        video = call(phone)["video"]
        print(f"pictures held {video['heldForSoundMs']} ms for their sound")
        # The sound waits 40 ms (and a packet) in its jitter buffer on this clean path; a
        # picture is decoded in a few: held about that long, never near a second.
        assert 20 <= video["heldForSoundMs"] < 300, video
        assert phone.key("X") == 200
        assert phone.stop() == 0
        peer.stop()


if __name__ == "__main__":
    sys.exit(run_tests(globals()))
