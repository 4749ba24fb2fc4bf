"""The print catalogue and the police agencies' orders of printed resources."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from website import page_context
from website.cache import forget_when_changed


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Printed resources")

    def ready(self):
        # Imported here, not at the top: these import models, which can be imported only once every app is loaded.
        from education import library
        from resources import catalogue
        from resources.models import OrderingSettings, PrintResourcePage, StockItem

        # Print resource pages show whether ordering is open and each edition's availability.
        forget_when_changed(OrderingSettings, StockItem)
        # The library lists printed resources beside guides and lessons, without naming this app.
        library.register_format("printable", PrintResourcePage, _("Printed resources"), detail_field="print_format")
        library.register_orderable_in_print(catalogue.has_orderable_edition)
        # The models cannot import the catalogue's queries (which import them): the pages get them through here.
        for page_model, provider in catalogue.PAGE_CONTEXTS.items():
            page_context.register(page_model, provider)
