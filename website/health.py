"""Health checks for load balancers and platforms: /healthz (the process answers), /readyz (it can serve pages).

Both stay outside the language prefixes, set no cookie, are never cached, and a failing check is a warning
in the logs, not an error report: a server that is starting or has lost its database is not a bug.
"""

import logging
import uuid

from django.conf import settings
from django.contrib.staticfiles.storage import ManifestFilesMixin, staticfiles_storage
from django.core.cache import caches
from django.db import connections
from django.http import HttpResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    """Alive: answers without touching the database or the cache."""
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
def readyz(request):
    """Ready: every database and cache answers, and the static files can be named."""
    problems = unready_parts()
    if not problems:
        return HttpResponse("ready\n", content_type="text/plain")
    response = HttpResponse("not ready: " + ", ".join(problems) + "\n", content_type="text/plain", status=503)
    # Django reports every 5xx as an error; this one is already logged below, as a warning.
    response._has_been_logged = True
    return response


def unready_parts():
    problems = []
    for alias in settings.DATABASES:
        try:
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT 1")
        except Exception as error:
            problems.append(f"database {alias}")
            logger.warning("Not ready: database %s does not answer: %r", alias, error)
    for alias in settings.CACHES:
        try:
            cache, key, value = caches[alias], f"readyz:{uuid.uuid4().hex}", uuid.uuid4().hex
            cache.set(key, value, 10)
            stored = cache.get(key)
            cache.delete(key)
            if stored != value:
                raise LookupError("a value just stored could not be read back")
        except Exception as error:
            problems.append(f"cache {alias}")
            logger.warning("Not ready: cache %s does not answer: %r", alias, error)
    # With manifest storage every {% static %} needs the manifest that collectstatic writes: without it every
    # page is a 500, so the load balancer must not send readers here (run the release step, bin/release).
    if isinstance(staticfiles_storage, ManifestFilesMixin) and not staticfiles_storage.hashed_files:
        problems.append("static files manifest")
        logger.warning("Not ready: no static files manifest in %s: run collectstatic", settings.STATIC_ROOT)
    return problems
