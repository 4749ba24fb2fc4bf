"""Settings shared by every environment; the only place (with production.py) that reads the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# Development default only; production.py refuses to start without SECRET_KEY.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")

INSTALLED_APPS = [
    "website",
    "education",
    "resources",
    "tipline",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",  # editors promote results for common words ("report", "help")
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
]

MIDDLEWARE = [
    # SecurityMiddleware sets Referrer-Policy on every response, static files included.
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so static files get the Permissions-Policy too.
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Right after static files: a cached page is answered before sessions, locale, CSRF and authentication.
    "website.pagecache.PageCacheMiddleware",
    "website.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "website.middleware.AdminHeaderTitleMiddleware",
    # Last, as django-axes asks: it turns a sign-in that its backend refused into our lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "website.urls"
WSGI_APPLICATION = "website.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "website.chrome.context_processor",
                "resources.context_processors.officer",
                "tipline.context_processors.officer_links",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL (PostgreSQL in production and CI) overrides it.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
# SQLite shared by several gunicorn workers: a transaction takes the write lock when it starts (IMMEDIATE), so two
# workers that both read then write wait their turn instead of one failing with "database is locked"; WAL lets
# readers go on while one writes; the busy timeout is how long a writer waits for its turn.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = SQLITE_OPTIONS
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache shared by every process and server, so that an edit is seen by all of them at once: Redis when
# REDIS_URL is set (several app servers), otherwise files on this machine (several processes of one server).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            # Room for every page in both languages without culling them at random (the default keeps 300).
            "OPTIONS": {"MAX_ENTRIES": 10_000},
        }
    }
# How long the menus, footer and settings shared by all pages stay cached (website/chrome.py); any edit
# forgets them at once.
CHROME_CACHE_SECONDS = int(os.environ.get("CHROME_CACHE_SECONDS", str(24 * 60 * 60)))
# How long a published page stays in the shared cache (website/pagecache.py); 0 turns the page cache off.
# Any edit forgets every page at once, so this only bounds the space that old versions take.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", str(60 * 60)))
# How long browsers and shared caches (a CDN) may keep a public page: short, as they learn of edits only
# by expiry (or from wagtail.contrib.frontend_cache's purge, when FRONTEND_CACHE_PURGE_URL is set).
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "")
if FRONTEND_CACHE_PURGE_URL:
    # A CDN or proxy (Varnish, Squid, ...) that accepts PURGE requests: published pages are purged at once.
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: public URLs are /en/ and /fr/; French copy is Canadian French.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["website.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "America/Toronto"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Security headers. "same-origin" keeps the Referer off every other origin, including the
# safety exit's destination reached by location.replace(), yet keeps CSRF checks on our own forms.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# Content-Security-Policy for public pages (the Wagtail admin needs inline scripts and is exempt).
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "object-src 'none'",
        "frame-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ]
)
CONTENT_SECURITY_POLICY_EXEMPT_PREFIXES = ("/admin/",)

# Permissions-Policy on every response, the admin and static files included: no page of ours, nor
# anything injected into one, may use what the site never needs. clipboard-write stays allowed on
# our own pages: the Wagtail admin's copy buttons use it.
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer", "ambient-light-sensor", "autoplay", "bluetooth", "browsing-topics", "camera",
        "clipboard-read", "compute-pressure", "display-capture", "encrypted-media", "fullscreen", "geolocation",
        "gyroscope", "hid", "identity-credentials-get", "idle-detection", "interest-cohort", "local-fonts",
        "magnetometer", "microphone", "midi", "otp-credentials", "payment", "picture-in-picture",
        "private-state-token-issuance", "private-state-token-redemption", "publickey-credentials-create",
        "publickey-credentials-get", "screen-wake-lock", "serial", "shared-storage", "shared-storage-select-url",
        "speaker-selection", "storage-access", "usb", "web-share", "window-management", "xr-spatial-tracking",
    ]
}  # fmt: skip

LOGIN_URL = "resources:sign_in"

# How many proxies in front of the app servers append to X-Forwarded-For (the TLS proxy: 1). With 0 the
# client is REMOTE_ADDR and the header is ignored, since any client can write it (website/client_address.py).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Sign-in limits for the agencies' sign-in and /admin/login/ alike (django-axes). Counts live in the
# database, so every process shares them with or without Redis. A lockout is for one account from one
# address: nobody can lock an officer out everywhere, nor everyone behind one proxy.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, reading an officer's agency with the user (one query, not three, on every page).
    "resources.backends.AgencyMemberBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "website.sign_in_limits.account_key"
AXES_CLIENT_IP_CALLABLE = "website.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "website.sign_in_limits.lockout_response"
# No Django admin here (Wagtail's is used), and no lasting log of every successful sign-in's address.
AXES_ENABLE_ADMIN = False
AXES_DISABLE_ACCESS_LOG = True
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24

WAGTAIL_SITE_NAME = _("Northbridge Child Protection Foundation")
# The admin asks no other site for anything: no Gravatar pictures, no check for a new Wagtail release.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_USER_LOGIN_FORM = "website.forms.StaffLoginForm"  # its password field labelled in French too
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_IMAGE_MODEL = "website.SiteImage"
WAGTAILDOCS_DOCUMENT_MODEL = "website.SiteDocument"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents are served by Django with a Content-Disposition, never by redirecting to storage.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

# Background tasks (order emails, Wagtail's own): run at once in development and tests; production
# sets TASKS_BACKEND=django_tasks_db.backend.DatabaseBackend and runs `manage.py db_worker`.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@northbridge.example")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# The tipline (tipline/crypto.py). Report text, addresses, usernames and contact details are encrypted with
# TIPLINE_KEYS (Fernet keys, comma-separated, newest first: add a new key in front, run
# `manage.py rotate_tipline_keys`, then drop the old one). Addresses and usernames are also kept as keyed
# fingerprints (HMAC with TIPLINE_FINGERPRINT_KEY) so reports of the same address are linked.
TIPLINE_KEYS = env_list("TIPLINE_KEYS")
TIPLINE_FINGERPRINT_KEY = os.environ.get("TIPLINE_FINGERPRINT_KEY", "")
# Retention (`manage.py purge_tipline`): reports closed as not actionable, and every other report.
TIPLINE_RETENTION_NOT_ACTIONABLE_DAYS = int(os.environ.get("TIPLINE_RETENTION_NOT_ACTIONABLE_DAYS", "90"))
TIPLINE_RETENTION_DAYS = int(os.environ.get("TIPLINE_RETENTION_DAYS", str(2 * 365)))
# Reports (and follow-up attempts) one client address may send per window.
TIPLINE_RATE_LIMIT = int(os.environ.get("TIPLINE_RATE_LIMIT", "5"))
TIPLINE_RATE_WINDOW_SECONDS = int(os.environ.get("TIPLINE_RATE_WINDOW_SECONDS", str(60 * 60)))
# Who is told at once of an urgent report; empty: every active member of "Tipline analysts".
TIPLINE_ON_CALL_EMAILS = env_list("TIPLINE_ON_CALL_EMAILS")
# Notices to service providers: a provider is flagged "slow to remove" when at least COUNT of its latest
# WINDOW notices took (or are taking) longer than HOURS from the first notice to the removal.
TIPLINE_SLOW_REMOVAL_HOURS = int(os.environ.get("TIPLINE_SLOW_REMOVAL_HOURS", "48"))
TIPLINE_SLOW_PROVIDER_COUNT = int(os.environ.get("TIPLINE_SLOW_PROVIDER_COUNT", "2"))
TIPLINE_SLOW_PROVIDER_WINDOW = int(os.environ.get("TIPLINE_SLOW_PROVIDER_WINDOW", "3"))
