"""The print catalogue and the police agencies' orders of printed resources."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Printed resources")

    def ready(self):
        from resources.models import OrderingSettings, StockItem
        from website.chrome import forget_when_changed

        # Print resource pages show whether ordering is open and each edition's availability.
        forget_when_changed(OrderingSettings, StockItem)
