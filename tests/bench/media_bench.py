"""Media benchmark: the CPU an audio call and an H.264 video call (CIF and VGA) cost `vidi`
and baresip, measured in the same call (baresip calls the phone, which answers by itself;
both send and receive a sine, and for video a test pattern at the same size and 30 frames a
second), and the phone's memory during the call. Prints a table; asserts nothing.

    python3 tests/bench/media_bench.py --vidi build/bin/vidi [--seconds 10] [--audio-only]

CPU is user+system time from /proc/<pid>/stat over the measured seconds, in milliseconds of
CPU per second of call; for each call the phone's busiest threads follow (GStreamer names a
streaming thread after the element that drives it: the camera's or the encoder's queue, the
microphone's source, the socket's udpsrc, the jitter buffer; "vidi" is the UI). Both capture a sine at 48 kHz stereo and play at 48 kHz mono, as a
sound card would, so both resample to and from the codec's rate; baresip records what it
hears to a file, `vidi` plays into a fakesink and its UI renders the in-call screen
(offscreen).
"""

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "system"))
from harness import (ActionUrlListener, Baresip, TestDir, Vidi, cpu_seconds,  # noqa: E402
                     rss_mib)
from test_phone import ACCOUNT, EVENTS, action_urls  # noqa: E402

SIZES = {"CIF": ("352x288", 0), "VGA": ("640x480", 1)}  # baresip's size, our max_resolution

# Cameras. baresip's fakevideo sends one still picture (three bars, drawn once) and its
# display draws nothing; "still" gives the phone the same kind of input (a test pattern drawn
# once, repeated by imagefreeze) for a fair comparison. "moving" is harder work for the
# encoder (a bouncing ball, redrawn each frame): the phone alone.
# (imagefreeze would choose 25 pictures a second by itself; the phone takes a camera's own
# rate up to the negotiated 30.)
CAMERAS = {"still": "videotestsrc num-buffers=1 pattern=smpte ! imagefreeze is-live=true "
                    "! video/x-raw,framerate=30/1",
           "moving": "videotestsrc is-live=true pattern=ball"}


def thread_cpu(pid):
    """CPU seconds so far of each of a process's threads, by thread id: (name, seconds)."""
    threads = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                head, tail = f.read().rsplit(")", 1)
        except OSError:
            continue  # ended meanwhile
        fields = tail.split()
        threads[tid] = (head.split("(", 1)[1],
                        (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"))
    return threads


def busiest_threads(before, after, wall, count=6):
    """The threads that used most CPU between two thread_cpu() readings, ms per s."""
    used = {}
    for tid, (name, secs) in after.items():
        used[f"{name}"] = used.get(name, 0) + secs - before.get(tid, (name, 0))[1]
    top = sorted(used.items(), key=lambda kv: -kv[1])[:count]
    return ", ".join(f"{name} {1000 * secs / wall:.1f}" for name, secs in top if secs > 0)


def measure(binary, codec, seconds, video=None, camera="still"):
    with TestDir() as work:
        listener = ActionUrlListener(EVENTS)
        cfg = dict(ACCOUNT, **{"account.1.auto_answer": 1, "account.1.sip_server_port": 9})
        if codec == "G722":
            cfg.update({"account.1.codec.6.priority": 1, "account.1.codec.1.priority": 5})
        cfg.update(action_urls(listener))
        env = {"VIDI_AUDIO_SOURCE": "audiotestsrc is-live=true wave=sine freq=440 "
                                    "samplesperbuffer=960 ! audio/x-raw,rate=48000,channels=2",
               "VIDI_AUDIO_SINK": "audio/x-raw,rate=48000,channels=1 ! fakesink sync=false"}
        modules = ("g722.so", "g711.so") if codec == "G722" else ("g711.so",)
        extra = ""
        if video:
            size, cap = SIZES[video]
            cfg["video.max_resolution"] = cap
            env["VIDI_VIDEO_SOURCE"] = CAMERAS[camera]
            modules += ("avcodec.so", "fakevideo.so")
            extra = (f"video_source fakevideo,nil\nvideo_display fakevideo,nil\n"
                     f"video_size {size}\nvideo_fps 30\nvideo_bitrate 768000")
        phone = Vidi(binary, work, cfg, env=env).start()
        peer = Baresip(work, [f"/dial sip:2413333601@127.0.0.1:{phone.sip_port}"],
                       seconds=seconds + 15, modules=modules, extra_config=extra)
        listener.wait_for("call_established")
        time.sleep(2)  # past the set-up
        call = phone.status()["calls"][0]
        got = call["codec"]
        if video:
            v = call["video"] or {}
            got = (f"{v.get('codec')} {v.get('sentWidth')}x{v.get('sentHeight')} out, "
                   f"{v.get('width')}x{v.get('height')} in, {camera}")
        threads0 = thread_cpu(phone.proc.pid)
        v0, b0, t0 = cpu_seconds(phone.proc.pid), cpu_seconds(peer.proc.pid), time.monotonic()
        time.sleep(seconds)
        v1, b1, t1 = cpu_seconds(phone.proc.pid), cpu_seconds(peer.proc.pid), time.monotonic()
        threads = busiest_threads(threads0, thread_cpu(phone.proc.pid), t1 - t0)
        rss = rss_mib(phone.proc.pid)
        phone.key("X")
        phone.stop()
        peer.stop()
        wall = t1 - t0
        baresip = 1000 * (b1 - b0) / wall if camera == "still" else None
        return got, 1000 * (v1 - v0) / wall, baresip, rss, threads


def idle_cpu(binary, seconds):
    """The phone's CPU with no call (idle screen, clock), for comparison."""
    with TestDir() as work:
        phone = Vidi(binary, work, dict(ACCOUNT, **{"account.1.sip_server_port": 9})).start()
        time.sleep(2)
        v0, t0 = cpu_seconds(phone.proc.pid), time.monotonic()
        time.sleep(seconds)
        v1, t1 = cpu_seconds(phone.proc.pid), time.monotonic()
        phone.stop()
        return 1000 * (v1 - v0) / (t1 - t0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--vidi", required=True)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--audio-only", action="store_true", help="skip the video calls")
    args = parser.parse_args()
    binary = os.path.abspath(args.vidi)
    rows = [measure(binary, codec, args.seconds) for codec in ("PCMU", "G722")]
    if not args.audio_only:
        rows += [measure(binary, "PCMU", args.seconds, video, camera)
                 for video in ("CIF", "VGA") for camera in ("still", "moving")]
    print("CPU of one call on loopback (ms of CPU per s of call), same call for both")
    print(f"{'call':48} {'vidi':>8} {'baresip':>8} {'vidi RSS (MiB)':>15}")
    for call, vidi, bare, rss, _ in rows:
        bare = "-" if bare is None else f"{bare:.1f}"
        print(f"{call:48} {vidi:8.1f} {bare:>8} {rss:15.1f}")
    print("vidi's busiest threads (ms of CPU per s of call)")
    for call, *_, threads in rows:
        print(f"{call:48} {threads}")
    print(f"vidi idle, no call: {idle_cpu(os.path.abspath(args.vidi), args.seconds):.1f} ms/s")


if __name__ == "__main__":
    main()
