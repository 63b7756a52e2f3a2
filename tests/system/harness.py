"""Test harness for whole-phone system tests: starts `vidi` headless against real peers (SIPp)
on loopback, listens for its Action URL requests, drives it through Action URI and reads its
JSON status. Standard library only. Every process started here is stopped by its PID."""

import base64
import glob
import http.server
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SIP_DIR = os.path.join(os.path.dirname(HERE), "sip")

# A QML warning names the QML file it comes from; any such line fails the test run.
QML_WARNING = re.compile(r"(qrc:/|file:///).*\.qml:\d+")


# Every process a test starts, so that a failing test leaves none running (see TestDir).
_STARTED = []


def spawn(cmd, **kwargs):
    """subprocess.Popen in a process group of its own, remembered: TestDir kills what is
    still running when it closes."""
    proc = subprocess.Popen(cmd, start_new_session=True, **kwargs)
    _STARTED.append(proc)
    return proc


def kill_started():
    """Kills every process spawned so far that is still running, with the processes it
    started itself (Kamailio's workers): the process group whose ID is its PID."""
    while _STARTED:
        proc = _STARTED.pop()
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            pass


# Ports for the tests' servers and phones come from below the kernel's ephemeral range
# (32768-60999 on Debian), so that no socket opened meanwhile by another test's process (an
# outgoing connection, a resolver query) can take one between the check and the bind.
_PORTS = (13000, 32000)


def free_port(kind=socket.SOCK_DGRAM, pair=False, span=1):  # noqa: ARG001
    """A port that is free now for UDP and TCP (`kind` is kept for the callers); with
    pair=True an even port whose successor is free too (RTP + RTCP); with span=N the N ports
    from it are free (SIPp's audio and video RTP/RTCP: 4)."""
    span = max(span, 2 if pair else 1)
    for _ in range(500):
        port = random.randrange(*_PORTS)
        if span > 1 and port % 2:
            port -= 1
        if all(_is_free(p) for p in range(port, port + span)):
            return port
    raise RuntimeError("no free port")


def _is_free(port):
    # On every address: Sofia and baresip bind "*".
    for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
        with socket.socket(socket.AF_INET, kind) as s:
            try:
                s.bind(("", port))
            except OSError:
                return False
    return True


def wait_until(predicate, timeout=10.0, interval=0.05, what="condition"):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = predicate()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what} (last: {last!r})")


class ActionUrlListener:
    """An HTTP server that records every request the phone sends (Action URL)."""

    def __init__(self, names=None, host="127.0.0.1"):
        self.names = names or []  # the events a test subscribes to
        self.host = host
        self.requests = []
        self.lock = threading.Lock()
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                with listener.lock:
                    listener.requests.append(self.path)
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer((host, 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, event):
        return f"http://{self.host}:{self.port}/{event}"

    def events(self):
        with self.lock:
            return list(self.requests)

    def clear(self):
        """Forgets what was received, so that wait_for() waits for the next one."""
        with self.lock:
            self.requests.clear()

    def wait_for(self, event, timeout=10.0):
        def found():
            return [r for r in self.events() if r.split("?")[0] == "/" + event]
        return wait_until(found, timeout, what=f"Action URL {event}")[0]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class RtpReceiver:
    """A UDP socket that records the RTP packets sent to it: (payload type, payload)."""

    def __init__(self):
        self.port = free_port(pair=True)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", self.port))
        self.sock.setsockopt(socket.IPPROTO_IP, socket.IP_RECVTOS, 1)
        self.sock.settimeout(0.2)
        self.packets = []
        self.tos = set()  # the IPv4 TOS bytes the packets arrived with
        self.running = True
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while self.running:
            try:
                data, ancillary, _, _ = self.sock.recvmsg(2048, socket.CMSG_SPACE(1))
            except OSError:
                continue
            for level, kind, value in ancillary:
                if level == socket.IPPROTO_IP and kind == socket.IP_TOS and value:
                    self.tos.add(value[0])
            if len(data) >= 12 and data[0] >> 6 == 2:  # RTP version 2 (RFC 3550 §5.1)
                self.packets.append((data[1] & 0x7F, data[12:]))

    def events(self, payload_type):
        """RFC 4733 events: (event code, end bit) for each packet of `payload_type`."""
        return [(p[0], bool(p[1] & 0x80)) for pt, p in self.packets
                if pt == payload_type and len(p) >= 4]

    def close(self):
        self.running = False
        self.thread.join()
        self.sock.close()


class Kamailio:
    """A real Kamailio registrar/proxy on loopback (config in kamailio/kamailio.cfg)."""

    def __init__(self, workdir, tls=None, host="127.0.0.1", tcp=False):
        """With tls=(certificate, key) it also listens for SIP over TLS on self.tls_port;
        with tcp, for SIP over TCP on self.port too; `host` is the address it listens on."""
        self.port = free_port()
        self.host = host
        cfg = os.path.join(workdir, f"kamailio-{self.port}.cfg")
        with open(os.path.join(HERE, "kamailio", "kamailio.cfg")) as f:
            body = f.read()
        head = f"listen=udp:{host}:{self.port}\n"
        if tcp:
            # TCP needs worker processes: Kamailio turns them off with fork=no.
            body = body.replace("fork=no", "fork=yes")
            head += f"listen=tcp:{host}:{self.port}\n"
        self.tls_port = None
        if tls:
            self.tls_port = free_port(socket.SOCK_STREAM)
            tls_cfg = os.path.join(workdir, f"kamailio-tls-{self.port}.cfg")
            with open(tls_cfg, "w") as f:
                f.write(f"""[server:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
certificate = {tls[0]}
private_key = {tls[1]}

[client:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
""")
            # TCP and TLS need worker processes: Kamailio turns them off with fork=no.
            body = body.replace("fork=no", "fork=yes")
            head += (f"listen=tls:{host}:{self.tls_port}\nenable_tls=yes\n"
                     f"loadmodule \"tls.so\"\nmodparam(\"tls\", \"config\", \"{tls_cfg}\")\n")
        with open(cfg, "w") as f:
            f.write(body.replace("#!KAMAILIO\n", "#!KAMAILIO\n" + head, 1))
        self.log = os.path.join(workdir, f"kamailio-{self.port}.log")
        self.log_file = open(self.log, "w")
        rundir = os.path.join(workdir, f"kamailio-run-{self.port}")
        os.makedirs(rundir, exist_ok=True)
        self.proc = spawn(["kamailio", "-f", cfg, "-DD", "-E", "-Y", rundir,
                                      "-m", "64", "-M", "8"],
                                     stdout=self.log_file, stderr=subprocess.STDOUT)
        wait_until(lambda: "INFO: <core>" in self.text() or self.proc.poll() is not None, 10,
                   what="kamailio start")
        time.sleep(0.3)
        if self.proc.poll() is not None:
            raise AssertionError("kamailio did not start:\n" + self.text())

    def text(self):
        with open(self.log) as f:
            return f.read()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log_file.close()


def enter_own_network():
    """Re-runs this test module in a network namespace of its own (`unshare --net`), where it
    can add links and hosts (NetLab) without touching the machine's network. Call it first
    thing in the module's __main__; in the new namespace it brings loopback up and returns."""
    if os.environ.get("VIDI_OWN_NETWORK") == "1":
        subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
        return
    env = dict(os.environ, VIDI_OWN_NETWORK="1")
    os.execvpe("unshare", ["unshare", "--net", sys.executable] + sys.argv, env)


class NetLab:
    """Hosts of their own on one machine: named network namespaces joined by veth pairs to
    the test's namespace (after enter_own_network(), where the servers run) or to each other.
    A router host masquerades (NAT) with nftables. Namespaces are deleted by close()."""

    def __init__(self):
        self.prefix = f"vidi{os.getpid()}"
        self.hosts = []
        self.links = 0

    def host(self, name):
        ns = f"{self.prefix}-{name}"
        subprocess.run(["ip", "netns", "add", ns], check=True)
        self.hosts.append(ns)
        self.run(ns, "ip", "link", "set", "lo", "up")
        return ns

    def run(self, ns, *cmd):
        """A command in host `ns` (None: the test's own namespace); its output."""
        prefix = ["ip", "netns", "exec", ns] if ns else []
        done = subprocess.run(prefix + list(cmd), capture_output=True, text=True)
        if done.returncode != 0:
            raise AssertionError(f"{' '.join(cmd)} in {ns}: {done.stderr.strip()}")
        return done.stdout

    def link(self, ns_a, address_a, ns_b, address_b):
        """A veth pair between two hosts (None: the test's namespace), each end with an
        address ("10.0.0.1/24"); returns the two interface names."""
        self.links += 1
        a, b = f"vl{self.links}a", f"vl{self.links}b"
        subprocess.run(["ip", "link", "add", a, "type", "veth", "peer", "name", b], check=True)
        for ns, name, address in ((ns_a, a, address_a), (ns_b, b, address_b)):
            if ns:
                subprocess.run(["ip", "link", "set", name, "netns", ns], check=True)
            self.run(ns, "ip", "addr", "add", address, "dev", name)
            self.run(ns, "ip", "link", "set", name, "up")
        return a, b

    def nat_router(self, ns, wan, forwards=()):
        """Host `ns` forwards and masquerades what leaves through `wan` (a home router);
        `forwards` are (tcp port, inside address, inside port) opened on the wan side."""
        self.run(ns, "sh", "-c", "echo 1 > /proc/sys/net/ipv4/ip_forward")
        rules = [f"add table ip nat",
                 "add chain ip nat post { type nat hook postrouting priority 100 ; }",
                 f"add rule ip nat post oifname {wan} masquerade",
                 "add chain ip nat pre { type nat hook prerouting priority -100 ; }"]
        for port, address, inside in forwards:
            rules.append(f"add rule ip nat pre iifname {wan} tcp dport {port} "
                         f"dnat to {address}:{inside}")
        for rule in rules:
            self.run(ns, "nft", rule)

    def close(self):
        for ns in self.hosts:
            subprocess.run(["ip", "netns", "del", ns])
        self.hosts = []


class Coturn:
    """coturn as a plain STUN server (RFC 5389 Binding) on `host`."""

    def __init__(self, workdir, host):
        self.host = host
        self.port = free_port()
        self.log = os.path.join(workdir, f"coturn-{self.port}.log")
        self.proc = spawn(["turnserver", "--stun-only", "--no-cli", "--no-tls", "--no-dtls",
                           "--listening-ip", host, "--listening-port", str(self.port),
                           "--log-file", self.log, "--simple-log", "--no-stdout-log",
                           "--pidfile", os.path.join(workdir, f"coturn-{self.port}.pid")],
                          stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        def listening():
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.settimeout(0.2)
                s.sendto(bytes.fromhex("000100002112a442") + os.urandom(12), (host, self.port))
                try:
                    return s.recv(512)[:2] == bytes.fromhex("0101")
                except OSError:
                    return False
        wait_until(lambda: listening() or self.proc.poll() is not None, 10,
                   what="coturn answering")
        if self.proc.poll() is not None:
            raise AssertionError("coturn did not start (log in " + self.log + ")")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(5)


class TestCa:
    """A certificate authority of the test's own (openssl on the command line): certificates
    for 127.0.0.1 that a phone trusts only when it is given the CA's certificate."""

    def __init__(self, workdir, name="Vidi Test CA"):
        self.dir = os.path.join(workdir, f"ca-{free_port()}")
        os.makedirs(self.dir)
        self.cert = os.path.join(self.dir, "ca.crt")
        self.key = os.path.join(self.dir, "ca.key")
        self._openssl("req", "-x509", "-newkey", "ec", "-pkeyopt",
                      "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", self.key,
                      "-out", self.cert, "-days", "2", "-subj", f"/CN={name}")

    def _openssl(self, *args):
        subprocess.run(["openssl", *args], cwd=self.dir, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def issue(self, host="127.0.0.1"):
        """A certificate for `host` signed by this CA: returns (certificate, key) paths."""
        base = os.path.join(self.dir, host)
        self._openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                      "-nodes", "-keyout", base + ".key", "-out", base + ".csr",
                      "-subj", f"/CN={host}")
        ext = base + ".ext"
        with open(ext, "w") as f:
            f.write(f"subjectAltName=IP:{host},DNS:{host}\n")
        self._openssl("x509", "-req", "-in", base + ".csr", "-CA", self.cert, "-CAkey", self.key,
                      "-CAcreateserial", "-out", base + ".crt", "-days", "2", "-extfile", ext)
        return base + ".crt", base + ".key"


def _connect(port):
    try:
        return socket.create_connection(("127.0.0.1", port), timeout=1)
    except OSError:
        return None


class Baresip:
    """baresip (a real softphone) with a sine source and a file sink, driven by -e commands."""

    def __init__(self, workdir, commands, seconds=15,
                 account="<sip:bare@127.0.0.1>;regint=0;answermode=auto", srate=48000,
                 modules=("g711.so",), extra_config=""):
        """`srate`: the sample rate of its audio source and player; `modules`: its codecs and
        other modules; `extra_config`: more lines of its config file."""
        self.dir = os.path.join(workdir, f"baresip-{free_port()}")
        os.makedirs(self.dir)
        # baresip also listens for SIP over TLS on the SIP port + 1: both must be free.
        port = self.port = free_port(pair=True)
        rtp = free_port(pair=True)
        # ctrl_tcp: commands during the call (command()); baresip also listens for TLS on
        # the SIP port + 1, so the control port is found apart.
        self.ctrl_port = free_port(socket.SOCK_STREAM)
        while self.ctrl_port in (port, port + 1):
            self.ctrl_port = free_port(socket.SOCK_STREAM)
        self._ctrl = None
        self._buffer = b""
        self._serial = 0
        with open(os.path.join(self.dir, "config"), "w") as f:
            f.write(f"""sip_listen 127.0.0.1:{port}
module_path /usr/lib/baresip/modules
{chr(10).join("module " + m for m in modules)}
module ausine.so
module aufile.so
module account.so
module menu.so
module stdio.so
module ctrl_tcp.so
ctrl_tcp_listen 127.0.0.1:{self.ctrl_port}
audio_source ausine,440
audio_player aufile,{self.dir}/heard.wav
audio_alert aufile,{self.dir}/alert.wav
ausrc_srate {srate}
auplay_srate {srate}
ausrc_channels {2 if srate == 48000 else 1}
auplay_channels 1
rtp_ports {rtp}-{rtp + 20}
{extra_config}
""")
        with open(os.path.join(self.dir, "accounts"), "w") as f:
            f.write(account + "\n")
        self.log = os.path.join(self.dir, "baresip.log")
        cmd = ["baresip", "-f", self.dir, "-t", str(seconds)]
        for c in commands:
            cmd += ["-e", c]
        self.proc = spawn(cmd, stdout=open(self.log, "w"), stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL)

    def text(self):
        with open(self.log, errors="replace") as f:
            return f.read()

    def command(self, command, params=""):
        """One menu command through ctrl_tcp (a netstring of JSON); returns its reply."""
        if self._ctrl is None:
            self._ctrl = wait_until(lambda: _connect(self.ctrl_port), 5, what="baresip ctrl_tcp")
        self._serial += 1
        token = f"t{self._serial}"
        message = json.dumps({"command": command, "params": params, "token": token}).encode()
        self._ctrl.sendall(str(len(message)).encode() + b":" + message + b",")
        self._ctrl.settimeout(5)
        # Events ({"event": true, ...}) come on the same connection: skip to the response.
        while True:
            length, _, rest = self._buffer.partition(b":")
            if length.isdigit() and len(rest) > int(length):
                reply = json.loads(rest[:int(length)])
                self._buffer = rest[int(length) + 1:]  # past the closing ","
                if reply.get("response") and reply.get("token") == token:
                    return reply
                continue
            self._buffer += self._ctrl.recv(65536)

    def stop(self):
        if self._ctrl:
            self._ctrl.close()
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(3)
            except subprocess.TimeoutExpired:  # still waiting for an un-REGISTER answer
                self.proc.kill()
                self.proc.wait()


class Linphone:
    """linphonec (liblinphone's console phone) on loopback, driven through its stdin. Sound
    comes from and goes to files ("soundcard use files"), so no sound card is needed; its own
    console output (call states, DTMF received) is kept in `text()`."""

    def __init__(self, workdir, auto_answer=True, user=None, registrar_port=None,
                 password="secret"):
        self.port = free_port()
        self.dir = os.path.join(workdir, f"linphone-{self.port}")
        os.makedirs(self.dir)
        rtp = free_port(pair=True)
        rc = os.path.join(self.dir, "linphonerc")
        # With a user and a registrar it registers sip:user@127.0.0.1 there (digest password).
        # No GRUU in Supported: the test Kamailio does not route in-dialog requests to one.
        account = "" if not user else f"""[proxy_0]
reg_proxy=sip:127.0.0.1:{registrar_port}
reg_identity=sip:{user}@127.0.0.1
reg_expires=600
reg_sendregister=1
[auth_info_0]
username={user}
passwd={password}
"""
        with open(rc, "w") as f:
            f.write(f"""[sip]
sip_tcp_port=0
use_ipv6=0
register_only_when_network_is_up=0
supported=replaces
default_proxy={0 if user else -1}
[rtp]
audio_rtp_port={rtp}
[sound]
echocancellation=0
[net]
firewall_policy=0
""" + account)
        # liblinphone keeps its call log and chats in $HOME/.local/share/linphone.
        os.makedirs(os.path.join(self.dir, ".local", "share", "linphone"))
        self.log = os.path.join(self.dir, "linphonec.log")
        self.log_file = open(self.log, "w")
        # LINPHONE_DEBUG=1 keeps liblinphone's own full log in linphone.debug.log.
        debug = ["-d", "6", "-l", os.path.join(self.dir, "linphone.debug.log")] \
            if os.environ.get("LINPHONE_DEBUG") else ["-d", "0"]
        cmd = ["linphonec", "-c", rc] + debug + (["-a"] if auto_answer else [])
        self.proc = spawn(cmd, stdin=subprocess.PIPE, stdout=self.log_file,
                                     stderr=subprocess.STDOUT, cwd=self.dir,
                                     env=dict(os.environ, HOME=self.dir), text=True)
        wait_until(lambda: "linphonec>" in self.text(), 10, what="linphonec prompt")
        self.command("ipv6 disable")
        # linphonec 5.1 ignores sip_port in its rc file; the command sets it.
        self.command(f"ports sip {self.port}")
        self.command("soundcard use files")
        if user:
            def registered():
                self.command("status register")
                time.sleep(0.2)
                return "registered, identity" in self.text()
            wait_until(registered, 10, what="linphonec registration")

    def play(self, seconds=20, frequency=440):
        """Sends a sine tone (a mono 8 kHz WAV file) into the current call."""
        import math
        import struct
        import wave
        path = os.path.join(self.dir, f"tone{frequency}.wav")
        with wave.open(path, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(8000)
            w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(
                2 * math.pi * frequency * i / 8000))) for i in range(8000 * seconds)))
        self.command(f"play {path}")

    def command(self, line):
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def text(self):
        with open(self.log, errors="replace") as f:
            return f.read()

    def stop(self):
        if self.proc.poll() is None:
            try:
                self.command("quit")
                self.proc.wait(5)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        self.log_file.close()


class DnsServer:
    """dnsmasq on loopback answering for one test zone (records given as dnsmasq options,
    e.g. "srv-host=_sip._udp.pbx.test,sip1.pbx.test,5070,10,0"), with a resolv.conf pointing
    at it for `vidi` (VIDI_RESOLV_CONF; Sofia's resolver reads a "port" line)."""

    def __init__(self, workdir, records):
        self.port = free_port()
        self.log = os.path.join(workdir, f"dnsmasq-{self.port}.log")
        self.resolv_conf = os.path.join(workdir, f"resolv-{self.port}.conf")
        with open(self.resolv_conf, "w") as f:
            f.write(f"nameserver 127.0.0.1\nport {self.port}\n")
        cmd = ["dnsmasq", "--keep-in-foreground", "--no-resolv", "--no-hosts",
               "--no-daemon", "--bind-interfaces", "--listen-address=127.0.0.1",
               f"--port={self.port}", "--log-queries", f"--log-facility={self.log}",
               "--pid-file=", "--user=root"] + [f"--{r}" for r in records]
        self.proc = spawn(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until(lambda: os.path.exists(self.log) and "started" in open(self.log).read(),
                   5, what="dnsmasq start")

    def queries(self):
        with open(self.log, errors="replace") as f:
            return [l for l in f if "query[" in l]

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(5)


class StaticServer:
    """A real HTTP server on loopback serving a directory (the provisioning server); `delay`
    makes every answer late (the screenshot tour uses it to catch the boot screen)."""

    def __init__(self, directory, delay=0.0):
        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *a, **kw):
                super().__init__(*a, directory=directory, **kw)

            def do_GET(self):
                time.sleep(delay)
                super().do_GET()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class Sipp:
    """One SIPp process running one of our scenarios in tests/sip/."""

    def __init__(self, scenario, args, workdir, timeout=60, host="127.0.0.1"):
        """`timeout`: seconds after which SIPp gives up on the whole run (an error); `host`:
        the address it listens on."""
        self.port = free_port()
        self.media_port = free_port(span=4)  # SIPp binds audio RTP/RTCP and video RTP/RTCP
        self.log = os.path.join(workdir, f"sipp-{os.path.basename(scenario)}-{self.port}.log")
        cmd = ["sipp"] + args + [
            "-sf", os.path.join(SIP_DIR, scenario),
            "-i", host, "-p", str(self.port), "-mp", str(self.media_port),
            "-rtp_echo", "-nostdin", "-trace_err", "-error_file", self.log,
            "-trace_logs", "-log_file", self.log + ".messages",
            "-timeout", f"{timeout}s", "-timeout_error",
        ]
        self.proc = spawn(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     cwd=workdir)

    def wait(self, timeout=30):
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.stop()
            raise AssertionError(f"SIPp did not finish its scenario; see {self.log}")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def trace_times(self, first_line_prefix):
        """Timestamps (seconds) of the received messages whose first line starts with the
        prefix, from SIPp's -trace_msg file (give "-trace_msg" in the arguments)."""
        import datetime
        times = []
        for path in glob.glob(os.path.join(os.path.dirname(self.log), "*_messages.log")):
            stamp = None
            with open(path, errors="replace") as f:
                for line in f:
                    m = re.match(r"^-+ (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+)", line)
                    if m:
                        stamp = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S.%f")
                    elif stamp and line.startswith("UDP message received"):
                        pass
                    elif stamp and line.strip():
                        if line.startswith(first_line_prefix):
                            times.append(stamp.timestamp())
                        if not line.startswith("UDP message"):
                            stamp = None
        return sorted(times)

    def messages(self):
        """What the scenario wrote with <log> (e.g. the final response it received)."""
        try:
            with open(self.log + ".messages") as f:
                return f.read()
        except OSError:
            return ""

    def logged(self, prefix):
        """The lines the scenario logged that start with `prefix`."""
        return [line for line in self.messages().splitlines() if line.startswith(prefix)]

    def errors(self):
        try:
            with open(self.log) as f:
                return f.read()
        except OSError:
            return ""


class Vidi:
    """A headless `vidi` with its own flash directory and a provisioning directory."""

    def __init__(self, binary, workdir, cfg=None, mac_cfg=None, mac="001565113af8",
                 env=None, netns=None, host="127.0.0.1"):
        """`netns`: the network namespace it runs in (NetLab); `host`: the address its web
        server is reached at from the test."""
        self.binary = binary
        self.netns = netns
        self.host = host
        self.workdir = workdir
        self.mac = mac
        self.sip_port = free_port()
        self.tls_port = free_port(socket.SOCK_STREAM)
        self.http_port = free_port(socket.SOCK_STREAM)
        self.config_dir = os.path.join(workdir, "flash")
        self.provision_dir = os.path.join(workdir, "provision")
        os.makedirs(self.provision_dir, exist_ok=True)
        rtp = free_port(pair=True)
        base = {
            "sip.listen_port": self.sip_port,
            "sip.tls_listen_port": self.tls_port,
            "network.port.http": self.http_port,
            "network.port.min_rtpport": rtp,
            "network.port.max_rtpport": rtp + 40,
            "features.action_uri_limit_ip": "127.0.0.1",
        }
        # The keep-alive OPTIONS (on by default) would be an unexpected message to the SIPp
        # scenarios; its own test turns it on.
        base.update({f"account.{i}.nat.udp_update_enable": 0 for i in range(1, 5)})
        base.update(cfg or {})
        self._common = base
        self.write_cfg("y000000000023.cfg", base)
        if mac_cfg is not None:
            self.write_cfg(f"{mac}.cfg", mac_cfg)
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                        # 20 ms at a time, as from a microphone (audiotestsrc's own 1024
                        # samples come in bursts of 128 ms at 8 kHz).
                        VIDI_AUDIO_SOURCE="audiotestsrc is-live=true wave=sine freq=1000 "
                                          "samplesperbuffer=160",
                        VIDI_AUDIO_SINK="fakesink sync=false",
                        # An audio phone unless a test gives it a camera: video costs CPU
                        # that the audio tests' timing should not share.
                        VIDI_VIDEO_SOURCE="none")
        self.env.update(env or {})
        self.proc = None
        self.log_path = None

    def write_cfg(self, name, values, header=True):
        lines = ["#!version:1.0.0.1"] if header else []
        if isinstance(values, str):
            lines.append(values)
        else:
            lines += [f"{k} = {v}" for k, v in values.items()]
        with open(os.path.join(self.provision_dir, name), "w") as f:
            f.write("\n".join(lines) + "\n")

    def start(self, provision=True, wait_idle=True, provision_url=None, timeout=15):
        n = len([p for p in os.listdir(self.workdir) if p.startswith("vidi-")])
        self.log_path = os.path.join(self.workdir, f"vidi-{n}.log")
        self.log_file = open(self.log_path, "w")
        cmd = [self.binary, "--config-dir", self.config_dir, "--mac", self.mac]
        if self.netns:
            cmd = ["ip", "netns", "exec", self.netns] + cmd
        if provision:
            cmd += ["--provision", provision_url or "file://" + self.provision_dir]
        self.proc = spawn(cmd, stdout=self.log_file, stderr=subprocess.STDOUT, env=self.env)
        if wait_idle:
            wait_until(lambda: self._status_or_none() is not None, timeout,
                       what="vidi web server")
            # free_port() only finds a port free a moment ago: a test running beside this one
            # may have taken it since. Start again on other ports (the phone says so in its log).
            if (provision and provision_url is None and "cannot bind SIP port" in self.log()
                    and self._common.get("sip.listen_port") == self.sip_port
                    and getattr(self, "_rebinds", 0) < 3):
                self._rebinds = getattr(self, "_rebinds", 0) + 1
                self.stop()
                self.sip_port = free_port()
                self.tls_port = free_port(socket.SOCK_STREAM)
                self._common.update({"sip.listen_port": self.sip_port,
                                     "sip.tls_listen_port": self.tls_port})
                self.write_cfg("y000000000023.cfg", self._common)
                return self.start(provision, wait_idle, provision_url, timeout)
        return self

    def log(self):
        with open(self.log_path) as f:
            return f.read()

    def qml_warnings(self):
        return [l for l in self.log().splitlines() if QML_WARNING.search(l)]

    def stop(self, timeout=10):
        """SIGTERM (accounts unregister), then the exit code."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                raise AssertionError("vidi did not exit after SIGTERM")
        self.log_file.close()
        warnings = self.qml_warnings()
        assert not warnings, "QML warnings:\n" + "\n".join(warnings)
        return self.proc.returncode

    # --- the web doors ---
    def _get(self, path, auth=True):
        req = urllib.request.Request(f"http://{self.host}:{self.http_port}{path}")
        if auth:
            token = base64.b64encode(b"admin:admin").decode()
            req.add_header("Authorization", "Basic " + token)
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.status, r.read().decode()

    def _status_or_none(self):
        if self.proc.poll() is not None:
            raise AssertionError("vidi exited early:\n" + self.log())
        try:
            return self.status()
        except (urllib.error.URLError, ConnectionError, OSError):
            return None

    def status(self):
        return json.loads(self._get("/api/status")[1])

    def key(self, key):
        """Action URI; returns the HTTP status code."""
        try:
            return self._get(f"/cgi-bin/cgiServer.exx?key={key}", auth=False)[0]
        except urllib.error.HTTPError as e:
            return e.code

    def wait_screen(self, screen, timeout=10):
        return wait_until(lambda: self.status()["screen"] == screen, timeout,
                          what=f"screen {screen}")

    def account(self, index=1):
        return self.status()["accounts"][index - 1]


class TestDir:
    """A scratch directory, kept when the test fails so its logs can be read."""

    def __enter__(self):
        self.path = tempfile.mkdtemp(prefix="vidi-system-")
        return self.path

    def __exit__(self, exc_type, exc, tb):
        kill_started()  # a failed test stops nowhere near its peers' stop() calls
        if exc_type is None:
            shutil.rmtree(self.path, ignore_errors=True)
        else:
            print(f"logs kept in {self.path}")
        return False


def rss_mib(pid):
    """A process's resident memory now, in MiB."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid):
    """User plus system CPU a process has used so far, in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def run_tests(namespace):
    """The command line of a test module: runs the named test_* functions of `namespace` (all
    when none is named) against --vidi, printing PASS/FAIL lines; returns the exit status."""
    import argparse
    tests = {name[5:]: fn for name, fn in namespace.items() if name.startswith("test_")}
    parser = argparse.ArgumentParser()
    parser.add_argument("--vidi", required=True)
    parser.add_argument("tests", nargs="*", help=", ".join(tests))
    args = parser.parse_args()
    failed = 0
    for name in args.tests or tests:
        start = time.monotonic()
        try:
            tests[name](os.path.abspath(args.vidi))
            print(f"PASS {name} ({time.monotonic() - start:.1f}s)")
        except Exception as e:  # noqa: BLE001 - report every failure and go on
            failed += 1
            print(f"FAIL {name}: {type(e).__name__}: {e}")
    return 1 if failed else 0
