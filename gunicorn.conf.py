"""gunicorn's settings for every server (`make run` and the Procfile's web process); the environment can tune them.

The address comes from the command line (`make run`: 127.0.0.1:8000) or gunicorn's own default, `$PORT` when the
platform sets it. WEB_CONCURRENCY and GUNICORN_TIMEOUT are the knobs a platform usually sets.
"""

import multiprocessing
import os

wsgi_app = "website.wsgi:application"

# Sync workers: page rendering is CPU work, so two per core plus one keeps every core busy while one waits on I/O.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))

# Each worker is replaced after about a thousand requests, at staggered moments (the jitter) so they never all
# restart at once: a slow leak in any library cannot grow without bound.
max_requests = 1000
max_requests_jitter = 100

# A request still running after this many seconds is a stuck worker: gunicorn kills and replaces it.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5

# Logs go to the console: the access log to stdout, gunicorn's own messages to stderr.
accesslog = "-"
# What operations need (when, which path, what answer, how long) and nothing about the reader: no address, no
# browser, no referring page, and no query string, which can hold what a reader searched for.
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
