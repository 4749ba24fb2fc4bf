"""Settings for `make dev`: `make run`'s settings (local.py, with its keys) plus DEBUG and plain static storage."""

from .local import *  # noqa: F403

DEBUG = True
ALLOWED_HOSTS = ["*"]
# Plain storage so runserver needs no collectstatic manifest after every CSS edit.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
