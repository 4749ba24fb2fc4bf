"""The national tipline: the public report form, encryption at rest, and the analysts' triage."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from website.cache import forget_when_changed


class TiplineConfig(AppConfig):
    name = "tipline"
    verbose_name = _("Tipline")

    def ready(self):
        # Imported here, not at the top: these import models, which can be imported only once every app is loaded.
        from tipline.models import Investigator
        from tipline.referrals import roles_scope
        from website.chrome import register_report_page

        # Whether an officer is an investigator is cached in their own scope (tipline/context_processors.py):
        # granting or revoking the role forgets it, and nothing else.
        forget_when_changed(Investigator, scope=lambda investigator: roles_scope(investigator.member.user_id))

        # The header's "Report" link and the footer point here instead of the outside tipline.
        register_report_page("tipline:report")
