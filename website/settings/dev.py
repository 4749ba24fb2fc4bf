"""Settings for `make run` on a developer's machine."""

from .base import *  # noqa: F403

DEBUG = True
ALLOWED_HOSTS = ["*"]
# Plain storage so runserver needs no collectstatic manifest after every CSS edit.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}


def local_tipline_keys(path):
    """`make run`'s tipline keys: made once in a git-ignored file, so a developer's demo reports stay readable."""
    import base64
    import json
    import secrets

    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        keys = {
            "keys": [base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()],
            "fingerprint": secrets.token_hex(32),
        }
        path.write_text(json.dumps(keys))
        path.chmod(0o600)
    keys = json.loads(path.read_text())
    return keys["keys"], keys["fingerprint"]


# The environment wins; without it, a local key file outside git (the embedded default).
if not TIPLINE_KEYS:
    TIPLINE_KEYS, TIPLINE_FINGERPRINT_KEY = local_tipline_keys(BASE_DIR / ".local" / "tipline_keys.json")
