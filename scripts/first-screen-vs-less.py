#!/usr/bin/env python3
"""Time to first full screen of counterpoint and of less on the same article, side by side.

Usage: first-screen-vs-less.py [--runs N] [--size COLSxROWS] [--binary PATH] [--url] [--callgrind] [--perf] [ARTICLE ...]

For each ARTICLE (default: the bundled sample, written out to a temporary file), starts
`counterpoint ARTICLE` and `less ARTICLE` in turn, each in a pseudo-terminal of the given
size (default 120x40), reads what it writes until its first screen is complete, then
sends 'q'. counterpoint's screen is complete when its status bar's last hint ("h help")
has been written, since the status bar is the last row drawn; less is given a prompt of
its own (-P) that it writes after the page. The runs alternate between the two programs
so that both see the same machine. Prints medians, minima and the ratio.

--url times a saved web page against the same page as a URL instead: a loopback HTTP
server (python3 -m http.server on 127.0.0.1, started here in a folder holding a copy of
each page) serves it, and runs alternate between `counterpoint PAGE` and `counterpoint
http://127.0.0.1:PORT/PAGE`. Both show the same article; the second fetches it first.

--callgrind counts instructions instead of time: each program runs under
`valgrind --tool=callgrind` (which the machine's load does not touch), from its start
through its first screen, the 'q' and its exit, alternating, and the medians and minima
of the totals are printed with their ratio. The count after the first screen varies a
little with when the 'q' comes (the reader's idle ticks), so take several runs (--runs 5
is enough). The last run's output files are kept (their paths are printed) for
callgrind_annotate.

--perf counts what the machine's load blurs less than the wall clock: each program runs
under `perf stat -e task-clock,page-faults`, from its start through its first screen,
the 'q' and its exit, alternating, and the medians of its CPU time (ms) and of its page
faults are printed (the wall clock under perf is perf's own start, so it is not given).
"""
import fcntl
import os
import pty
import select
import shutil
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LESS_PROMPT = "FIRST-SCREEN-DONE"


REPLIES = [
    (b"\x1b]11;?", b"\x1b]11;rgb:0000/0000/0000\x1b\\"),
    (b"\x1b[c", b"\x1b[?62;22c"),
]


def one_run(command, marker, cols, rows, timeout=30.0):
    """Milliseconds from fork to the marker appearing on the terminal."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ.pop("LESS", None)
        os.execvp(command[0], command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    seen = b""
    elapsed = None
    while time.perf_counter() - start < timeout:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if fd in ready:
            try:
                chunk = os.read(fd, 1 << 16)
            except OSError:
                break
            seen += chunk
            # Answer as a dark-background terminal does: the background colour query
            # (OSC 11) and the device attributes query (DA1) counterpoint sends at start.
            for query, reply in REPLIES:
                if query in chunk:
                    os.write(fd, reply)
            if marker in seen[-(len(chunk) + len(marker)):]:
                elapsed = time.perf_counter() - start
                break
    try:
        os.write(fd, b"q")
    except OSError:
        pass
    deadline = time.perf_counter() + 10
    while time.perf_counter() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        try:
            select.select([fd], [], [], 0.05)
            os.read(fd, 1 << 16)
        except OSError:
            pass
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    os.close(fd)
    if elapsed is None:
        sys.exit(f"{command[0]}: the first screen never appeared ({marker!r} not seen)")
    return elapsed * 1000


def main():
    args = sys.argv[1:]
    runs, cols, rows = 20, 120, 40
    binary = os.path.join(HERE, "..", "target", "release", "counterpoint")
    url = False
    callgrind = False
    perf = False
    while args and args[0].startswith("--"):
        flag = args.pop(0)
        if flag == "--runs":
            runs = int(args.pop(0))
        elif flag == "--size":
            cols, rows = (int(v) for v in args.pop(0).split("x"))
        elif flag == "--binary":
            binary = args.pop(0)
        elif flag == "--url":
            url = True
        elif flag == "--callgrind":
            callgrind = True
        elif flag == "--perf":
            perf = True
        else:
            sys.exit(__doc__)
    if url:
        return compare_url(args, runs, cols, rows, binary)
    articles = args
    if not articles:
        sample = os.path.join(HERE, "..", "assets", "pompeo-iran-al-qaida.md")
        claims = os.path.join(HERE, "..", "assets", "pompeo-iran-al-qaida.claims.toml")
        folder = tempfile.mkdtemp()
        for path in (sample, claims):
            with open(path, "rb") as src, open(os.path.join(folder, os.path.basename(path)), "wb") as dst:
                dst.write(src.read())
        articles = [os.path.join(folder, os.path.basename(sample))]
    if callgrind:
        return count_instructions(articles, runs, cols, rows, binary)
    if perf:
        return count_cpu_and_faults(articles, runs, cols, rows, binary)
    print(f"| article | size | counterpoint | less | ratio |")
    print(f"|---|---|---|---|---|")
    for article in articles:
        # Warm the page cache so both programs read from memory.
        subprocess.run(["cat", article], stdout=subprocess.DEVNULL, check=True)
        ours, theirs = [], []
        for _ in range(runs):
            ours.append(one_run([binary, article], b"h help", cols, rows))
            theirs.append(one_run(["less", "-P" + LESS_PROMPT, article], LESS_PROMPT.encode(), cols, rows))
        size = os.path.getsize(article)
        m_ours, m_theirs = statistics.median(ours), statistics.median(theirs)
        print(f"| {os.path.basename(article)} | {size / 1e6:.2f} MB | {m_ours:.1f} ms (min {min(ours):.1f}) "
              f"| {m_theirs:.1f} ms (min {min(theirs):.1f}) | {m_ours / m_theirs:.2f} |")
        sys.stdout.flush()


def count_instructions(articles, runs, cols, rows, binary):
    """Instructions from start to exit (first screen, 'q') of counterpoint and of less on
    each article, counted by callgrind: medians and minima of `runs` alternating runs."""
    folder = tempfile.mkdtemp(prefix="first-screen-callgrind-")
    print("| article | counterpoint | less | ratio (medians) |")
    print("|---|---|---|---|")
    for article in articles:
        counts = {"counterpoint": [], "less": []}
        for _ in range(runs):
            for name, command, marker in (
                ("counterpoint", [binary, article], b"h help"),
                ("less", ["less", "-P" + LESS_PROMPT, article], LESS_PROMPT.encode()),
            ):
                out = os.path.join(folder, f"{name}.{os.path.basename(article)}.out")
                wrapped = ["valgrind", "--tool=callgrind", "-q", f"--log-file={out}.log",
                           f"--callgrind-out-file={out}"] + command
                one_run(wrapped, marker, cols, rows, timeout=120.0)
                with open(out) as f:
                    total = next(int(line.split()[1]) for line in f if line.startswith("totals:"))
                counts[name].append(total)
        for name in counts:
            print(f"{name}: {os.path.join(folder, name)}.{os.path.basename(article)}.out", file=sys.stderr)
        ours, theirs = counts["counterpoint"], counts["less"]
        m_ours, m_theirs = statistics.median(ours), statistics.median(theirs)
        print(f"| {os.path.basename(article)} | {m_ours / 1e6:.2f} M (min {min(ours) / 1e6:.2f}) "
              f"| {m_theirs / 1e6:.2f} M (min {min(theirs) / 1e6:.2f}) | {m_ours / m_theirs:.2f} |")
        sys.stdout.flush()


def count_cpu_and_faults(articles, runs, cols, rows, binary):
    """CPU time and page faults from start to exit (first screen, 'q') of counterpoint and
    of less on each article, counted by `perf stat`: medians of `runs` alternating runs."""
    folder = tempfile.mkdtemp(prefix="first-screen-perf-")
    print("| article | counterpoint CPU, faults | less CPU, faults | ratio of CPU (medians) |")
    print("|---|---|---|---|")
    for article in articles:
        counts = {"counterpoint": ([], []), "less": ([], [])}
        for _ in range(runs):
            for name, command, marker in (
                ("counterpoint", [binary, article], b"h help"),
                ("less", ["less", "-P" + LESS_PROMPT, article], LESS_PROMPT.encode()),
            ):
                out = os.path.join(folder, f"{name}.perf")
                wrapped = ["perf", "stat", "-x,", "-o", out, "-e", "task-clock,page-faults"] + command
                one_run(wrapped, marker, cols, rows)
                cpu, faults = counts[name]
                with open(out) as f:
                    for line in f:
                        fields = line.strip().split(",")
                        if len(fields) > 2 and fields[2].startswith("task-clock"):
                            cpu.append(float(fields[0]))
                        elif len(fields) > 2 and fields[2].startswith("page-faults"):
                            faults.append(float(fields[0]))
        (cpu, faults), (their_cpu, their_faults) = counts["counterpoint"], counts["less"]
        print(f"| {os.path.basename(article)} | {statistics.median(cpu):.2f} ms, {statistics.median(faults):.0f} "
              f"| {statistics.median(their_cpu):.2f} ms, {statistics.median(their_faults):.0f} "
              f"| {statistics.median(cpu) / statistics.median(their_cpu):.2f} |")
        sys.stdout.flush()


def compare_url(args, runs, cols, rows, binary):
    """The first screen of each saved page in `args` against the same page served on
    the loopback address."""
    pages = args
    if not pages:
        sys.exit("--url needs the saved pages to time")
    folder = tempfile.mkdtemp(prefix="first-screen-url-")
    saved = os.path.join(folder, "saved")
    served = os.path.join(folder, "served")
    os.makedirs(saved)
    os.makedirs(served)
    for page in pages:
        for where in (saved, served):
            shutil.copyfile(page, os.path.join(where, os.path.basename(page)))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", served],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.perf_counter() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.perf_counter() > deadline:
                    sys.exit("the loopback server did not start")
                time.sleep(0.05)
        print("| page | size | saved page | the same page as a URL (loopback) | ratio |")
        print("|---|---|---|---|---|")
        for page in pages:
            name = os.path.basename(page)
            path = os.path.join(saved, name)
            url = f"http://127.0.0.1:{port}/{name}"
            subprocess.run(["cat", path], stdout=subprocess.DEVNULL, check=True)
            local, remote = [], []
            for _ in range(runs):
                local.append(one_run([binary, path], b"h help", cols, rows))
                remote.append(one_run([binary, url], b"h help", cols, rows))
            m_local, m_remote = statistics.median(local), statistics.median(remote)
            print(f"| {name} | {os.path.getsize(path) / 1e3:.0f} kB | {m_local:.1f} ms (min {min(local):.1f}) "
                  f"| {m_remote:.1f} ms (min {min(remote):.1f}) | {m_remote / m_local:.2f} |")
            sys.stdout.flush()
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
