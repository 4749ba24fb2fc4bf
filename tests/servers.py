"""Real app servers for tests: gunicorn in its own process on a free loopback port, and a visitor to talk to it.

A server started from a test uses the test's own database (committed data: use `committed_db`), so what the
test builds the server serves.
"""

import http.client
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from http.cookies import SimpleCookie
from types import SimpleNamespace
from urllib.parse import quote, urlencode, urlsplit

from django.conf import settings
from django.db import connection

# Environment variables of the test run that must not leak into a server's settings.
NOT_PASSED_ON = {
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "DATABASE_URL",
    "REDIS_URL",
    "SECRET_KEY",
    "TIPLINE_KEYS",
    "TIPLINE_FINGERPRINT_KEY",
}
READY_WITHIN_SECONDS = 120


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url():
    """The URL of the test database this test process uses (not the one named in DATABASE_URL)."""
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    credentials = quote(database["USER"] or "") + (f":{quote(database['PASSWORD'])}" if database["PASSWORD"] else "")
    return f"postgres://{credentials}@{database['HOST']}:{database['PORT'] or 5432}/{database['NAME']}"


def production_environment(**variables):
    """The environment of a production server on this test's database; `variables` add to it."""
    environment = {key: value for key, value in os.environ.items() if key not in NOT_PASSED_ON}
    environment.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        # The test settings' key, so sessions the test makes with Client.force_login() are valid on the server.
        SECRET_KEY=settings.SECRET_KEY,
        # The test settings' tipline keys too, so reports the test stores the server can read (and vice versa).
        TIPLINE_KEYS=",".join(settings.TIPLINE_KEYS),
        TIPLINE_FINGERPRINT_KEY=settings.TIPLINE_FINGERPRINT_KEY,
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=database_url(),
        # Production shares its cache (throttles, pages) between processes: check --deploy insists on it.
        REDIS_URL="redis://127.0.0.1:6379/3",
    )
    environment.update(variables)
    return environment


def release(environment):
    """Run the release step (bin/release) with this environment; return what it printed."""
    return subprocess.run(
        ["sh", "bin/release"],
        cwd=settings.BASE_DIR,
        env={**environment, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        check=False,
    )


@contextmanager
def gunicorn(environment, workers=1):
    """gunicorn with the repository's gunicorn.conf.py, ready (its /readyz answers 200) when this yields."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile(mode="w+") as log:
        command = [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py"]
        command += ["--bind", f"127.0.0.1:{port}", "--workers", str(workers)]
        process = subprocess.Popen(
            command,
            cwd=settings.BASE_DIR,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            wait_until_ready(url, process, log)
            yield SimpleNamespace(url=url, port=port, log=log)
        finally:
            stop(process)


def wait_until_ready(url, process, log):
    deadline = time.monotonic() + READY_WITHIN_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            if Visitor().get(url + "/readyz", timeout=5).status == 200:
                return
        except OSError:
            pass
        time.sleep(0.25)
    log.seek(0)
    raise AssertionError(f"gunicorn at {url} never became ready:\n{log.read()[-5000:]}")


def stop(process):
    """Stop gunicorn and its workers (its whole process group): TERM, then KILL if they linger."""
    for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, 10)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue


class Visitor:
    """A browser without JavaScript: keeps its cookies, sends forms with their CSRF token, follows no redirect.

    It says the request came through an HTTPS proxy (X-Forwarded-Proto), as production's requests do, and
    keeps cookies marked Secure although it talks plain HTTP to the server behind that proxy.
    """

    def __init__(self):
        self.cookies = {}

    def get(self, url, **options):
        return self.request("GET", url, **options)

    def post(self, url, data, **options):
        """POST a form, with the CSRF token of this visitor's cookie (got first from a GET of `url` if needed)."""
        if "csrftoken" not in self.cookies:
            self.get(url)
        origin = "https://" + urlsplit(url).netloc
        body = urlencode({"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **data}, doseq=True)
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Origin": origin}
        return self.request("POST", url, body=body, headers=headers, **options)

    def request(self, method, url, body=None, headers=None, https=True, timeout=60):
        parts = urlsplit(url)
        headers = dict(headers or {})
        if https:
            headers["X-Forwarded-Proto"] = "https"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
        try:
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            text = response.read().decode("utf-8", errors="replace")
            self.keep_cookies(response.headers.get_all("Set-Cookie") or [])
            return SimpleNamespace(status=response.status, headers=response.headers, text=text)
        finally:
            connection.close()

    def keep_cookies(self, set_cookie_headers):
        for header in set_cookie_headers:
            for name, morsel in SimpleCookie(header).items():
                if morsel.value and morsel["max-age"] != "0":
                    self.cookies[name] = morsel.value
                else:
                    self.cookies.pop(name, None)
