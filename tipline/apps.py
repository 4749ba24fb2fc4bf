"""The national tipline: the public report form, encryption at rest, and the analysts' triage."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TiplineConfig(AppConfig):
    name = "tipline"
    verbose_name = _("Tipline")
