"""The national tipline: the public report form, encryption at rest, and the analysts' triage."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TiplineConfig(AppConfig):
    name = "tipline"
    verbose_name = _("Tipline")

    def ready(self):
        # Imported here, not at the top: chrome imports the models, which exist only once every app is loaded.
        from tipline.models import Investigator
        from website.cache import forget_when_changed
        from website.chrome import register_report_page

        # Whether an officer is an investigator is kept with the chrome (tipline/context_processors.py).
        forget_when_changed(Investigator)

        # The header's "Report" link and the footer point here instead of the outside tipline.
        register_report_page("tipline:report")
