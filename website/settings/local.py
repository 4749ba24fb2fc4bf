"""Settings for `make run`: served the way production serves, with embedded defaults so nothing needs configuring.

DEBUG is off, static files come from the collected manifest, and errors show the site's own 404 and 500 pages.
The database is SQLite unless DATABASE_URL says otherwise (base.py). Keys are made once, on first use, in
`.local/` (ignored by git), so sessions and signed links survive a restart and no key is ever committed.
"""

import os
import secrets

from cryptography.fernet import Fernet

from .base import *  # noqa: F403
from .base import BASE_DIR

LOCAL_KEYS_DIR = BASE_DIR / ".local"


def local_key(name, make=lambda: secrets.token_urlsafe(50)):
    """The key stored in `.local/<name>`, made by `make()` the first time.

    Written to a scratch file and then linked into place, which fails if another process got there first,
    so several workers starting at once all read the same key and never a half-written one.
    """
    path = LOCAL_KEYS_DIR / name
    if not path.exists():
        LOCAL_KEYS_DIR.mkdir(mode=0o700, exist_ok=True)
        scratch = LOCAL_KEYS_DIR / f".{name}.{os.getpid()}.{secrets.token_hex(4)}"
        scratch.write_text(make())
        scratch.chmod(0o600)
        try:
            os.link(scratch, path)
        except FileExistsError:
            pass
        finally:
            scratch.unlink()
    return path.read_text().strip()


DEBUG = False
SECRET_KEY = local_key("secret_key")
# The tipline's keys: the environment wins; without it, keys made once here, so demo reports stay readable.
if not TIPLINE_KEYS:
    TIPLINE_KEYS = [local_key("tipline_key", make=lambda: Fernet.generate_key().decode())]
if not TIPLINE_FINGERPRINT_KEY:
    TIPLINE_FINGERPRINT_KEY = local_key("tipline_fingerprint_key", make=lambda: secrets.token_hex(32))
