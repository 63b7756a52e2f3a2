"""The screenshot tour: renders every screen of `vidi` to PNG under Xvfb at 800×480, driving
the phone the way a person and its peers would (Action URI keys, a SIPp registrar that rings
before it answers, a SIPp caller). Used for the README and to look at what we build.

    python3 tests/bench/screenshot_tour.py --vidi build/bin/vidi --out shots/
"""

import argparse
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "system"))
from harness import Kamailio, Sipp, StaticServer, TestDir, Vidi, wait_until  # noqa: E402
from test_phone import ACCOUNT  # noqa: E402


# lang.gui (seed §4).
LANGUAGES = ["English", "Chinese_S", "Chinese_T", "German", "French", "Italian", "Portugal",
             "Dutch", "Spanish", "Turkish"]

# What a tour writes, in every language.
SCREENS = ["01-boot.png", "02-idle-no-service.png", "03-idle.png", "04-status.png",
           "05-dialer.png", "06-outgoing-ringing.png", "07-in-call.png",
           "08-in-call-muted.png", "09-incoming.png", "10-call-waiting.png",
           "11-two-calls-one-held.png", "12-transfer-dialer.png",
           "13-call-completion-offer.png", "14-conference.png", "15-idle-missed-call.png",
           "16-history-missed.png", "17-directory.png", "18-dialer-match.png", "19-dss.png",
           "20-in-call-statistics.png", "21-in-call-encrypted.png", "22-video-call.png",
           "23-video-camera-stopped.png", "24-settings-menu.png", "25-settings-form.png",
           "26-directory-keyboard.png", "27-contact-form.png"]


class Xvfb:
    def __init__(self):
        # -displayfd: the server takes a free display itself and names it (tours may run in
        # parallel under ctest).
        read_end, write_end = os.pipe()
        self.proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                                      "800x480x24", "-nolisten", "tcp"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     pass_fds=(write_end,))
        os.close(write_end)
        with os.fdopen(read_end) as f:
            number = f.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"

    def shoot(self, path, settle=0.7):
        time.sleep(settle)  # let the last frame and animations settle
        subprocess.run(["import", "-display", self.display, "-window", "root", path],
                       check=True)
        print("wrote", path)

    def tap(self, x, y):
        """A finger on the screen at (x, y) of the 800×480 display."""
        subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], check=True,
                       env=dict(os.environ, DISPLAY=self.display))

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


TOUR_CONTACTS = """<root_group>
<group display_name="Sales" ring=""/>
</root_group>
<root_contact>
<contact display_name="Alexandra Konstantinopoulou-Schmidt" office_number="4711" mobile_number="+49 170 5551234" group_id_name="Sales"/>
<contact display_name="Ben Okafor" office_number="4712" group_id_name="4" default_photo="Resource:icon_friend_b.png"/>
<contact display_name="Chen Jing" office_number="4713" mobile_number="13899220675" group_id_name="3" default_photo="Resource:icon_family_b.png"/>
<contact display_name="Robocall Inc." office_number="9000" group_id_name="2" default_photo="Resource:icon_blacklist_b.png"/>
<contact display_name="Zo\u00eb M\u00fcller" office_number="4790"/>
</root_contact>
"""


def tour(binary, out, language="English"):
    """Every screen, in `language` (a lang.gui value)."""
    def shown(cfg):
        return dict(cfg, **{"lang.gui": language})

    os.makedirs(out, exist_ok=True)
    shot = lambda name, **kw: x.shoot(os.path.join(out, name), **kw)  # noqa: E731
    x = Xvfb()
    try:
        with TestDir() as work:
            # No service first: an account that is configured but whose server is silent.
            silent = Vidi(binary, work, shown({"account.1.enable": 1, "account.1.label": "Office",
                                               "account.1.user_name": "2413333601",
                                               "account.1.sip_server_host": "127.0.0.1",
                                               "account.1.sip_server_port": 9}),
                          env={"DISPLAY": x.display, "QT_QPA_PLATFORM": "xcb"})
            silent.start()
            shot("02-idle-no-service.png")
            silent.stop()

            registrar = Sipp("registrar_uas.xml", ["-d", "2500"], work)
            cfg = dict(ACCOUNT, **{"account.1.sip_server_port": registrar.port,
                                   "account.1.label": "Office 3601",
                                   "account.1.srtp_encryption": 2})  # SRTP when offered
            phone = Vidi(binary, work, shown(cfg),
                         env={"DISPLAY": x.display, "QT_QPA_PLATFORM": "xcb"})
            with open(os.path.join(phone.provision_dir, "contacts.xml"), "w") as f:
                f.write(TOUR_CONTACTS)
            slow = StaticServer(phone.provision_dir, delay=2.0)
            phone.write_cfg(f"{phone.mac}.cfg", {
                "local_contact.data.url": slow.url + "contacts.xml",
                "memorykey.1.type": 13, "memorykey.1.value": "3602",
                "memorykey.1.label": "Reception",
                "memorykey.2.type": 5, "memorykey.3.type": 12, "memorykey.4.type": 7,
                "memorykey.5.type": 10, "memorykey.5.value": "*99",
                "memorykey.6.type": 13, "memorykey.6.value": "3605",
                "memorykey.6.label": "Konferenzraum Nordflügel"})
            phone.start(wait_idle=False, provision_url=slow.url)
            shot("01-boot.png", settle=1.0)
            wait_until(lambda: phone._status_or_none() is not None, 15, what="web server")
            wait_until(lambda: phone.account(1)["registration"] == "registered", 10,
                       what="registration")
            Sipp("uac_notify.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601", "-key",
                                    "event", "message-summary", "-key", "newmsgs", "2", "-m",
                                    "1"], work).wait()
            phone.key("DNDOn")
            shot("03-idle.png")
            phone.key("DNDOff")
            phone.key("OK")
            shot("04-status.png")
            phone.key("X")
            for d in "3602":
                phone.key(d)
            shot("05-dialer.png")
            phone.key("POUND")
            wait_until(lambda: phone.status()["calls"] and
                       phone.status()["calls"][0]["state"] == "Ringing", 5, what="ringing")
            shot("06-outgoing-ringing.png", settle=0.4)
            phone.wait_screen("InCall")
            shot("07-in-call.png", settle=1.5)
            time.sleep(5)  # the first RTCP reports
            x.tap(400, 200)  # a tap on the call: its statistics
            shot("20-in-call-statistics.png")
            x.tap(400, 200)
            phone.key("MUTE")
            shot("08-in-call-muted.png")
            phone.key("MUTE")
            # Transfer: the call waits on hold while the target is typed.
            phone.key("F_TRANSFER")
            for d in "3603":
                phone.key(d)
            shot("12-transfer-dialer.png")
            phone.key("X")  # cancel: back to the call
            wait_until(lambda: not phone.status()["calls"][0]["held"], 5, what="resumed")
            # A second caller: call waiting, then two calls with one on hold.
            waiting = Sipp("uac_call.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                            "-m", "1"], work)
            wait_until(lambda: len(phone.status()["calls"]) == 2, 10, what="call waiting")
            shot("10-call-waiting.png")
            phone.key("OK")
            wait_until(lambda: any(c["held"] for c in phone.status()["calls"]), 5,
                       what="first call held")
            shot("11-two-calls-one-held.png")
            phone.key("F_CONFERENCE")  # seed §5.5: the two join a local 3-way conference
            wait_until(lambda: phone.status()["conference"], 5, what="conference")
            shot("14-conference.png")
            waiting.wait()
            phone.wait_screen("InCall")
            phone.key("X")
            phone.wait_screen("Idle")

            caller = Sipp("uac_call.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                           "-m", "1"], work)
            phone.wait_screen("Incoming")
            shot("09-incoming.png")
            phone.key("OK")
            caller.wait()
            # An SRTP call (RFC 4568 keys in an RTP/SAVP offer): the lock in the status bar.
            secure = Sipp("uac_srtp.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                           "-key", "profile", "RTP/SAVP", "-key", "line1",
                                           "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:"
                                           "NmE2ZTZkZGY1NzAwNTViZDE4ZmFjYTJmN2E5N2M2",
                                           "-key", "line2", "a=x-none:1", "-d", "3000",
                                           "-m", "1"], work)
            phone.wait_screen("Incoming")
            phone.key("OK")
            phone.wait_screen("InCall")
            shot("21-in-call-encrypted.png")
            secure.wait()
            phone.wait_screen("Idle")
            # A caller who gives up: "1 New Missed Call(s)" on idle, then the call log.
            Sipp("uac_cancel.xml", [f"127.0.0.1:{phone.sip_port}", "-s", "2413333601",
                                    "-m", "1"], work).wait()
            wait_until(lambda: phone.status()["newMissedCalls"] == 1, 5, what="missed call")
            phone.wait_screen("Idle")
            shot("15-idle-missed-call.png")
            phone.key("F3")
            phone.wait_screen("History")
            shot("16-history-missed.png")
            phone.key("X")
            phone.wait_screen("Idle")
            phone.key("F1")  # the directory
            phone.wait_screen("Directory")
            shot("17-directory.png")
            # The on-screen keyboard under the search field, five keys tapped (QWERTY's
            # z h a n g: pinyin with its candidates in Chinese).
            x.tap(300, 60)
            time.sleep(0.8)
            for key in [(161, 389), (479, 327), (82, 327), (559, 389), (400, 327)]:
                x.tap(*key)
                time.sleep(0.15)
            shot("26-directory-keyboard.png", settle=1.0)
            phone.key("X")
            phone.wait_screen("Idle")
            phone.key("F1")
            phone.wait_screen("Directory")
            phone.key("F1")  # New Contact
            shot("27-contact-form.png")
            phone.key("X")  # the form
            phone.key("X")  # the directory
            phone.wait_screen("Idle")
            for d in "47":
                phone.key(d)
            shot("18-dialer-match.png")
            phone.key("X")
            phone.wait_screen("Idle")
            x.tap(728, 298)  # [DSS] on the idle screen
            phone.wait_screen("Dss")
            shot("19-dss.png")
            phone.key("X")
            phone.wait_screen("Idle")
            x.tap(728, 230)  # [Menu]
            phone.wait_screen("Settings")
            shot("24-settings-menu.png")
            x.tap(400, 244)  # Call Feature
            time.sleep(0.3)
            x.tap(400, 120)  # Call Forward
            time.sleep(0.3)
            x.tap(400, 120)  # Always Forward
            shot("25-settings-form.png")
            for _ in range(4):  # Back, out of the menu
                phone.key("X")
            phone.wait_screen("Idle")

            phone.stop()
            registrar.stop()
            slow.close()

            # A busy callee with call completion on: the idle screen offers to call back.
            busy = Sipp("registrar_cc.xml", [], work)
            cfg = dict(ACCOUNT, **{"account.1.sip_server_port": busy.port,
                                   "account.1.label": "Office 3601",
                                   "features.call_completion_enable": 1})
            phone = Vidi(binary, os.path.join(work, "cc"), shown(cfg),
                         env={"DISPLAY": x.display, "QT_QPA_PLATFORM": "xcb"})
            phone.start()
            wait_until(lambda: phone.account(1)["registration"] == "registered", 10,
                       what="registration")
            phone.key("number=3602")
            wait_until(lambda: phone.status()["callCompletion"]["offer"], 10, what="the offer")
            phone.wait_screen("Idle")
            shot("13-call-completion-offer.png")
            phone.stop()
            busy.stop()

            # A video call with a second phone (its camera a colour-bar pattern): the far
            # end's picture, our camera (a bouncing ball) in the PIP; then our camera stopped.
            kamailio = Kamailio(work)
            def account(user):
                return {"account.1.enable": 1, "account.1.user_name": user,
                        "account.1.password": "secret", "account.1.label": f"Office {user}",
                        "account.1.sip_server_host": "127.0.0.1",
                        "account.1.sip_server_port": kamailio.port}
            peer = Vidi(binary, os.path.join(work, "peer"),
                        dict(account("1002"), **{"account.1.auto_answer": 1,
                                                 "account.1.display_name": "Meeting Room"}),
                        mac="001565aaaa02",
                        env={"VIDI_VIDEO_SOURCE": "videotestsrc is-live=true pattern=smpte"})
            peer.start()
            phone = Vidi(binary, os.path.join(work, "video"), shown(account("1001")),
                         env={"DISPLAY": x.display, "QT_QPA_PLATFORM": "xcb",
                              "VIDI_VIDEO_SOURCE": "videotestsrc is-live=true pattern=ball"})
            phone.start()
            for p in (phone, peer):
                wait_until(lambda: p.account(1)["registration"] == "registered", 10,
                           what="registration")
            phone.key("number=1002")
            wait_until(lambda: phone.status()["calls"] and phone.status()["calls"][0]["video"]
                       and phone.status()["calls"][0]["video"]["framesDecoded"] > 30, 10,
                       what="the far end's pictures")
            shot("22-video-call.png")
            phone.key("F_STOP_VIDEO")
            shot("23-video-camera-stopped.png")
            phone.key("X")
            phone.stop()
            peer.stop()
            kamailio.stop()
            return qml_warnings(work)
    finally:
        x.stop()


def qml_warnings(work):
    """The QML warnings the phones of a tour logged (a binding on a missing property, a
    type error, …): lines that name a .qml file."""
    found = []
    for folder, _, files in os.walk(work):
        for name in files:
            if name.startswith("vidi-") and name.endswith(".log"):
                with open(os.path.join(folder, name), errors="replace") as f:
                    found += [line.rstrip() for line in f if ".qml:" in line]
    return found


def check(out, warnings):
    """Every screen of the tour was written and shows something; no QML warning."""
    problems = [f"QML warning: {w}" for w in warnings]
    for name in SCREENS:
        path = os.path.join(out, name)
        if not os.path.exists(path):
            problems.append(f"{name} not written")
            continue
        spread = subprocess.run(["identify", "-format", "%[fx:standard_deviation]", path],
                                capture_output=True, text=True, check=True).stdout
        if float(spread) < 0.01:
            problems.append(f"{name} is blank")
    for p in problems:
        print("FAIL", p)
    return not problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--vidi", required=True)
    parser.add_argument("--out", default="shots")
    parser.add_argument("--lang", default="English",
                        help="a lang.gui value, or 'all': each language into OUT/<lang>/")
    parser.add_argument("--check", action="store_true",
                        help="a test: fail unless every screen was written, none is blank, "
                             "and no QML warning was logged")
    args = parser.parse_args()
    for tool in ("Xvfb", "import", "sipp", "xdotool"):
        if not shutil.which(tool):
            print(f"needs {tool} (packaging/deps.sh installs it)")
            return 1
    languages = LANGUAGES if args.lang == "all" else [args.lang]
    ok = True
    for language in languages:
        out = os.path.join(args.out, language) if args.lang == "all" else args.out
        warnings = tour(os.path.abspath(args.vidi), out, language)
        if args.check:
            ok = check(out, warnings) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
