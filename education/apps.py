"""The education library: guides, lesson plans, topics, audience hubs."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from website import page_context
from website.cache import forget_when_changed


class EducationConfig(AppConfig):
    name = "education"
    verbose_name = _("Education library")

    def ready(self):
        # Imported here, not at the top: these import models, which can be imported only once every app is loaded.
        from education import hubs, library, related
        from education.models import AudienceHubPage, GuidePage, LibraryItemPage, Topic
        from education.search import audiences_of_pages
        from website import search

        # Topic names are printed on guides, lessons, hubs and the library's filters.
        forget_when_changed(Topic)
        # The models cannot import the library's queries (which import them): the pages get them through here.
        for page_model, provider in library.PAGE_CONTEXTS.items():
            page_context.register(page_model, provider)
        page_context.register(LibraryItemPage, related.library_item_context)
        page_context.register(AudienceHubPage, hubs.audience_hub_context)
        # Readers search for help: a guide that names their problem comes before everything else.
        search.rank_first(GuidePage)
        search.describe_audiences(audiences_of_pages)
