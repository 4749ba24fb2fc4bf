"""Settings for `make run` on a developer's machine."""

from .base import *  # noqa: F403

DEBUG = True
ALLOWED_HOSTS = ["*"]
# Plain storage so runserver needs no collectstatic manifest after every CSS edit.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
