"""The site shell: home and standard pages, navigation, search, errors, the safety exit."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "website"
    verbose_name = _("Website")

    def ready(self):
        from website import chrome

        chrome.connect_signals()
