#!/usr/bin/env python3
"""Issue 18 item 3, second half: how much the host alone grows while a 200 MB batch of forty 5 MB PDFs is
uploaded in one request and processed. Prints one JSON line: the host's resident memory before the upload
(after a one-file warm-up batch), its peak while the batch ran, the growth, and the peak of host and children
together.

The PDFs are generated here (no corpus file is over 5 MB): twelve pages of plain English prose each, plus one
2000x2500 grey image of random bytes that does not compress, so each file is ~5 MB on the wire as a scanned
page would be. Start the sample host first (isolated or not), then point this at its pid:

  dotnet BatchEngine.SampleHost.dll --urls http://127.0.0.1:8117 --BatchEngine:Ocr:Enabled=false &
  python3 benchmarks/upload/large_batch_growth.py --url http://127.0.0.1:8117 --pid $!
"""
import argparse, json, os, random, sys, tempfile, threading, time, uuid, zlib
import requests

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from proctree import cpu_and_rss, tree  # noqa: E402

PROSE = ("The committee reviewed the maintenance schedule for the pumping stations and agreed that the "
         "spring inspection will follow the same order as last year. Spare parts are kept in the north store. ")


def pdf(pages, image_bytes, width, height):
    """A minimal valid PDF: `pages` text pages, then one page showing the grey image."""
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids, pages_id = [], len(objects) + 1
    add(b"")  # the page tree, filled in below
    for number in range(pages):
        lines = [f"Page {number + 1}. " + PROSE * 2] * 40
        text = "BT /F1 9 Tf 40 800 Td 11 TL " + " ".join(f"({line[:110]}) '" for line in lines) + " ET"
        stream = add(b"<< /Length %d >>\nstream\n" % len(text) + text.encode() + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
                        b"/Contents %d 0 R >>" % (pages_id, font, stream)))
    packed = zlib.compress(image_bytes, 1)
    image = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
                b"/Filter /FlateDecode /Length %d >>\nstream\n" % (width, height, len(packed)) + packed + b"\nendstream")
    draw = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    content = add(b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream")
    kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 %d 0 R >> >> "
                    b"/Contents %d 0 R >>" % (pages_id, image, content)))
    objects[pages_id - 1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (len(kids), b" ".join(b"%d 0 R" % k for k in kids))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for index, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % index + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


class Multipart:
    """Streams the files from disk so this script's own memory does not matter."""

    def __init__(self, paths):
        self.boundary = uuid.uuid4().hex
        self.paths = paths

    def __iter__(self):
        for path in self.paths:
            yield (f'--{self.boundary}\r\nContent-Disposition: form-data; name="files"; filename="{os.path.basename(path)}"\r\n'
                   f'Content-Type: application/pdf\r\n\r\n').encode()
            with open(path, "rb") as f:
                while chunk := f.read(1 << 20):
                    yield chunk
            yield b"\r\n"
        yield f"--{self.boundary}--\r\n".encode()


def run_batch(session, url, paths, poll):
    body = Multipart(paths)
    job = session.post(f"{url}/batch/upload", data=iter(body),
                       headers={"Content-Type": f"multipart/form-data; boundary={body.boundary}"}).json()["job_id"]
    while True:
        poll()
        status = session.get(f"{url}/status/{job}").json()
        if status["status"] in ("completed", "failed", "cancelled"):
            return status
        time.sleep(0.05)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True)
    p.add_argument("--pid", type=int, required=True, help="the host's pid")
    p.add_argument("--files", type=int, default=40)
    p.add_argument("--label", default="")
    a = p.parse_args()
    rng = random.Random(18)
    folder = tempfile.mkdtemp(prefix="batchengine-large-")
    paths = []
    for index in range(a.files):
        path = os.path.join(folder, f"large-{index:02}.pdf")
        with open(path, "wb") as f:
            f.write(pdf(12, rng.randbytes(2000 * 2500), 2000, 2500))
        paths.append(path)
    total = sum(os.path.getsize(x) for x in paths)
    session = requests.Session()
    run_batch(session, a.url, paths[:1], lambda: None)  # warm-up: first request, JIT, children started
    time.sleep(1)
    before = cpu_and_rss([a.pid])[1]
    peaks = {"host": before, "all": 0}

    def poll():
        peaks["host"] = max(peaks["host"], cpu_and_rss([a.pid])[1])
        peaks["all"] = max(peaks["all"], cpu_and_rss(tree(a.pid))[1])

    def sample():  # on its own thread, so the host is watched while the upload request is still being sent
        while not stop.is_set():
            poll()
            time.sleep(0.02)

    stop = threading.Event()
    sampler = threading.Thread(target=sample)
    sampler.start()
    start = time.perf_counter()
    status = run_batch(session, a.url, paths, lambda: None)
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    for path in paths:
        os.remove(path)
    os.rmdir(folder)
    print(json.dumps({
        "label": a.label, "files": a.files, "batch_mb": round(total / 1e6, 1), "completed": status["completed"],
        "failed": status["failed"], "wall_s": round(wall, 2),
        "host_rss_before_mb": round(before / 2**20, 1), "host_rss_peak_mb": round(peaks["host"] / 2**20, 1),
        "host_growth_mb": round((peaks["host"] - before) / 2**20, 1),
        "peak_rss_mb_host_and_children": round(peaks["all"] / 2**20, 1),
        "load": open("/proc/loadavg").read().split()[0],
    }))


if __name__ == "__main__":
    main()
