# Runs one command and prints, as one JSON line, its wall time, CPU time (user + system) and peak
# resident set size, measured for that process alone (os.wait4's rusage). A run longer than the
# timeout is killed and reported as timed out. The command's stdout and stderr go to files.
#
#   python3 measure.py TIMEOUT_SECONDS STDOUT_FILE STDERR_FILE COMMAND [ARG...]
import json
import os
import signal
import sys
import time


def main():
    timeout = float(sys.argv[1])
    stdout_file, stderr_file = sys.argv[2], sys.argv[3]
    command = sys.argv[4:]
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, stdout_file, flags, 0o644),
        (os.POSIX_SPAWN_OPEN, 2, stderr_file, flags, 0o644),
    ]
    timed_out = []
    start = time.perf_counter()
    pid = os.posix_spawnp(command[0], command, os.environ, file_actions=actions)

    def on_alarm(signum, frame):
        timed_out.append(True)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:  # it ended just as the timer fired
            pass

    signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    signal.setitimer(signal.ITIMER_REAL, 0)
    print(json.dumps({
        "wallMs": wall * 1000,
        "cpuMs": (usage.ru_utime + usage.ru_stime) * 1000,
        "maxRssKB": usage.ru_maxrss,
        "exitCode": os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else None,
        "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
        "timedOut": bool(timed_out),
    }))


main()
