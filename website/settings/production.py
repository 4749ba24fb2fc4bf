"""Production settings: everything comes from the environment; no SECRET_KEY or tipline keys, no start."""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import TIPLINE_FINGERPRINT_KEY, TIPLINE_KEYS, env_bool, env_list

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable to start in production.")

# Without them the tipline could not store a report: better no start than reports refused at run time.
if not TIPLINE_KEYS:
    raise ImproperlyConfigured("Set the TIPLINE_KEYS environment variable to start in production.")
if not TIPLINE_FINGERPRINT_KEY:
    raise ImproperlyConfigured("Set the TIPLINE_FINGERPRINT_KEY environment variable to start in production.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# TLS is terminated by the proxy in front of the app servers.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers probe the app servers over plain HTTP: the health checks answer rather than redirect.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Where collectstatic writes (the release step) and whitenoise reads; a platform may want it outside the code.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", STATIC_ROOT))

# Media (images, documents) in S3-compatible object storage when a bucket is named; otherwise on disk in
# MEDIA_ROOT. Without keys, boto3 finds its own (an instance role). Documents are still served by Django
# (WAGTAILDOCS_SERVE_METHOD), so readers never leave this site for them.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES = {
        **STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": AWS_STORAGE_BUCKET_NAME,
                "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
                "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
                "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
                "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
                "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
                "location": os.environ.get("AWS_LOCATION", "media"),
                # Two uploads with one name keep both files, as on disk.
                "file_overwrite": False,
            },
        },
    }

TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.backend.DatabaseBackend")}}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
