"""What the stock screens show beside each SKU: the resource's title and the back-ordered pieces waiting for it."""

from django.db.models import F, Q, Sum

from resources.models import Order, PrintEdition
from website.localization import active_language


def with_titles_and_backorders(items):
    """`items` (stock items) with `.title` and `.waiting` (pieces owed to waiting orders), in two queries."""
    items = list(
        items.annotate(
            waiting=Sum(
                F("order_lines__quantity") - F("order_lines__reserved") - F("order_lines__shipped"),
                filter=Q(order_lines__order__status__in=Order.WAITING),
                default=0,
            )
        )
    )
    language = active_language()
    titles = {}
    # An edition's SKU is the same on every language version of its page: prefer the admin user's language.
    for sku, title, page_language in PrintEdition.objects.filter(sku__in=[item.sku for item in items]).values_list(
        "sku", "page__title", "page__locale__language_code"
    ):
        if sku not in titles or page_language == language:
            titles[sku] = title
    for item in items:
        item.title = titles.get(item.sku, "")
    return items
