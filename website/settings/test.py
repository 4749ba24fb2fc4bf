"""Settings for the test suite: fast hashing, in-memory cache, plain static storage."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["*"]
SECRET_KEY = "test-secret-key-not-used-anywhere-else-0123456789abcdefghijkl"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 10_000}}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploaded files of the tests go to a scratch folder, never to the developer's media/.
MEDIA_ROOT = Path(tempfile.gettempdir()) / "northbridge-test-media"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Serve static files from the app folders, so tests need no collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# A file rather than shared memory, so the live server used by browser tests has its own connections.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # One file per test process, so two test runs on one machine never share a database.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"northbridge-test-{os.getpid()}.sqlite3")
    }

# Fixed keys for the tests only (two, so key rotation can be tested); never used anywhere else.
TIPLINE_KEYS = ["mRO_8Rw1-8eUfzBs4lN8rIsoT1Q6fb3hhUK0i8bAd0E=", "WkVKq6xqR4qS3Y3jMlzJgZxW2yS2cJ3b8zYl4cQvP1o="]
TIPLINE_FINGERPRINT_KEY = "test-fingerprint-key-not-used-anywhere-else"
