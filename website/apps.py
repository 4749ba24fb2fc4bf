"""The site shell: home and standard pages, navigation, search, errors, the safety exit."""

from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _

from website import throttle


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Website")

    def ready(self):
        # Imported here, not at the top: chrome imports the models, which exist only once every app is loaded.
        from website import chrome

        chrome.connect_signals()
        checks.register(throttle.check_shared_cache, checks.Tags.caches, deploy=True)
