"""Encryption at rest for tipline reports (Fernet, keys from settings) and keyed fingerprints of addresses.

Fernet (from the maintained `cryptography` package) authenticates and encrypts; MultiFernet decrypts with
any configured key and encrypts with the first, so keys rotate without downtime. A fingerprint is an
HMAC-SHA256 with its own key: equal inputs give equal fingerprints, and without the key a fingerprint
reveals nothing, not even by trying the addresses of known sites.
"""

import hashlib
import hmac
import json
from functools import cache

from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import setting_changed
from django.db import models


@cache
def fernet():
    if not settings.TIPLINE_KEYS:
        raise ImproperlyConfigured("Set TIPLINE_KEYS (Fernet keys, newest first) to store tipline reports.")
    return MultiFernet([Fernet(key) for key in settings.TIPLINE_KEYS])


def forget_keys(setting, **kwargs):
    if setting in {"TIPLINE_KEYS", "TIPLINE_FINGERPRINT_KEY"}:
        fernet.cache_clear()


setting_changed.connect(forget_keys, dispatch_uid="tipline-forget-keys")


def encrypt(text):
    return fernet().encrypt(text.encode()).decode() if text else ""


def decrypt(token):
    return fernet().decrypt(token.encode()).decode() if token else ""


def rotate(token):
    """The same secret, encrypted with the newest key."""
    return fernet().rotate(token.encode()).decode() if token else ""


def fingerprint(value):
    key = settings.TIPLINE_FINGERPRINT_KEY
    if not key:
        raise ImproperlyConfigured("Set TIPLINE_FINGERPRINT_KEY to link tipline reports.")
    return hmac.new(key.encode(), value.encode(), hashlib.sha256).hexdigest()


class EncryptedTextField(models.TextField):
    """Text stored as a Fernet token: what Python sees is the clear text, what the database holds is not."""

    def from_db_value(self, value, expression, connection):
        return decrypt(value) if value else value

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return encrypt(value) if value else value


class EncryptedJSONField(EncryptedTextField):
    """A list (of addresses, of usernames) or a document (a referral's package) stored encrypted as JSON."""

    def from_db_value(self, value, expression, connection):
        return json.loads(decrypt(value)) if value else []

    def to_python(self, value):
        if isinstance(value, (list, dict)):
            return value
        return json.loads(value) if value else []

    def get_prep_value(self, value):
        return encrypt(json.dumps(value)) if value else ""
