#!/usr/bin/env python3
"""Time from start to first full screen of a terminal program, in a pseudo-terminal.

Usage: time-to-first-screen.py [--runs N] [--size COLSxROWS] MARKER -- COMMAND [ARGS...]

Starts COMMAND in a pseudo-terminal of the given size, reads its output until
MARKER (a string that appears only once the screen is drawn) has been written,
then sends 'q' and notes the elapsed time. Prints the median, minimum and
maximum over the runs, in milliseconds.
"""
import os
import pty
import select
import statistics
import sys
import time
import fcntl
import struct
import termios


def one_run(command, marker, cols, rows, timeout=10.0):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execvp(command[0], command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    start = time.perf_counter()
    seen = b""
    elapsed = None
    while time.perf_counter() - start < timeout:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if fd in ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            seen += chunk
            if marker in seen:
                elapsed = time.perf_counter() - start
                break
    try:
        os.write(fd, b"q")
    except OSError:
        pass
    deadline = time.perf_counter() + 5
    while time.perf_counter() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        try:
            select.select([fd], [], [], 0.05)
            os.read(fd, 65536)
        except OSError:
            pass
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    os.close(fd)
    if elapsed is None:
        sys.exit(f"{command[0]}: marker {marker!r} never appeared")
    return elapsed * 1000


def main():
    args = sys.argv[1:]
    runs, cols, rows = 20, 120, 40
    while args and args[0].startswith("--") and args[0] != "--":
        flag = args.pop(0)
        if flag == "--runs":
            runs = int(args.pop(0))
        elif flag == "--size":
            cols, rows = (int(v) for v in args.pop(0).split("x"))
        else:
            sys.exit(__doc__)
    if len(args) < 3 or args[1] != "--":
        sys.exit(__doc__)
    marker = args[0].encode()
    command = args[2:]
    times = [one_run(command, marker, cols, rows) for _ in range(runs)]
    print(f"{' '.join(command)}: median {statistics.median(times):.1f} ms "
          f"(min {min(times):.1f}, max {max(times):.1f}, {runs} runs, {cols}x{rows})")


if __name__ == "__main__":
    main()
