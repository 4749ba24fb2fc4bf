"""The agencies' pages: request an account, sign in, basket, checkout and their orders.

Views parse input, call resources.services or resources.accounts, and render; every order, basket
and address is looked up through the signed-in user's own agency, so another agency's gets a 404.
"""

import re
from functools import wraps

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.formats import number_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from resources import review, services
from resources.accounts import confirm_agency_request, member_to_confirm, request_agency_account
from resources.forms import (
    AddToBasketForm,
    AgencyRequestForm,
    CheckoutForm,
    QuantityField,
    SignInForm,
    SubmitOrderForm,
    WorkEmailPasswordResetForm,
)
from resources.models import Order, OrderingSettings, PrintEdition
from resources.timeline import order_timeline
from website.localization import active_language
from website.throttle import too_many_emails


def agency_required(view):
    """Signed in as an officer of an approved agency; the agency is passed to the view.

    Every answer is `Cache-Control: private, no-store` (never_cache): these pages hold the agency's names
    and addresses, which neither a shared cache nor the browser of a shared workstation may keep.
    """

    @wraps(view)
    @never_cache
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return auth_views.redirect_to_login(request.get_full_path(), reverse("resources:sign_in"))
        agency = services.agency_of(request.user)
        if agency is None:
            return render(request, "resources/not_approved.html", status=403)
        return view(request, agency, *args, **kwargs)

    return wrapper


def site_url(request):
    return f"{request.scheme}://{request.get_host()}"


def request_account(request):
    form = AgencyRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if too_many_emails("account-request", request, form.cleaned_data["email"]):
            form.add_error(None, _("Too many account requests from here or for this email. Try again in an hour."))
            return render(request, "resources/request_account.html", {"form": form}, status=429)
        request_agency_account(form.cleaned_data, site_url(request))
        context = {"agency_name": form.cleaned_data["agency_name"], "email": form.cleaned_data["email"]}
        return render(request, "resources/account_requested.html", context)
    return render(request, "resources/request_account.html", {"form": form})


def confirm_request(request, token):
    """The link emailed to a requester: a button confirms (a mail scanner that follows links confirms nothing)."""
    try:
        member = confirm_agency_request(token) if request.method == "POST" else member_to_confirm(token)
    except ValidationError as error:
        return render(request, "resources/confirm_request.html", {"error": error.messages[0]}, status=400)
    template = "resources/request_confirmed.html" if member.email_confirmed_at else "resources/confirm_request.html"
    return render(request, template, {"member": member, "agency": member.agency})


class SignInView(auth_views.LoginView):
    template_name = "resources/sign_in.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        return reverse("resources:orders")


class SignOutView(auth_views.LogoutView):
    def get_default_redirect_url(self):
        return reverse("resources:sign_in")


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "resources/password_reset.html"
    form_class = WorkEmailPasswordResetForm
    email_template_name = "resources/emails/password_reset.txt"
    subject_template_name = "resources/emails/password_reset_subject.txt"
    success_url = reverse_lazy("resources:password_reset_sent")

    def form_valid(self, form):
        if too_many_emails("password-reset", self.request, form.cleaned_data["email"]):
            form.add_error(
                None, _("Too many password reset requests from here or for this email. Try again in an hour.")
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)


class PasswordResetSentView(auth_views.PasswordResetDoneView):
    template_name = "resources/password_reset_sent.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "resources/password_reset_confirm.html"
    success_url = reverse_lazy("resources:password_reset_complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "resources/password_reset_complete.html"


@require_POST
@agency_required
def add_to_basket(request, agency):
    form = AddToBasketForm(request.POST)
    back = request.POST.get("next")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts=None):  # only a path of this site
        back = reverse("resources:basket")
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, about_edition(request.POST.get("edition"), error))
        return redirect(back)
    try:
        services.set_basket_quantity(request.user, form.cleaned_data["edition"], form.cleaned_data["quantity"])
    except ValidationError as error:
        messages.error(request, about_edition(form.cleaned_data["edition"], error.messages[0]))
        return redirect(back)
    # The officer stays on the page they ordered from: the message confirms and links to the basket.
    edition = form.cleaned_data["edition"]
    quantity = form.cleaned_data["quantity"]
    if quantity:
        added = ngettext(
            "In your basket: %(quantity)s piece, %(edition)s.",
            "In your basket: %(quantity)s pieces, %(edition)s.",
            quantity,
        ) % {
            "quantity": number_format(quantity, force_grouping=True),
            "edition": PrintEdition.objects.get(pk=edition).edition_name,
        }
    else:
        added = _("Your basket is updated.")
    messages.success(request, added, extra_tags="basket-link")
    return redirect(back)


def about_edition(edition_id, message):
    """The message, saying which edition it is about when the page offers several."""
    known = str(edition_id).isdigit() and int(edition_id) < 2**31
    edition = PrintEdition.objects.filter(pk=edition_id).first() if known else None
    if edition is None:
        return message
    return _("%(label)s: %(value)s") % {"label": capfirst(edition.edition_name), "value": message}


@require_POST
@agency_required
def notify_when_restocked(request, agency):
    """Ask to be emailed when an out-of-stock edition is back."""
    try:
        edition = services.orderable_edition(request.POST.get("edition", "").strip() or 0)
    except (ValidationError, ValueError):
        messages.error(request, _("This edition cannot be ordered."))
        return redirect("resources:basket")
    services.ask_for_restock_notice(request.user, edition)
    messages.success(request, _("We will email you when %(sku)s is back in stock.") % {"sku": edition.sku})
    return redirect(edition.page.localized.url)  # orderable editions belong to live pages


@agency_required
def basket(request, agency):
    basket = services.basket_of(request.user)
    items = services.basket_items(basket, active_language())
    errors = {}
    if request.method == "POST":
        quantities, errors = parse_quantities(request.POST, items)
        if not errors:
            try:
                for item in items:
                    if quantities[item.edition.pk] != item.line.quantity:
                        services.set_basket_quantity(request.user, item.edition.pk, quantities[item.edition.pk])
            except ValidationError as error:
                messages.error(request, error.messages[0])
            else:
                if "checkout" in request.POST:  # the quantities on screen are the ones to order
                    return redirect("resources:checkout")
                messages.success(request, _("Your basket is updated."))
                return redirect("resources:basket")
    # With errors, each field shows what the reader typed, beside the error that explains it.
    entered = {item.edition.pk: request.POST.get(f"quantity-{item.edition.pk}", item.line.quantity) for item in items}
    return render(
        request,
        "resources/basket.html",
        {"items": items, "errors": errors, "entered": entered, "ordering": OrderingSettings.load(), "agency": agency},
        status=400 if errors else 200,
    )


def parse_quantities(data, items):
    """The new quantity of each basket line, or an error in the reader's language for each bad one."""
    field, quantities, errors = QuantityField(), {}, {}
    for item in items:
        try:
            quantity = field.clean(data.get(f"quantity-{item.edition.pk}", item.line.quantity))
            services.check_quantity(item.edition, quantity)
        except ValidationError as error:
            errors[item.edition.pk] = error.messages[0]
        else:
            quantities[item.edition.pk] = quantity
    return quantities, errors


@agency_required
def checkout(request, agency):
    """Choose where to ship and add a note; then review the whole order before submitting it."""
    basket = services.basket_of(request.user)
    items = services.basket_items(basket, active_language())
    if not items:
        messages.error(request, _("Your basket is empty."))
        return redirect("resources:basket")
    form = CheckoutForm(agency, request.POST or None)
    if request.method == "POST" and form.is_valid():
        reasons = [review.describe(reason) for reason in services.review_reasons(agency, items)]
        review_form = SubmitOrderForm(
            agency, initial={**form.cleaned_data, "address": form.cleaned_data["address"].pk, "token": basket.token}
        )
        context = {"items": items, "form": review_form, "reasons": reasons, **form.cleaned_data}
        return render(request, "resources/review.html", context)
    status = 400 if form.errors else 200
    return render(request, "resources/checkout.html", {"items": items, "form": form}, status=status)


@require_POST
@agency_required
def submit_order(request, agency):
    form = SubmitOrderForm(agency, request.POST)
    if not form.is_valid():
        messages.error(request, _("Please review your order again."))
        return redirect("resources:checkout")
    try:
        data = form.cleaned_data
        order, created = services.submit_order(
            request.user, data["token"], data["address"], data["note"], active_language()
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("resources:basket")
    if created:
        messages.success(request, _("Thank you: order %(number)s is placed.") % {"number": order.number})
    return redirect("resources:order", number=order.number)


@agency_required
def orders(request, agency):
    agency_orders = agency.orders.prefetch_related("lines").select_related("placed_by")
    return render(request, "resources/orders.html", {"orders": agency_orders, "agency": agency})


ORDER_NUMBER = re.compile(r"^PR-\d{4}-\d{6,}$")


def agency_order(agency, number):
    """The agency's own order with this number: any other agency's order (or a malformed number) is a 404."""
    if not ORDER_NUMBER.match(number):
        raise Http404
    return get_object_or_404(
        Order.objects.select_related("follow_up_of").prefetch_related("lines", "events"), agency=agency, number=number
    )


@agency_required
def order(request, agency, number):
    order = agency_order(agency, number)
    events = list(order.events.all())
    context = {
        "order": order,
        "follow_up": order.follow_ups.first(),
        "agency": agency,
        "timeline": order_timeline(order, events),
        "team_notes": [event for event in events if event.note and event.by_id != order.placed_by_id],
    }
    return render(request, "resources/order.html", context)


@require_POST
@agency_required
def reorder(request, agency, number):
    try:
        skipped = services.reorder(request.user, agency_order(agency, number))
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("resources:order", number=number)
    for title in skipped:
        messages.warning(request, _("%(title)s can no longer be ordered and was left out.") % {"title": title})
    messages.success(request, _("The items of order %(number)s are in your basket.") % {"number": number})
    return redirect("resources:basket")
