"""Police agencies that order from the catalogue, their addresses and their members."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from resources.models.canada import Address, province_choices


class Agency(models.Model):
    """A police agency that orders printed resources; several officers may share it."""

    class Type(models.TextChoices):
        MUNICIPAL = "municipal", _("Municipal police service")
        PROVINCIAL = "provincial", _("Provincial police service")
        RCMP = "rcmp", _("RCMP detachment")
        FIRST_NATIONS = "first_nations", _("First Nations police service")
        OTHER = "other", _("Other law-enforcement agency")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", pgettext_lazy("agency", "Approved")
        DECLINED = "declined", pgettext_lazy("agency", "Declined")

    name = models.CharField(max_length=150, verbose_name=_("agency name"))
    agency_type = models.CharField(max_length=20, choices=Type.choices, verbose_name=_("type of agency"))
    province = models.CharField(max_length=2, choices=province_choices, verbose_name=_("province or territory"))
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, verbose_name=_("status"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=pgettext_lazy("date", "requested"))
    decided_at = models.DateTimeField(null=True, blank=True, verbose_name=pgettext_lazy("date", "decided"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision_note = models.TextField(blank=True, verbose_name=_("note"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("police agency")
        verbose_name_plural = _("police agencies")

    def __str__(self):
        return self.name

    @property
    def is_approved(self):
        return self.status == self.Status.APPROVED


class AgencyAddress(Address):
    """Where an agency's orders can be shipped: its main address and any detachment."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="addresses", verbose_name=_("agency"))
    label = models.CharField(max_length=80, verbose_name=_("name of this address"))
    is_main = models.BooleanField(default=False, verbose_name=_("main address"))

    class Meta:
        ordering = ["-is_main", "label"]
        verbose_name = _("shipping address")
        verbose_name_plural = _("shipping addresses")

    def __str__(self):
        # Shown as a checkout choice: French puts a no-break space before the colon.
        return _("%(label)s: %(value)s") % {"label": self.label, "value": ", ".join(self.address_lines)}

    def clean(self):
        super().clean()
        if self.province and self.agency_id and self.province != self.agency.province:
            raise ValidationError({"province": _("Shipping addresses must be in the agency’s province or territory.")})


class AgencyMember(models.Model):
    """An officer's account: the agency it orders for, and how to reach them."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="agency_member", verbose_name=_("account")
    )
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="members", verbose_name=_("agency"))
    phone = models.CharField(max_length=30, verbose_name=_("phone"))
    language = models.CharField(
        max_length=2, choices=settings.LANGUAGES, default="en", verbose_name=_("language for emails")
    )
    # When the officer opened the link we emailed on their request: proof that the mailbox is theirs.
    email_confirmed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("email confirmed"))

    class Meta:
        verbose_name = _("agency member")
        verbose_name_plural = _("agency members")

    def __str__(self):
        return f"{self.user.get_full_name()} ({self.agency})"
