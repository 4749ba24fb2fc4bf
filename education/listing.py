"""A filtered listing (the library, the print catalogue): the filter-form base and one page of filtered results."""

from django import forms
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from education.models import Audience

ITEMS_PER_PAGE = 12


class FilterForm(forms.Form):
    """Filters of a listing: a plain GET form where an unknown value is ignored rather than an error.

    Every listing filters by audience and topic; a subclass adds its own fields after these two and extends
    `apply` with what they mean.
    """

    audience = forms.ChoiceField(label=_("Audience"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, data, topics):
        """`topics`: the topics in the reader's language, keyed by translation key (their slugs are the values)."""
        super().__init__(data, label_suffix="")
        self.fields["audience"].choices = [("", _("All audiences")), *Audience.Code.choices]
        self.fields["topic"].choices = [("", _("All topics"))] + sorted(
            ((topic.slug, topic.name) for topic in topics.values()), key=lambda choice: choice[1]
        )

    def valid_filters(self):
        """The filters that hold a known value; an unknown one (an old link, an edited URL) is dropped."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def apply(self, items, filters):
        """The items that match every filter."""
        if audience := filters.get("audience"):
            items = items.filter(audiences__code=audience)
        if topic := filters.get("topic"):
            items = items.filter(topics__slug=topic)
        return items

    def active_filters(self, request, filters):
        """Each filter in use, with the address of the same listing without it."""
        return [
            {
                "label": self.fields[name].label,
                "value": "" if isinstance(value, bool) else dict(self.fields[name].choices).get(value, value),
                "remove_url": url_without(request, name),
            }
            for name, value in filters.items()
        ]


def filtered_listing(request, form, items, labelled):
    """What a listing page shows for this request's filters and page number.

    `labelled(items)` adds what the cards show (localized topics, labels) to the items of the page, in fixed queries.
    """
    filters = form.valid_filters()
    page_of_items = Paginator(form.apply(items, filters), ITEMS_PER_PAGE).get_page(request.GET.get("page"))
    return {
        "filter_form": form,
        "active_filters": form.active_filters(request, filters),
        "page_of_items": page_of_items,
        "items": labelled(list(page_of_items.object_list)),
    }


def url_without(request, name):
    """This listing's address without one filter (and back on the first page)."""
    query = request.GET.copy()
    for key in (name, "page"):
        query.pop(key, None)
    return f"{request.path}?{query.urlencode()}" if query else request.path
