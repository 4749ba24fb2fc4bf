"""Forms of the agencies' side: requesting an account, signing in, the basket and checkout."""

import re

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from resources.accounts import is_staff_account
from resources.models import (
    Agency,
    AgencyAddress,
    check_postal_code_province,
    normalize_postal_code,
    province_choices,
)
from resources.services import LARGEST_QUANTITY

PHONE = re.compile(r"^\+?1?[\s.-]?\(?([2-9]\d{2})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(\s*(x|ext\.?)\s*\d{1,6})?$", re.I)


def normalize_phone(value):
    match = PHONE.match(value.strip())
    if not match:
        raise ValidationError(_("Enter a Canadian phone number with its area code, such as 613-555-0142."))
    area, exchange, line = match.group(1, 2, 3)
    extension = f" {match.group(4).strip()}" if match.group(4) else ""
    return f"{area}-{exchange}-{line}{extension}"


class PhoneInput(forms.TextInput):
    """A phone number: phones show their number pad."""

    input_type = "tel"


# The browser's autofill names (WHATWG autocomplete tokens) of the request form's fields: filled in one tap, and
# password managers offer a new password rather than an old one.
AGENCY_REQUEST_AUTOCOMPLETE = {
    "agency_name": "organization",
    "province": "address-level1",
    "line1": "address-line1",
    "line2": "address-line2",
    "city": "address-level2",
    "postal_code": "postal-code",
    "first_name": "given-name",
    "last_name": "family-name",
    "email": "email",
    "phone": "tel",
    "password1": "new-password",
    "password2": "new-password",
}


class AgencyRequestForm(forms.Form):
    """An officer asks for an account for their agency."""

    agency_name = forms.CharField(label=_("Agency name"), max_length=150)
    agency_type = forms.ChoiceField(label=_("Type of agency"), choices=Agency.Type.choices)
    province = forms.ChoiceField(label=_("Province or territory"), choices=lambda: [("", ""), *province_choices()])
    line1 = forms.CharField(label=_("Shipping address"), max_length=120)
    line2 = forms.CharField(label=_("Address line 2 (optional)"), max_length=120, required=False)
    city = forms.CharField(label=_("City or town"), max_length=80)
    postal_code = forms.CharField(label=_("Postal code"), max_length=10)
    first_name = forms.CharField(label=_("Your first name"), max_length=150)
    last_name = forms.CharField(label=_("Your last name"), max_length=150)
    email = forms.EmailField(label=_("Your work email"), help_text=_("Your agency’s address, not a personal one."))
    phone = forms.CharField(label=_("Your work phone"), max_length=30, widget=PhoneInput)
    # Each language in its own name, as in the language links: the reader picks the one they read.
    language = forms.ChoiceField(label=_("Language for emails"), choices=settings.LANGUAGES, initial="en")
    password1 = forms.CharField(label=_("Password"), strip=False, widget=forms.PasswordInput(render_value=False))
    password2 = forms.CharField(label=_("Password again"), strip=False, widget=forms.PasswordInput(render_value=False))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, hint in AGENCY_REQUEST_AUTOCOMPLETE.items():
            self.fields[name].widget.attrs["autocomplete"] = hint

    def clean_postal_code(self):
        return normalize_postal_code(self.cleaned_data["postal_code"])

    def clean_phone(self):
        return normalize_phone(self.cleaned_data["phone"])

    def clean_email(self):
        # Whether the email has an account already is not said here: its owner is told by email instead.
        # NFKC as Django normalises usernames, so a fullwidth spelling finds the account it would collide with.
        return get_user_model().normalize_username(self.cleaned_data["email"]).strip().lower()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("postal_code") and cleaned.get("province"):
            try:
                check_postal_code_province(cleaned["postal_code"], cleaned["province"])
            except ValidationError as error:
                self.add_error("postal_code", error)
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords are not the same."))
        elif password1:
            user = get_user_model()(
                username=cleaned.get("email", ""),
                email=cleaned.get("email", ""),
                first_name=cleaned.get("first_name", ""),
                last_name=cleaned.get("last_name", ""),
            )
            try:
                password_validation.validate_password(password1, user)
            except ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class SignInForm(AuthenticationForm):
    """Django's sign-in for agency officers. django-axes limits the attempts (see website/sign_in_limits.py)."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _("The email or password is not right. Both are case-sensitive."),
        "inactive": _("Your account is waiting for approval, or is closed. We email you when it is approved."),
        "staff": _("Staff accounts sign in through the admin at /admin/, not here."),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("Work email")
        # No autofocus: the first Tab of every page must reach Leave quickly, and screen readers start at the top.
        self.fields["username"].widget.attrs.pop("autofocus", None)

    def get_invalid_login_error(self):
        """The right password of an account waiting for approval (or closed) says so, not that it is wrong.

        Django's backend refuses inactive accounts before `confirm_login_allowed` could tell them apart.
        """
        username, password = self.cleaned_data.get("username"), self.cleaned_data.get("password")
        user = get_user_model()._default_manager.filter(username=username).first()
        if user is not None and not user.is_active and user.check_password(password):
            return ValidationError(self.error_messages["inactive"], code="inactive")
        return super().get_invalid_login_error()

    def confirm_login_allowed(self, user):
        """Staff sign in only through the admin, where their own limits and sessions apply."""
        super().confirm_login_allowed(user)
        if is_staff_account(user):
            raise ValidationError(self.error_messages["staff"], code="staff")


class WorkEmailPasswordResetForm(PasswordResetForm):
    """Django's password reset, its field named as on the sign-in form (Django's French says « E-mail »)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Work email")


class QuantityField(forms.IntegerField):
    def __init__(self, **kwargs):
        super().__init__(
            min_value=0,
            max_value=LARGEST_QUANTITY,
            error_messages={
                "invalid": _("Enter a whole number of pieces."),
                "min_value": _("Enter a number of pieces of 0 or more."),
                "max_value": _("Enter at most %(limit_value)s pieces."),
                "required": _("Enter a number of pieces."),
            },
            **kwargs,
        )


class AddToBasketForm(forms.Form):
    edition = forms.IntegerField(widget=forms.HiddenInput, error_messages={"invalid": _("Choose an edition.")})
    quantity = QuantityField(label=_("Pieces"))


class CheckoutForm(forms.Form):
    address = forms.ModelChoiceField(
        queryset=AgencyAddress.objects.none(),
        label=_("Ship to"),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"invalid_choice": _("Choose one of your agency’s addresses.")},
    )
    note = forms.CharField(
        label=_("Note for our team (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example, an event date the material is for."),
    )

    def __init__(self, agency, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["address"].queryset = agency.addresses.all()
        main = next((address for address in self.fields["address"].queryset if address.is_main), None)
        if main:
            self.fields["address"].initial = main.pk


class SubmitOrderForm(CheckoutForm):
    token = forms.UUIDField(widget=forms.HiddenInput, error_messages={"invalid": _("Please review your order again.")})
