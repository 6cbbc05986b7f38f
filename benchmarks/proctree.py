"""What the measured-run scripts read from /proc: a process and its descendants, their CPU time and resident memory."""
import os

TICKS = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


def tree(pid):
    """The pid and every descendant alive now."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def cpu_and_rss(pids):
    """CPU seconds (own + reaped children) and resident bytes summed over pids; processes gone meanwhile count 0."""
    cpu, rss = 0.0, 0
    for p in pids:
        try:
            fields = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
            cpu += sum(int(f) for f in fields[11:15]) / TICKS  # utime stime cutime cstime
            rss += int(open(f"/proc/{p}/statm").read().split()[1]) * PAGE
        except (OSError, IndexError):
            pass
    return cpu, rss
