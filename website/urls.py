"""URLs: the admin and documents unprefixed; every public page under /en/ or /fr/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from website import health, sitemap, views
from website.admin_views import ThrottledPasswordResetView

urlpatterns = [
    # For load balancers: no language, no cookie (website/health.py).
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    # Before Wagtail's own: the same address and name, with the throttle (website/admin_views.py).
    path("admin/password_reset/", ThrottledPasswordResetView.as_view(), name="wagtailadmin_password_reset"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    path("robots.txt", sitemap.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# "/" has no language: LocaleMiddleware redirects it to /en/ or /fr/ from Accept-Language.
# Each language has its own words in the path (/en/agency/basket/, /fr/services-de-police/panier/); the language
# links map one to the other with translate_url().
urlpatterns += i18n_patterns(
    path(_("search/"), views.search, name="search"),
    path(_("agency/referrals/"), include("tipline.portal_urls")),
    path(_("agency/"), include("resources.urls")),
    path("", include("tipline.urls")),
    # Links from before French pages had French paths (/fr/agency/basket/) still arrive.
    re_path(r"^(?P<english_path>(?:agency|search)/.*)$", views.english_path_elsewhere),
    path("", include(wagtail_urls)),
)

handler404 = "website.views.page_not_found"
handler500 = "website.views.server_error"
