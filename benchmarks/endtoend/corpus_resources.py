#!/usr/bin/env python3
"""Runs one folder of documents through a running sample host (real Kestrel) and prints, as one JSON line:
documents/s, CPU seconds per document and the peak resident memory of the host and its extraction children
together, read from /proc while the batch runs (issue 18 item 8).

Start the host in process or isolated, then point this at its pid:

  dotnet BatchEngine.SampleHost.dll --urls http://127.0.0.1:8117 --BatchEngine:Isolation:Enabled=false &
  python3 benchmarks/endtoend/corpus_resources.py --url http://127.0.0.1:8117 --pid $! --folder ../shared/corpus/real
"""
import argparse, json, os, sys, time, uuid
import requests

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from proctree import cpu_and_rss, tree  # noqa: E402


def multipart(folder):
    boundary = uuid.uuid4().hex
    names = sorted(n for n in os.listdir(folder) if os.path.isfile(os.path.join(folder, n)))
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{n}"\r\n'
             f'Content-Type: application/octet-stream\r\n\r\n'.encode() + open(os.path.join(folder, n), "rb").read() + b"\r\n"
             for n in names]
    parts.append(f"--{boundary}--\r\n".encode())
    return len(names), f"multipart/form-data; boundary={boundary}", b"".join(parts)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True)
    p.add_argument("--pid", type=int, required=True, help="the host's pid")
    p.add_argument("--folder", required=True)
    p.add_argument("--label", default="")
    a = p.parse_args()
    count, content_type, body = multipart(a.folder)
    session = requests.Session()
    # Children that exit during the run are counted through the host's cutime/cstime; live ones are summed.
    cpu_before, _ = cpu_and_rss(tree(a.pid))
    start = time.perf_counter()
    job = session.post(f"{a.url}/batch/upload", data=body, headers={"Content-Type": content_type}).json()["job_id"]
    peak = 0
    cpu_seen = cpu_before
    while True:
        cpu_now, rss = cpu_and_rss(tree(a.pid))
        peak, cpu_seen = max(peak, rss), max(cpu_seen, cpu_now)
        status = session.get(f"{a.url}/status/{job}").json()
        if status["status"] in ("completed", "failed", "cancelled"):
            break
        time.sleep(0.05)
    wall = time.perf_counter() - start
    cpu_after, _ = cpu_and_rss(tree(a.pid))
    cpu = max(cpu_after, cpu_seen) - cpu_before
    print(json.dumps({
        "label": a.label, "documents": count, "completed": status["completed"], "failed": status["failed"],
        "wall_s": round(wall, 2), "documents_per_s": round(count / wall, 2),
        "cpu_s_per_document": round(cpu / count, 4), "peak_rss_mb_host_and_children": round(peak / 2**20, 1),
        "load": open("/proc/loadavg").read().split()[0],
    }))


if __name__ == "__main__":
    main()
