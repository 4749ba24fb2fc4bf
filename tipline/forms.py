"""The public report form and the follow-up form: every rule about what a reporter may type, in one place."""

import re
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from resources.forms import normalize_phone
from resources.models import check_postal_prefix, normalize_postal_prefix
from tipline.models import (
    OUTSIDE_CANADA,
    AgeRange,
    Answer,
    CountryHotline,
    Language,
    Platform,
    ReporterRole,
    ReportType,
    location_choices,
)
from tipline.services import normalise_url, normalise_username
from website.localization import in_alphabetical_order

MAX_URLS = 10
MAX_USERNAMES = 10
DESCRIPTION_LIMIT = 5000
ADDITION_LIMIT = 5000
SHORT_LIMIT = 150

# A pasted image: a data: URL, or a long run of base64 (no spaces, so never ordinary words).
DATA_URL = re.compile(r"data:[\w/+.-]*[;,]", re.IGNORECASE)
BASE64_BLOCK = re.compile(r"[A-Za-z0-9+/]{120,}={0,2}")
NO_IMAGES = _(
    "This looks like an image or a file. Never send images, not even to us: sending them is a crime. "
    "Give the web address where you saw it instead."
)
NO_CHOICE = ("", _("Choose one (optional)"))  # the first choice of every optional list
# Fields that would tell someone looking over the reporter's shoulder, or the browser's memory, too much.
PRIVATE = {"autocomplete": "off", "autocapitalize": "off", "spellcheck": "false"}


def refuse_images(value):
    if DATA_URL.search(value) or BASE64_BLOCK.search(value):
        raise ValidationError(NO_IMAGES, code="image")


def lines_of(value):
    return [line.strip() for line in value.splitlines() if line.strip()]


def answer_field(label, required=False):
    return forms.ChoiceField(label=label, choices=Answer.choices, required=required, widget=forms.RadioSelect)


def text_field(label, limit=SHORT_LIMIT, **kwargs):
    return forms.CharField(
        label=label, max_length=limit, required=False, validators=[refuse_images], widget=forms.TextInput(PRIVATE),
        **kwargs,
    )  # fmt: skip


def lines_field(label, help_text):
    return forms.CharField(
        label=label, help_text=help_text, required=False, max_length=3000, validators=[refuse_images],
        widget=forms.Textarea({**PRIVATE, "rows": 3}),
    )  # fmt: skip


def story_field(label, limit, rows):
    """What happened, in the reporter's words: long, private, and never an image."""
    return forms.CharField(
        label=label, help_text=_("Up to 5,000 characters. Describe what you saw. Do not paste images."),
        max_length=limit, required=False, validators=[refuse_images], widget=forms.Textarea({**PRIVATE, "rows": rows}),
    )  # fmt: skip


class ReportForm(forms.Form):
    """A report to the tipline. Only the type and the danger question are required; the rest helps."""

    report_type = forms.ChoiceField(label=_("What happened?"), choices=ReportType.choices, widget=forms.RadioSelect)
    danger = answer_field(_("Is a child in danger right now?"), required=True)
    urls = lines_field(
        _("Web addresses"),
        _("Where you saw it, one address per line (up to 10), starting with http:// or https://."),
    )
    platform = forms.ChoiceField(label=_("App or website"), choices=[NO_CHOICE, *Platform.choices], required=False)
    platform_other = text_field(_("If other, which one?"))
    usernames = lines_field(_("Usernames involved"), _("One per line (up to 10)."))
    incident_date = forms.DateField(
        label=_("When did it happen?"), required=False, widget=forms.DateInput({"type": "date"})
    )
    incident_date_approximate = forms.BooleanField(label=_("This date is a guess"), required=False)
    child_age_range = forms.ChoiceField(
        label=_("How old is the child?"), choices=[NO_CHOICE, *AgeRange.choices], required=False
    )
    province = forms.ChoiceField(
        label=_("Where does the child live?"),
        required=False,
    )
    child_postal_prefix = forms.CharField(
        label=_("First 3 characters of the child’s postal code"),
        help_text=_("Optional, for example K7A. It tells us which police can act."),
        max_length=7, required=False, widget=forms.TextInput({**PRIVATE, "size": 4}),
    )  # fmt: skip
    child_country = forms.ChoiceField(label=_("If outside Canada, which country?"), required=False)
    reporter_role = forms.ChoiceField(
        label=_("Who are you?"), choices=ReporterRole.choices, required=False, widget=forms.RadioSelect
    )
    person_usernames = lines_field(_("Their usernames"), _("One per line (up to 10)."))
    person_name = text_field(_("Their name"))
    person_age = text_field(_("About how old are they?"), limit=30)
    person_province = forms.ChoiceField(
        label=_("Where do they live?"),
        required=False,
    )
    person_postal_prefix = forms.CharField(
        label=_("First 3 characters of their postal code"),
        help_text=_("Optional, for example H2X."),
        max_length=7, required=False, widget=forms.TextInput({**PRIVATE, "size": 4}),
    )  # fmt: skip
    person_country = forms.ChoiceField(label=_("If outside Canada, which country?"), required=False)
    person_location = text_field(_("Town or city, if you know"))
    description = story_field(_("Tell us what happened, in your own words"), DESCRIPTION_LIMIT, rows=8)
    meeting_planned = answer_field(_("Did they plan to meet the child?"))
    images_exchanged = answer_field(_("Were images sent or asked for?"))
    reporter_is_person_shown = answer_field(_("Are you the person in the images?"))
    images_shared = answer_field(_("Have the images been shared?"))
    being_threatened = answer_field(_("Is someone threatening you or the child?"))
    reporter_name = text_field(_("Your name"))
    reporter_email = forms.EmailField(
        label=_("Your email"), required=False, max_length=254, widget=forms.EmailInput(PRIVATE)
    )
    reporter_phone = text_field(_("Your phone number"), limit=30)
    language = forms.ChoiceField(
        label=_("Language for messages"), choices=Language.choices, required=False, widget=forms.RadioSelect
    )
    police_may_contact = forms.BooleanField(label=_("The police may contact me"), required=False)
    # A field people never see (hidden by CSS and from screen readers); bots fill it in.
    website = forms.CharField(
        label=_("Leave this empty"), required=False, widget=forms.TextInput({"autocomplete": "off", "tabindex": "-1"})
    )
    token = forms.UUIDField(widget=forms.HiddenInput, required=False)

    FOLLOW_UPS = {
        ReportType.LURING: ["meeting_planned", "images_exchanged"],
        ReportType.SEXTORTION: ["reporter_is_person_shown", "images_shared", "being_threatened"],
        ReportType.INTIMATE_IMAGES: ["reporter_is_person_shown", "images_shared", "being_threatened"],
    }

    def __init__(self, *args, countries=(), **kwargs):
        """`countries`: (code, name) of the countries whose hotline we know (hotline_countries()); any other
        country is "another country", kept as unknown."""
        super().__init__(*args, **kwargs)
        self.fields["token"].initial = uuid.uuid4()
        countries = [NO_CHOICE, *countries, ("other", _("Another country"))]
        self.fields["child_country"].choices = countries
        self.fields["person_country"].choices = countries
        places = [NO_CHOICE, *location_choices()]  # in the reader's language's order
        self.fields["province"].choices = places
        self.fields["person_province"].choices = places

    def clean_place(self, cleaned, province_field, prefix_field, country_field):
        """A postal prefix only in Canada (and in the province chosen); a country only outside Canada."""
        province = cleaned.get(province_field, "")
        prefix = normalize_postal_prefix(cleaned.get(prefix_field, ""))
        if prefix:
            if province == OUTSIDE_CANADA:
                self.add_error(prefix_field, _("A postal code prefix is only for a place in Canada."))
            else:
                try:
                    check_postal_prefix(prefix, province)
                except ValidationError as error:
                    self.add_error(prefix_field, error)
        cleaned[prefix_field] = prefix if province != OUTSIDE_CANADA else ""
        country = cleaned.get(country_field, "")
        if country and province != OUTSIDE_CANADA:
            self.add_error(country_field, _("Choose “Outside Canada” above, or leave the country empty."))
        cleaned[country_field] = "" if country == "other" or province != OUTSIDE_CANADA else country

    def clean_urls(self):
        urls = []
        for line in lines_of(self.cleaned_data["urls"]):
            try:
                url = normalise_url(line)
            except ValueError:
                raise ValidationError(
                    _("“%(line)s” is not a web address. Start each one with http:// or https://."),
                    params={"line": line[:80]},
                    code="url",
                ) from None
            if url not in urls:
                urls.append(url)
        if len(urls) > MAX_URLS:
            raise ValidationError(_("Give at most 10 web addresses."), code="too_many")
        return urls

    def clean_usernames_field(self, name):
        names = [normalise_username(line)[:SHORT_LIMIT] for line in lines_of(self.cleaned_data[name])]
        names = list(dict.fromkeys(name for name in names if name))
        if len(names) > MAX_USERNAMES:
            raise ValidationError(_("Give at most 10 usernames."), code="too_many")
        return names

    def clean_usernames(self):
        return self.clean_usernames_field("usernames")

    def clean_person_usernames(self):
        return self.clean_usernames_field("person_usernames")

    def clean_incident_date(self):
        day = self.cleaned_data["incident_date"]
        if day and day > timezone.localdate():
            raise ValidationError(_("This date is in the future."), code="future")
        if day and day.year < 1990:
            raise ValidationError(_("Give a date after 1990."), code="past")
        return day

    def clean_reporter_phone(self):
        phone = self.cleaned_data["reporter_phone"]
        return normalize_phone(phone) if phone else ""

    def clean_reporter_email(self):
        return self.cleaned_data["reporter_email"].strip().lower()

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise ValidationError(_("Leave this field empty."), code="honeypot")
        return ""

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not (cleaned.get("description") or cleaned.get("urls") or cleaned.get("usernames")):
            raise ValidationError(
                _("Tell us what happened, or give a web address or a username, so we can act."), code="empty"
            )
        self.clean_place(cleaned, "province", "child_postal_prefix", "child_country")
        self.clean_place(cleaned, "person_province", "person_postal_prefix", "person_country")
        if cleaned.get("platform") != Platform.OTHER:
            cleaned["platform_other"] = ""
        # Follow-up answers count only for the type they belong to.
        asked = self.FOLLOW_UPS.get(cleaned.get("report_type"), [])
        for name in {name for names in self.FOLLOW_UPS.values() for name in names} - set(asked):
            cleaned[name] = ""
        return cleaned

    def report_fields(self):
        """What the service saves, without the form's own fields."""
        fields = dict(self.cleaned_data)
        for name in ("website", "token", "language"):
            fields.pop(name, None)
        return fields


def hotline_countries():
    """The countries of the hotlines staff keep, by name in the reader's language."""
    return in_alphabetical_order((h.country_code, h.country_name) for h in CountryHotline.objects.all())


class FollowUpForm(forms.Form):
    number = forms.CharField(label=_("Report number"), max_length=20, widget=forms.TextInput(PRIVATE))
    code = forms.CharField(label=_("Follow-up code"), max_length=30, widget=forms.TextInput(PRIVATE))
    addition = story_field(_("Add information"), ADDITION_LIMIT, rows=6)
