"""Template tags of the tipline's figures: the public figures for the page, and durations in words."""

from django import template

from tipline.figures import describe_duration, public_figures
from tipline.models import TiplineFiguresPage
from website.chrome import cached
from website.models import active_language

register = template.Library()


@register.simple_tag
def tipline_public_figures():
    """The yearly public figures, newest year first (tipline.figures.public_figures)."""
    return public_figures()


@register.filter
def duration(value):
    return describe_duration(value)


def find_figures_page_url():
    page = TiplineFiguresPage.objects.live().filter(locale__language_code=active_language()).first()
    return page.url if page else ""


@register.simple_tag
def tipline_figures_page_url():
    """The "Tipline in figures" page in the active language, or "" (kept with the page chrome)."""
    return cached(f"tipline-figures-url:{active_language()}", find_figures_page_url)
