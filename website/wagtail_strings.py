"""Wagtail's own interface strings that our French catalogue rewords (locale/fr/STYLE.md), listed for
`make messages` only: makemessages drops every catalogue entry that no file of ours names, and these are
Wagtail's. Our catalogue comes first in LOCALE_PATHS, so its French wins over Wagtail's. Nothing imports this."""

from django.utils.translation import gettext_noop, ngettext_lazy

REWORDED = [
    gettext_noop("Add %(model_name)s"),
    gettext_noop("Add %(label)s"),
    gettext_noop("New: %(model_name)s"),
    gettext_noop("Create a new %(model_name)s"),
    gettext_noop("Editing %(page_type)s"),
    gettext_noop("Delete %(title)s"),
    gettext_noop("Created"),
    gettext_noop("Edited"),
    gettext_noop("Deleted"),
    gettext_noop("Published"),
    gettext_noop("%(model_name)s '%(object)s' created."),
    gettext_noop("%(model_name)s '%(object)s' updated."),
    gettext_noop("%(model_name)s '%(object)s' deleted."),
    gettext_noop("Are you sure you want to delete this %(model_name)s?"),
    gettext_noop("Are you sure you want to delete this %(snippet_type_name)s?"),
    gettext_noop("Are you sure you want to unpublish this %(model_name)s?"),
    gettext_noop("Are you sure you want to delete this page?"),
    gettext_noop("Are you sure you want to delete these pages?"),
    gettext_noop("Are you sure you want to unpublish this page?"),
    gettext_noop("Are you sure you want to unpublish these pages?"),
    gettext_noop("Are you sure you want to publish these pages?"),
    ngettext_lazy("Used %(usage_count)s time", "Used %(usage_count)s times"),
    ngettext_lazy("Referenced %(count)s time", "Referenced %(count)s times"),
    ngettext_lazy(
        "This %(model_name)s is referenced %(usage_count)s time.",
        "This %(model_name)s is referenced %(usage_count)s times.",
    ),
]
