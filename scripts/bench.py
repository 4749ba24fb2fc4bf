"""`make bench`: a cached page against a static file of similar size from the same gunicorn, and uncached render times.

Starts gunicorn (2 workers, production settings, DEBUG off) on loopback with its own SQLite database and
cache under var/bench/, loaded with the demo content. Then:
- wrk against a cached public page and a static file of similar size, alternating, several rounds; prints
  both requests per second and their ratio (the target is at least 0.85);
- the median time of each page type rendered without the cache (the request carries a cookie).
Bounded: a fixed number of rounds of fixed length, and only 127.0.0.1.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
WORK_DIR = BASE_DIR / "var" / "bench"


def environment(args):
    env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "website.settings.production",
            "SECRET_KEY": "bench-only-secret-key-never-used-anywhere-else-0123456789abcdef",
            # Production refuses to start without tipline keys; fixed ones, for the bench only.
            "TIPLINE_KEYS": "8TuDEssBzBAkoz0DHAF2W64DsEx2H41b3VKUHB6Dc_0=",
            "TIPLINE_FINGERPRINT_KEY": "bench-only-fingerprint-key-never-used-anywhere-else",
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_HSTS_SECONDS": "0",
            "DATABASE_URL": f"sqlite:///{WORK_DIR / 'db.sqlite3'}",
            "CACHE_DIR": str(WORK_DIR / "cache"),
            "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "DEMO_OFFICER_PASSWORD": "bench-officer-password-0123",
            "DEMO_ADMIN_PASSWORD": "bench-admin-password-0123",
        }
    )
    if args.redis:
        env["REDIS_URL"] = args.redis
    else:
        env.pop("REDIS_URL", None)
    return env


def manage(env, *arguments):
    subprocess.run([sys.executable, "manage.py", *arguments], cwd=BASE_DIR, env=env, check=True)


def prepare(env):
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(WORK_DIR / "cache", ignore_errors=True)
    if not (WORK_DIR / "db.sqlite3").exists():
        manage(env, "migrate", "--noinput", "--verbosity", "0")
        manage(env, "load_demo_content", "--verbosity", "0")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")


def start_gunicorn(env, port, workers):
    gunicorn = Path(sys.executable).with_name("gunicorn")
    command = [str(gunicorn), "website.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)]
    server = subprocess.Popen(command, cwd=BASE_DIR, env=env, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            get(port, "/en/")
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not answer on 127.0.0.1")


def get(port, path, cookie=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def page_urls(env):
    """One live page of each type, in both languages, read from the bench database."""
    code = (
        "import json; from wagtail.models import Page; urls = {}\n"
        "for page in Page.objects.live().filter(depth__gt=1).specific().order_by('path'):\n"
        "    urls.setdefault(f'{type(page).__name__} ({page.locale.language_code})', page.url)\n"
        "print(json.dumps(urls))"
    )
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


def static_file_like(size):
    """The collected static file (hashed name) whose size is closest to `size`."""
    manifest = json.loads((BASE_DIR / "staticfiles" / "staticfiles.json").read_text())
    files = [(BASE_DIR / "staticfiles" / name).stat().st_size for name in manifest["paths"].values()]
    names = list(manifest["paths"].values())
    best = min(range(len(names)), key=lambda index: abs(files[index] - size))
    return f"/static/{names[best]}", files[best]


def wrk(port, path, seconds, connections):
    result = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", f"http://127.0.0.1:{port}{path}"],
        capture_output=True,
        text=True,
        check=True,
    )
    if "Non-2xx" in result.stdout:
        raise SystemExit(f"{path} answered errors under load:\n{result.stdout}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))


def throughput(port, page, args):
    response, body = get(port, page)
    static, static_size = static_file_like(len(body))
    print(f"Page   {page}: {len(body):,} bytes, Cache-Control: {response.getheader('Cache-Control')}")
    print(f"Static {static}: {static_size:,} bytes")
    for path in (page, static):  # warm both, in every worker
        wrk(port, path, 1, args.connections)
    pages, statics, ratios = [], [], []
    for number in range(1, args.rounds + 1):
        # Alternate which goes first, so a change in the machine's load favours neither.
        order = (page, static) if number % 2 else (static, page)
        rates = {path: wrk(port, path, args.seconds, args.connections) for path in order}
        pages.append(rates[page])
        statics.append(rates[static])
        ratios.append(rates[page] / rates[static])
        print(f"  round {number}: page {pages[-1]:6.0f} req/s, static {statics[-1]:6.0f} req/s, ratio {ratios[-1]:.2f}")
    page_rate, static_rate, ratio = statistics.median(pages), statistics.median(statics), statistics.median(ratios)
    print(f"Cached page {page_rate:.0f} req/s, static file {static_rate:.0f} req/s (medians of {args.rounds} rounds)")
    print(f"Ratio: {ratio:.2f} (median of the rounds' ratios; target 0.85 or more)")
    return ratio


def render_times(port, urls, samples):
    print(f"\nUncached render time per page type (median of {samples}, the request carries a cookie):")
    for name, url in sorted(urls.items()):
        times = []
        for _ in range(samples):
            started = time.perf_counter()
            response, _ = get(port, url, cookie="bench=uncached")
            times.append(time.perf_counter() - started)
            assert response.status != 200 or response.getheader("Cache-Control") == "private, no-store", url
        print(f"  {name:32} {statistics.median(times) * 1000:6.1f} ms  {url}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--seconds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--page", default="/en/about/")
    parser.add_argument("--samples", type=int, default=15)
    parser.add_argument("--redis", default="", help="a Redis URL: use it as the shared cache instead of files")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed: `apt-get install -y wrk` (make bench does this when run as root).")
    env = environment(args)
    prepare(env)
    urls = page_urls(env)
    server = start_gunicorn(env, args.port, args.workers)
    try:
        print(f"gunicorn, {args.workers} workers, production settings, cache: {'Redis' if args.redis else 'files'}")
        throughput(args.port, args.page, args)
        render_times(args.port, urls, args.samples)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
