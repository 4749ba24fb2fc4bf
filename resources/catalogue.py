"""The print catalogue's listing and filters, and each resource's editions with their availability."""

from dataclasses import dataclass

from django import forms
from django.db.models import Exists, F, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from education.library import for_cards, topics_in_language
from education.listing import FilterForm, filtered_listing
from resources.models import (
    EditionLanguage,
    OrderingSettings,
    PrintCataloguePage,
    PrintEdition,
    PrintFormat,
    PrintResourcePage,
    StockItem,
)
from resources.services import agency_of


class CatalogueFilterForm(FilterForm):
    """The catalogue's filters."""

    format = forms.ChoiceField(label=_("Format"), required=False)
    edition = forms.ChoiceField(label=_("Language of the printed edition"), required=False)
    in_stock = forms.BooleanField(label=_("In stock now"), required=False)

    def __init__(self, data, topics):
        super().__init__(data, topics)
        self.fields["format"].choices = [("", _("All formats")), *PrintFormat.choices]
        self.fields["edition"].choices = [("", _("Any language")), *EditionLanguage.choices]

    def apply(self, items, filters):
        items = super().apply(items, filters)
        if print_format := filters.get("format"):
            items = items.filter(print_format=print_format)
        if language := filters.get("edition"):
            items = items.filter(Q(editions__language=language) & Q(editions__discontinued=False))
        if filters.get("in_stock"):
            in_stock = in_stock_editions().filter(page=OuterRef("pk"), **({"language": language} if language else {}))
            items = items.filter(Exists(in_stock))
        return items.distinct()


@dataclass
class Stock:
    """What an edition's stock item says about availability, read with the edition in one query."""

    on_hand: int
    reserved: int
    low_stock_threshold: int

    availability = StockItem.availability
    available = StockItem.available


def orderable_editions():
    """Editions that can be ordered, each with its stock figures (annotations: one query)."""
    stock = StockItem.objects.filter(sku=OuterRef("sku"))
    return PrintEdition.objects.filter(discontinued=False).annotate(
        stock_on_hand=Coalesce(Subquery(stock.values("on_hand")), 0),
        stock_reserved=Coalesce(Subquery(stock.values("reserved")), 0),
        stock_threshold=Coalesce(Subquery(stock.values("low_stock_threshold")), 0),
    )


def with_stock(editions):
    for edition in editions:
        edition.stock = Stock(edition.stock_on_hand, edition.stock_reserved, edition.stock_threshold)
    return editions


def in_stock_editions():
    available = StockItem.objects.filter(sku=OuterRef("sku"), on_hand__gt=F("reserved"))
    return orderable_editions().filter(Exists(available))


def catalogue_items(locale_id):
    return (
        PrintResourcePage.objects.live()
        .filter(locale_id=locale_id)
        .prefetch_related("topics", Prefetch("editions", queryset=orderable_editions()))
        .order_by("title", "pk")
    )


def with_availability(resources):
    """Each edition's stock, for "in stock / low / out" (the editions were prefetched with it)."""
    with_stock([edition for resource in resources for edition in resource.editions.all()])
    return resources


def catalogue_listing(request, locale_id):
    form = CatalogueFilterForm(request.GET, topics_in_language())
    listing = filtered_listing(
        request, form, catalogue_items(locale_id), lambda items: with_availability(for_cards(items))
    )
    return {**listing, "ordering": OrderingSettings.current()}


def resource_editions(page):
    """The page's orderable editions with their stock, in one query."""
    return with_stock(list(orderable_editions().filter(page=page)))


def has_orderable_edition():
    """For library items: a printed edition that police agencies can order (the library's "printed" filter)."""
    return Q(Exists(PrintEdition.objects.filter(page_id=OuterRef("pk"), discontinued=False)))


# --- What catalogue pages show beyond their own fields (registered in ResourcesConfig.ready()) --------------


def catalogue_context(page, request):
    return catalogue_listing(request, page.locale_id)


def print_resource_context(page, request):
    page.load_files()
    return {
        "editions": resource_editions(page),
        "ordering": OrderingSettings.current(),
        "agency": agency_of(request.user),
    }


PAGE_CONTEXTS = {PrintCataloguePage: catalogue_context, PrintResourcePage: print_resource_context}
