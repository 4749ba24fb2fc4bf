"""The education library: guides, lesson plans, topics, audience hubs."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EducationConfig(AppConfig):
    name = "education"
    verbose_name = _("Education library")

    def ready(self):
        # Imported here, not at the top: models can be imported only once every app is loaded.
        from education import library
        from education.models import Topic
        from website import page_context
        from website.cache import forget_when_changed

        # Topic names are printed on guides, lessons, hubs and the library's filters.
        forget_when_changed(Topic)
        # The models cannot import the library's queries (which import them): the pages get them through here.
        for page_model, provider in library.PAGE_CONTEXTS.items():
            page_context.register(page_model, provider)
