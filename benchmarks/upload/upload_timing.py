#!/usr/bin/env python3
"""Times one batch through a running sample host over real HTTP (Kestrel).

Prints, as one JSON line: the upload request's time, the time from the upload's answer to the first
document `completed`, and from the start of the upload to the last result (job `completed`).

  python3 benchmarks/upload/upload_timing.py --url http://localhost:8000 --tiny 500
  python3 benchmarks/upload/upload_timing.py --url http://localhost:8000 --folder ../shared/corpus/real
"""
import argparse, json, os, time, uuid
import requests


def tiny_files(count):
    return [(f"note-{i:04d}.txt", f"Meeting note {i}: the weekly sync moved to Thursday.\n".encode()) for i in range(count)]


def folder_files(folder):
    names = sorted(n for n in os.listdir(folder) if os.path.isfile(os.path.join(folder, n)))
    return [(n, open(os.path.join(folder, n), "rb").read()) for n in names]


def multipart(files):
    boundary = uuid.uuid4().hex
    parts = []
    for name, data in files:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
                     f'Content-Type: application/octet-stream\r\n\r\n'.encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return f"multipart/form-data; boundary={boundary}", b"".join(parts)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", default="http://localhost:8000")
    p.add_argument("--tiny", type=int)
    p.add_argument("--folder")
    p.add_argument("--poll", type=float, default=0.01, help="seconds between /status polls")
    p.add_argument("--label", default="")
    a = p.parse_args()
    files = tiny_files(a.tiny) if a.tiny else folder_files(a.folder)
    content_type, body = multipart(files)
    session = requests.Session()
    start = time.perf_counter()
    answer = session.post(f"{a.url}/batch/upload", data=body, headers={"Content-Type": content_type})
    answered = time.perf_counter()
    answer.raise_for_status()
    job = answer.json()["job_id"]
    first = None
    while True:
        status = session.get(f"{a.url}/status/{job}").json()
        now = time.perf_counter()
        if first is None and any(d["status"] == "completed" for d in status["documents"]):
            first = now
        if status["status"] in ("completed", "failed", "cancelled"):
            break
        time.sleep(a.poll)
    print(json.dumps({
        "label": a.label, "files": len(files), "bytes": len(body),
        "upload_s": round(answered - start, 3),
        "first_completed_after_answer_s": round((first or now) - answered, 3),
        "last_result_s": round(now - start, 3),
        "completed": status["completed"], "failed": status["failed"], "status": status["status"],
        "load": open("/proc/loadavg").read().split()[0],
    }))


if __name__ == "__main__":
    main()
