"""Canada: provinces and territories, postal codes, and the address they make up."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from website.localization import in_alphabetical_order


class Province(models.TextChoices):
    AB = "AB", _("Alberta")
    BC = "BC", _("British Columbia")
    MB = "MB", _("Manitoba")
    NB = "NB", _("New Brunswick")
    NL = "NL", _("Newfoundland and Labrador")
    NS = "NS", _("Nova Scotia")
    NT = "NT", _("Northwest Territories")
    NU = "NU", _("Nunavut")
    ON = "ON", _("Ontario")
    PE = "PE", _("Prince Edward Island")
    QC = "QC", _("Quebec")
    SK = "SK", _("Saskatchewan")
    YT = "YT", _("Yukon")


def province_choices():
    """The provinces and territories by name in the reader's language, for a list a person reads."""
    return in_alphabetical_order(Province.choices)


# The first letter of a postal code says which province or territory it is in.
POSTAL_CODE_FIRST_LETTERS = {
    "NL": "A", "NS": "B", "PE": "C", "NB": "E", "QC": "GHJ", "ON": "KLMNP", "MB": "R",
    "SK": "S", "AB": "T", "BC": "V", "NT": "X", "NU": "X", "YT": "Y",
}  # fmt: skip
# D, F, I, O, Q and U are never used (they are misread for other characters); W and Z never come first.
POSTAL_CODE_LETTER = "[ABCEGHJ-NPRSTV-Z]"
POSTAL_CODE_FIRST_LETTER = "[" + "".join(sorted(set("".join(POSTAL_CODE_FIRST_LETTERS.values())))) + "]"
# The first 3 characters (the forward sortation area, such as K7A) say where; the last 3 say which delivery route.
FORWARD_SORTATION_AREA = rf"{POSTAL_CODE_FIRST_LETTER}\d{POSTAL_CODE_LETTER}"
POSTAL_PREFIX = re.compile(rf"^{FORWARD_SORTATION_AREA}$")
POSTAL_CODE = re.compile(rf"^{FORWARD_SORTATION_AREA} ?\d{POSTAL_CODE_LETTER}\d$")


def normalize_postal_code(value):
    """ "k1a0b1" or "K1A 0B1" → "K1A 0B1"; anything that is not a Canadian postal code is refused."""
    compact = re.sub(r"\s+", "", value or "").upper()
    if not POSTAL_CODE.match(compact):
        raise ValidationError(_("Enter a Canadian postal code, such as K1A 0B1."), code="postal_code")
    return f"{compact[:3]} {compact[3:]}"


def normalize_postal_prefix(value):
    """ " k7a " or "K7A 1B2" → "K7A": the first 3 characters of a postal code, checked by `check_postal_prefix`."""
    return re.sub(r"\s+", "", value or "").upper()[:3]


def check_postal_prefix(prefix, province=""):
    """The first 3 characters of a Canadian postal code, in `province` when one is given."""
    if not POSTAL_PREFIX.match(prefix):
        raise ValidationError(
            _("“%(prefix)s” is not the start of a Canadian postal code. Give its first 3 characters, such as K7A."),
            params={"prefix": prefix[:10]},
            code="postal_prefix",
        )
    check_postal_code_province(prefix, province)


def check_postal_code_province(postal_code, province):
    """A postal code, or its first 3 characters, in another province or territory than `province` is refused.

    Nothing to compare without a code, or without a province or territory (none chosen, or outside Canada).
    """
    letters = POSTAL_CODE_FIRST_LETTERS.get(province)
    if not postal_code or not letters or postal_code[0] in letters:
        return
    if len(postal_code) == len("K7A"):
        raise ValidationError(
            _("Postal codes starting with %(prefix)s are not in %(province)s."),
            params={"prefix": postal_code, "province": Province(province).label},
            code="postal_prefix_province",
        )
    raise ValidationError(
        _("Postal code %(code)s is not in %(province)s."),
        params={"code": postal_code, "province": Province(province).label},
        code="postal_code_province",
    )


class Address(models.Model):
    line1 = models.CharField(max_length=120, verbose_name=_("address"))
    line2 = models.CharField(max_length=120, blank=True, verbose_name=_("address line 2"))
    city = models.CharField(max_length=80, verbose_name=_("city or town"))
    province = models.CharField(max_length=2, choices=province_choices, verbose_name=_("province or territory"))
    postal_code = models.CharField(max_length=7, verbose_name=_("postal code"))

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.postal_code:
            self.postal_code = normalize_postal_code(self.postal_code)
            check_postal_code_province(self.postal_code, self.province)

    @property
    def address_lines(self):
        return [
            line
            for line in (self.line1, self.line2, f"{self.city} {self.province}  {self.postal_code}")
            if line.strip()
        ]
