"""The education library: guides, lesson plans, topics, audience hubs."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EducationConfig(AppConfig):
    name = "education"
    verbose_name = _("Education library")

    def ready(self):
        from education.models import GuidePage, Topic
        from education.search import audiences_of_pages
        from website import search
        from website.chrome import forget_when_changed

        # Topic names are printed on guides, lessons, hubs and the library's filters.
        forget_when_changed(Topic)
        # Readers search for help: a guide that names their problem comes before everything else.
        search.rank_first(GuidePage)
        search.describe_audiences(audiences_of_pages)
