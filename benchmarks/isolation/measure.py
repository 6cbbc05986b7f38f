#!/usr/bin/env python3
"""Measured run: the corpus through fresh sample hosts, one batch each, with peak RSS of the host and its children.

Starts the built sample host (Release), uploads every PDF of the corpus folder in one POST /batch/upload, polls
GET /status/{job_id} until the job is terminal, and samples /proc every 100 ms: the host's RSS, the summed RSS of
its descendants (the extraction children) and the sum of both. Between runs it reports what a host left behind:
processes still running, files in the engine's private temp folders. Prints one line per run and a summary.
"""
import argparse, glob, json, os, signal, subprocess, sys, threading, time, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
HOST_DLL = os.path.join(ROOT, "samples/BatchEngine.SampleHost/bin/Release/net10.0/BatchEngine.SampleHost.dll")


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def children_of(pid):
    """Every descendant of pid (a scan of /proc/*/stat parent ids)."""
    parents = {}
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            with open(stat) as f:
                text = f.read()
            fields = text[text.rindex(")") + 2:].split()
            parents.setdefault(int(fields[1]), []).append(int(stat.split("/")[2]))
        except (OSError, ValueError):
            continue
    found, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


class Sampler(threading.Thread):
    def __init__(self, pid, interval):
        super().__init__(daemon=True)
        self.pid, self.interval, self.stop = pid, interval, threading.Event()
        self.peak_host = self.peak_children = self.peak_total = 0
        self.max_children = 0

    def run(self):
        while not self.stop.is_set():
            host = rss_kb(self.pid)
            kids = children_of(self.pid)
            children = sum(rss_kb(k) for k in kids)
            self.peak_host = max(self.peak_host, host)
            self.peak_children = max(self.peak_children, children)
            self.peak_total = max(self.peak_total, host + children)
            self.max_children = max(self.max_children, len(kids))
            self.stop.wait(self.interval)


def get(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def temp_inventory():
    roots = [os.environ.get("XDG_RUNTIME_DIR") or "", os.environ.get("TMPDIR") or "/tmp"]
    files = 0
    for root in filter(None, roots):
        for folder in glob.glob(os.path.join(root, "batchengine-*")):
            for _, _, names in os.walk(folder):
                files += len(names)
    return files


def one_run(args, index, pdfs):
    env = dict(os.environ)
    env.update({
        "Port": str(args.port),
        "BatchEngine__WorkerCount": str(args.workers),
        "BatchEngine__Isolation__Enabled": "true" if args.isolated else "false",
        "Logging__LogLevel__Default": "Warning",
    })
    for pair in args.env:
        key, _, value = pair.partition("=")
        env[key] = value
    host = subprocess.Popen(["dotnet", "exec", HOST_DLL], env=env, cwd=os.path.dirname(HOST_DLL),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://localhost:{args.port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/health", timeout=2).read()
                break
            except Exception:
                time.sleep(0.1)
        else:
            raise RuntimeError("the sample host did not answer /health")
        sampler = Sampler(host.pid, args.interval)
        sampler.start()
        busy_before, steal_before = machine_ticks()
        started = time.monotonic()
        curl = ["curl", "-sS", "-X", "POST", base + "/batch/upload"]
        for pdf in pdfs:
            curl += ["-F", f"files=@{pdf};type=application/pdf"]
        answer = json.loads(subprocess.run(curl, check=True, capture_output=True).stdout)
        uploaded = time.monotonic() - started
        job = answer["job_id"]
        while True:
            status = get(f"{base}/status/{job}")
            if status["status"] not in ("pending", "processing"):
                break
            time.sleep(0.1)
        wall = time.monotonic() - started
        cpu = cpu_seconds(host.pid)
        busy_after, steal_after = machine_ticks()
        tick = os.sysconf("SC_CLK_TCK")
        sampler.stop.set()
        sampler.join()
        return {
            "run": index, "wall_s": round(wall, 2), "upload_s": round(uploaded, 2),
            "completed": status["completed"], "failed": status["failed"], "total": status["total_files"],
            "peak_host_mb": sampler.peak_host // 1024, "peak_children_mb": sampler.peak_children // 1024,
            "peak_total_mb": sampler.peak_total // 1024, "children_seen": sampler.max_children,
            "host_cpu_s": cpu,
            "machine_busy_cpu_s": round((busy_after - busy_before) / tick, 2),
            "machine_steal_s": round((steal_after - steal_before) / tick, 2),
        }
    finally:
        kids = children_of(host.pid)
        host.send_signal(signal.SIGTERM)
        try:
            host.wait(timeout=30)
        except subprocess.TimeoutExpired:
            host.kill()
            host.wait()
        time.sleep(0.5)
        leftover = [k for k in kids if os.path.exists(f"/proc/{k}")]
        sys.stderr.write(f"  after run {index}: {len(leftover)} child process(es) still running, {temp_inventory()} file(s) in batchengine temp folders\n")


def machine_ticks():
    """(busy, steal) CPU ticks of the whole machine: steal is time the hypervisor gave our vCPUs to someone else."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    user, nice, system, idle, iowait, irq, softirq, steal = fields[:8]
    return user + nice + system + irq + softirq, steal


def cpu_seconds(pid):
    """User+system CPU of the host so far (children are not counted until they are reaped)."""
    with open(f"/proc/{pid}/stat") as f:
        text = f.read()
    fields = text[text.rindex(")") + 2:].split()
    return round((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), 2)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=1, help="fresh hosts in a row (default 1)")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--in-process", dest="isolated", action="store_false", help="read PDFs in the host (trusted input)")
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "real"))
    parser.add_argument("--port", type=int, default=18931)
    parser.add_argument("--interval", type=float, default=0.1, help="RSS sampling period in seconds")
    parser.add_argument("--env", action="append", default=[], help="KEY=VALUE for the host (repeatable)")
    args = parser.parse_args()
    pdfs = sorted(glob.glob(os.path.join(args.corpus, "**", "*.pdf"), recursive=True))
    with open("/proc/loadavg") as f:
        load = f.read().split()[0]
    sys.stderr.write(f"{len(pdfs)} PDFs, {args.workers} workers, {'isolated' if args.isolated else 'in process'}, load {load}, "
                     f"{temp_inventory()} file(s) in batchengine temp folders before\n")
    for i in range(args.runs):
        print(json.dumps(one_run(args, i + 1, pdfs)), flush=True)


if __name__ == "__main__":
    main()
