"""Ordering rules: the basket, limits and quotas, stock reservation and order numbers.

Every read-modify-write of stock happens in one transaction with the stock rows locked, in the
order documented in resources/stock.py, which does the stock arithmetic itself.
"""

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from wagtail.models import Page

from resources import review
from resources.models import (
    Agency,
    Basket,
    BasketLine,
    EditionLanguage,
    Order,
    OrderingSettings,
    OrderLine,
    PrintEdition,
    RestockRequest,
    StockItem,
)
from resources.stock import alert_if_low, lock_items, reserve
from resources.workflow import order_placed
from website.localization import localized

# No agency hands out more than this in one go; anything larger is a typo or an attack, not an order.
LARGEST_QUANTITY = 100_000


class OrderingError(ValidationError):
    """Why an ordering action was refused, in the reader's language; nothing was changed."""


def agency_of(user):
    """The approved agency the user orders for, or None."""
    member = getattr(user, "agency_member", None) if user.is_authenticated else None
    if member is None or member.agency.status != Agency.Status.APPROVED:
        return None
    return member.agency


def ordering_settings():
    return OrderingSettings.load()


def check_ordering_open():
    settings = ordering_settings()
    if not settings.ordering_open:
        raise OrderingError(settings.closed_message or _("Ordering is closed for now."), code="closed")


def check_quantity(edition, quantity):
    """A quantity of pieces an agency may ask for: whole packs, within reason. 0 removes the line."""
    if quantity < 0:
        raise OrderingError(_("Enter a number of pieces of 0 or more."), code="negative")
    if quantity > LARGEST_QUANTITY:
        raise OrderingError(
            _("Enter at most %(largest)s pieces.") % {"largest": number_format(LARGEST_QUANTITY, force_grouping=True)},
            code="too_large",
        )
    if quantity % edition.pack_size:
        raise OrderingError(
            _("This edition comes in packs of %(pack)s: order a multiple of %(pack)s pieces.")
            % {"pack": edition.pack_size},
            code="pack_size",
        )


def orderable_edition(edition_id):
    """The edition, if it can be ordered: live resource, not discontinued."""
    if not str(edition_id).isdigit() or int(edition_id) >= 2**31:
        raise OrderingError(_("This edition cannot be ordered."), code="unavailable")
    edition = (
        PrintEdition.objects.select_related("page").filter(pk=edition_id, page__live=True, discontinued=False).first()
    )
    if edition is None:
        raise OrderingError(_("This edition cannot be ordered."), code="unavailable")
    return edition


def basket_line_count(user):
    """How many editions are in the user's basket (the officer bar's count), in one query."""
    return BasketLine.objects.filter(basket__user=user).count()


def basket_of(user):
    basket, _created = Basket.objects.get_or_create(user=user)
    return basket


@transaction.atomic
def set_basket_quantity(user, edition_id, quantity):
    """Put `quantity` pieces of an edition in the user's basket (0 takes it out)."""
    check_ordering_open()
    edition = orderable_edition(edition_id)
    check_quantity(edition, quantity)
    basket = Basket.objects.select_for_update().get(pk=basket_of(user).pk)
    stock_item = StockItem.objects.get(sku=edition.sku)
    if quantity == 0:
        BasketLine.objects.filter(basket=basket, stock_item=stock_item).delete()
    else:
        BasketLine.objects.update_or_create(basket=basket, stock_item=stock_item, defaults={"quantity": quantity})
    basket.touch()
    return basket


@dataclass
class BasketItem:
    line: BasketLine
    edition: PrintEdition
    page: Page

    @property
    def over_maximum(self):
        return self.line.quantity > self.edition.max_per_order


def basket_items(basket, language_code):
    """The basket's lines with their edition and the resource page in the reader's language, in fixed queries."""
    lines = list(basket.lines.select_related("stock_item"))
    editions = editions_by_sku([line.stock_item.sku for line in lines], language_code)
    return [BasketItem(line, *editions[line.stock_item.sku]) for line in lines if line.stock_item.sku in editions]


def editions_by_sku(skus, language_code):
    """{sku: (edition, its resource page as a reader of that language sees it)} in two queries.

    wagtail-localize copies editions to every translation of a page, so one SKU has a row per version: the
    one on the page in that language is taken when there is one.
    """
    editions = {}
    for edition in PrintEdition.objects.filter(sku__in=skus).select_related("page", "page__locale"):
        current = editions.get(edition.sku)
        if current is None or edition.page.locale.language_code == language_code:
            editions[edition.sku] = edition
    pages = localized([edition.page for edition in editions.values()], language_code)
    return {sku: (edition, page) for (sku, edition), page in zip(editions.items(), pages, strict=True)}


def period_start(months, now=None):
    """The first day of the current month, quarter or year."""
    now = timezone.localtime(now)
    first_month = (now.month - 1) // months * months + 1
    return timezone.make_aware(datetime(now.year, first_month, 1))


def pieces_ordered_this_period(agency, months):
    # A follow-up order's pieces are already counted in the order they were back-ordered on.
    lines = OrderLine.objects.filter(
        order__agency=agency, order__created_at__gte=period_start(months), order__follow_up_of=None
    ).exclude(order__status__in=[Order.Status.CANCELLED, Order.Status.DECLINED])
    return lines.aggregate(total=Sum("quantity"))["total"] or 0


def review_reasons(agency, items):
    """Why an order must be reviewed by staff (limits are never a refusal), as codes with their figures.

    Stored on the order as they are; `resources.review.describe` words each one in the reader's language.
    """
    reasons = [
        review.over_maximum(item.edition.sku, item.page.title, item.line.quantity, item.edition.max_per_order)
        for item in items
        if item.over_maximum
    ]
    settings = ordering_settings()
    already = pieces_ordered_this_period(agency, settings.quota_period_months)
    requested = sum(item.line.quantity for item in items)
    if already + requested > settings.quota_pieces:
        reasons.append(review.over_quota(settings.quota_pieces, already + requested))
    return reasons


def line_titles(editions):
    """Each edition's title in its own language (both titles for a bilingual edition), for slips and emails."""
    pages = [edition.page for edition in editions]
    titles = []
    for edition, english, french in zip(editions, localized(pages, "en"), localized(pages, "fr"), strict=True):
        if edition.language == EditionLanguage.BILINGUAL and english.title != french.title:
            titles.append(f"{english.title} / {french.title}")
        else:
            titles.append((french if edition.language == EditionLanguage.FRENCH else english).title)
    return titles


@transaction.atomic
def submit_order(user, token, address, note, language_code):
    """Turn the user's basket into one order, reserving stock under row locks; returns (order, created).

    Submitting the same basket again (same token) returns the first order instead of a second one.
    """
    agency = agency_of(user)
    if agency is None:
        raise OrderingError(_("Only approved agencies can order."), code="not_approved")
    basket = Basket.objects.select_for_update().get(pk=basket_of(user).pk)
    existing = Order.objects.filter(submission_token=token, agency=agency).first()
    if existing:
        return existing, False
    if str(basket.token) != str(token):
        raise OrderingError(
            _("Your basket changed since you reviewed it. Please review your order again."), code="stale"
        )
    check_ordering_open()
    items = basket_items(basket, language_code)
    if not items:
        raise OrderingError(_("Your basket is empty."), code="empty")
    for item in items:
        if item.edition.discontinued or not item.page.live:
            raise OrderingError(
                _("%(title)s (%(sku)s) can no longer be ordered. Remove it from your basket.")
                % {"title": item.page.title, "sku": item.edition.sku},
                code="unavailable",
            )

    # Two officers of one agency ordering at once: the second waits here until the first order is
    # saved, so its quota check counts those pieces. NO KEY: staff inserting rows that point to the
    # agency (a follow-up order) need not wait for this.
    Agency.objects.select_for_update(no_key=True).get(pk=agency.pk)
    reasons = review_reasons(agency, items)
    order = Order.objects.create(
        agency=agency,
        placed_by=user,
        status=Order.Status.NEEDS_REVIEW if reasons else Order.Status.APPROVED,
        review_reason_codes=reasons,
        note=note,
        language=language_code,
        submission_token=token,
        ship_to_label=address.label,
        ship_to_line1=address.line1,
        ship_to_line2=address.line2,
        ship_to_city=address.city,
        ship_to_province=address.province,
        ship_to_postal_code=address.postal_code,
    )
    order.assign_number()

    titles = line_titles([item.edition for item in items])
    locked = lock_items(item.line.stock_item_id for item in items)
    for item, title in zip(items, titles, strict=True):
        stock = locked[item.line.stock_item_id]
        available_before = stock.available
        reserved = reserve(stock, item.line.quantity)
        OrderLine.objects.create(
            order=order,
            stock_item=stock,
            title=title,
            edition_language=item.edition.language,
            requested=item.line.quantity,
            quantity=item.line.quantity,
            reserved=reserved,
        )
        alert_if_low(stock, before=available_before)
    basket.lines.all().delete()
    basket.touch()
    order_placed(order)
    return order, True


@transaction.atomic
def reorder(user, order):
    """Put a past order's lines back in the basket; returns the titles that can no longer be ordered."""
    check_ordering_open()
    basket = Basket.objects.select_for_update().get(pk=basket_of(user).pk)
    skus = [line.stock_item.sku for line in order.lines.select_related("stock_item")]
    orderable = set(
        PrintEdition.objects.filter(sku__in=skus, discontinued=False, page__live=True).values_list("sku", flat=True)
    )
    skipped = []
    for line in order.lines.select_related("stock_item"):
        if line.stock_item.sku not in orderable:
            skipped.append(line.title)
            continue
        BasketLine.objects.update_or_create(
            basket=basket, stock_item=line.stock_item, defaults={"quantity": line.quantity}
        )
    basket.touch()
    return skipped


def ask_for_restock_notice(user, edition):
    stock_item = StockItem.objects.get(sku=edition.sku)
    RestockRequest.objects.get_or_create(user=user, stock_item=stock_item, notified_at=None)
