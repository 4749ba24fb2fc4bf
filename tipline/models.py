"""Tipline reports: what triage and statistics need in clear, everything a reporter told us encrypted at rest.

Also the referrals to police (part 2): the agencies that receive them, the other countries' hotlines,
the investigators of each agency, and each referral with its package; the service providers' directory
and the notices sent to them; and the "Tipline in figures" page.
"""

import re

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from resources.models import (
    Agency,
    AgencyMember,
    Province,
    check_postal_prefix,
    normalize_postal_prefix,
    province_choices,
)
from tipline.crypto import EncryptedJSONField, EncryptedTextField
from website.blocks import StandardBlocks
from website.localization import either_language, language_field
from website.models import SitePage

ANALYSTS_GROUP = "Tipline analysts"


class ReportType(models.TextChoices):
    CSAM = "csam", _("Child sexual abuse material seen online")
    LURING = "luring", _("An adult luring or grooming a child online")
    SEXTORTION = "sextortion", _("Sextortion: threats to share sexual images unless the child pays or sends more")
    INTIMATE_IMAGES = "intimate_images", _("Sexual images of someone under 18 shared without consent")
    EXPLOITATION = "exploitation", _("A child being sexually exploited for money or something of value")
    TRAVEL = "travel", _("Someone planning to travel to sexually abuse a child")
    EXPLICIT_TO_CHILD = "explicit_to_child", _("Sexually explicit material sent to a child")
    OTHER = "other", _("Something else")


class Answer(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    UNKNOWN = "unknown", _("I don’t know")


class AgeRange(models.TextChoices):
    UNDER_6 = "0-5", _("5 or younger")
    AGE_6_9 = "6-9", _("6 to 9")
    AGE_10_12 = "10-12", _("10 to 12")
    AGE_13_15 = "13-15", _("13 to 15")
    AGE_16_17 = "16-17", _("16 or 17")
    UNKNOWN = "unknown", _("I don’t know")


class ReporterRole(models.TextChoices):
    CHILD = "child", _("I am the child or teen")
    PARENT = "parent", _("I am a parent or caregiver")
    OTHER = "other", _("Someone else")


class Platform(models.TextChoices):
    INSTAGRAM = "instagram", "Instagram"
    SNAPCHAT = "snapchat", "Snapchat"
    TIKTOK = "tiktok", "TikTok"
    DISCORD = "discord", "Discord"
    FACEBOOK = "facebook", "Facebook / Messenger"
    WHATSAPP = "whatsapp", "WhatsApp"
    ROBLOX = "roblox", "Roblox"
    MINECRAFT = "minecraft", "Minecraft"
    FORTNITE = "fortnite", "Fortnite"
    X = "x", "X (Twitter)"
    REDDIT = "reddit", "Reddit"
    TELEGRAM = "telegram", "Telegram"
    YOUTUBE = "youtube", "YouTube"
    KIK = "kik", "Kik"
    WEBSITE = "website", _("A website")
    OTHER = "other", _("Other")


# Where the child is: a province or territory, outside Canada, or not known.
OUTSIDE_CANADA = "XX"


def location_choices():
    """The provinces and territories by name in the reader's alphabetical order, then outside Canada."""
    return [*province_choices(), (OUTSIDE_CANADA, _("Outside Canada"))]


COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


class Language(models.TextChoices):
    EN = "en", "English"
    FR = "fr", "Français"


class Report(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_REVIEW = "in_review", _("In review")
        NEEDS_INFO = "needs_info", _("Needs more information")
        SENT_TO_POLICE = "sent_to_police", _("Sent to police")
        PROVIDER_NOTICE = "provider_notice", _("Notice to a service provider")
        OTHER_HOTLINE = "other_hotline", _("Sent to another country’s hotline")
        CLOSED = "closed", _("Closed: not actionable")

    class CloseReason(models.TextChoices):
        NOT_ILLEGAL = "not_illegal", _("No offence against a child")
        NOT_ENOUGH = "not_enough", _("Not enough information to act on")
        DUPLICATE = "duplicate", _("Already reported and handled")
        CONTENT_GONE = "content_gone", _("The content is no longer online")
        OUTSIDE_MANDATE = "outside_mandate", _("Outside the tipline’s mandate")

    # In clear: what triage and the statistics need.
    number = models.CharField(max_length=20, unique=True, null=True, blank=True, verbose_name=_("number"))
    report_type = models.CharField(max_length=20, choices=ReportType.choices, verbose_name=_("type"))
    danger = models.CharField(max_length=10, choices=Answer.choices, verbose_name=_("child in danger now"))
    urgent = models.BooleanField(default=False, verbose_name=_("urgent"))
    platform = models.CharField(max_length=20, choices=Platform.choices, blank=True, verbose_name=_("platform"))
    incident_date = models.DateField(null=True, blank=True, verbose_name=_("when it happened"))
    incident_date_approximate = models.BooleanField(default=False, verbose_name=_("approximate date"))
    child_age_range = models.CharField(max_length=10, choices=AgeRange.choices, blank=True, verbose_name=_("age"))
    province = models.CharField(max_length=2, choices=location_choices, blank=True, verbose_name=_("where"))
    # In clear only what routing a referral needs: the start of a postal code, or a country's code.
    child_postal_prefix = models.CharField(max_length=3, blank=True, verbose_name=_("child’s postal code prefix"))
    child_country = models.CharField(max_length=2, blank=True, verbose_name=_("child’s country"))
    person_province = models.CharField(
        max_length=2, choices=location_choices, blank=True, verbose_name=_("where the other person is")
    )
    person_postal_prefix = models.CharField(
        max_length=3, blank=True, verbose_name=_("other person’s postal code prefix")
    )
    person_country = models.CharField(max_length=2, blank=True, verbose_name=_("other person’s country"))
    reporter_role = models.CharField(max_length=10, choices=ReporterRole.choices, blank=True)
    meeting_planned = models.CharField(max_length=10, choices=Answer.choices, blank=True)
    images_exchanged = models.CharField(max_length=10, choices=Answer.choices, blank=True)
    reporter_is_person_shown = models.CharField(max_length=10, choices=Answer.choices, blank=True)
    images_shared = models.CharField(max_length=10, choices=Answer.choices, blank=True)
    being_threatened = models.CharField(max_length=10, choices=Answer.choices, blank=True)
    police_may_contact = models.BooleanField(default=False)
    language = models.CharField(max_length=2, choices=Language.choices, default=Language.EN)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW, db_index=True)
    close_reason = models.CharField(max_length=20, choices=CloseReason.choices, blank=True)
    classified_type = models.CharField(max_length=20, choices=ReportType.choices, blank=True)
    criminal_code_section = models.CharField(max_length=20, blank=True)  # one of CriminalCodeSection
    version = models.PositiveIntegerField(default=1)
    received_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    # The one-time follow-up code, hashed like a password; the form's token makes a resubmission harmless.
    follow_up_code_hash = models.CharField(max_length=200, blank=True)
    submission_token = models.UUIDField(unique=True, null=True, blank=True)

    # Encrypted: everything the reporter told us.
    urls = EncryptedJSONField(default=list, blank=True)
    usernames = EncryptedJSONField(default=list, blank=True)
    platform_other = EncryptedTextField(blank=True)
    description = EncryptedTextField(blank=True)
    person_usernames = EncryptedJSONField(default=list, blank=True)
    person_name = EncryptedTextField(blank=True)
    person_age = EncryptedTextField(blank=True)
    person_location = EncryptedTextField(blank=True)
    reporter_name = EncryptedTextField(blank=True)
    reporter_email = EncryptedTextField(blank=True)
    reporter_phone = EncryptedTextField(blank=True)

    ENCRYPTED_FIELDS = [
        "urls", "usernames", "platform_other", "description", "person_usernames", "person_name", "person_age",
        "person_location", "reporter_name", "reporter_email", "reporter_phone",
    ]  # fmt: skip

    class Meta:
        verbose_name = _("tipline report")
        ordering = ["-received_at", "-pk"]

    def __str__(self):
        return self.number or f"#{self.pk}"

    def assign_number(self):
        self.number = f"TL-{self.received_at.year}-{self.pk:06d}"
        Report.objects.filter(pk=self.pk).update(number=self.number)

    @property
    def is_open(self):
        return self.status in {self.Status.NEW, self.Status.IN_REVIEW, self.Status.NEEDS_INFO}

    @property
    def effective_type(self):
        return ReportType(self.classified_type or self.report_type)


class Fingerprint(models.Model):
    """A keyed fingerprint of one normalised address or username of a report: equal ones link reports."""

    class Kind(models.TextChoices):
        URL = "url", _("web address")
        USERNAME = "username", _("username")

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="fingerprints")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    digest = models.CharField(max_length=64, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["report", "kind", "digest"], name="one_fingerprint_per_value")]

    def __str__(self):
        return f"{self.kind} {self.digest[:12]}"


class Addition(models.Model):
    """What the reporter added later, with the number and the follow-up code."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="additions")
    text = EncryptedTextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.report_id} {self.created_at:%Y-%m-%d %H:%M}"


class Note(models.Model):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    text = EncryptedTextField()
    # Notes marked for police go into the referral's package; the others stay with the analysts.
    for_police = models.BooleanField(default=False, verbose_name=_("for police"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.report_id} {self.created_at:%Y-%m-%d %H:%M}"


class AppendOnly(ValidationError):
    pass


class AuditEntry(models.Model):
    """One thing an analyst did with a report. Written once, never changed or deleted, except when the
    report itself is purged: then the entry keeps the number and loses the link."""

    class Action(models.TextChoices):
        OPENED = "opened", _("Opened the report")
        DECIDED = "decided", _("Decision")
        CLASSIFIED = "classified", _("Classification")
        NOTE = "note", _("Note added")
        MESSAGE = "message", _("Message to the reporter")
        EXPORTED = "exported", _("Export")
        ADDITION = "addition", _("Reporter added information")
        ALERT = "alert", _("Urgent alert sent")
        REFERRED = "referred", _("Referral sent")
        REFERRAL_OPENED = "referral_opened", _("Referral opened by an investigator")
        ACKNOWLEDGED = "acknowledged", _("Referral acknowledged")
        OUTCOME = "outcome", _("Outcome recorded")
        QUESTION = "question", _("Question from an investigator")
        REMINDER = "reminder", _("Reminder sent to the agency")
        INVESTIGATOR = "investigator", _("Investigator role changed")
        NOTICE_SENT = "notice_sent", _("Notice sent to a service provider")
        NOTICE_RESENT = "notice_resent", _("Notice sent again to a service provider")
        CONTENT_REMOVED = "content_removed", _("Content marked removed")

    report = models.ForeignKey(Report, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit")
    report_number = models.CharField(max_length=20, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    username = models.CharField(max_length=150, blank=True)
    action = models.CharField(max_length=20, choices=Action.choices)
    detail = models.CharField(max_length=500, blank=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name_plural = _("audit entries")

    def __str__(self):
        return f"{self.report_number} {self.action} {self.username}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnly("Audit entries are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnly("Audit entries are never deleted.")

    def text(self):
        """The detail in the reader's language. What the site writes itself is stored as codes (`coded_detail`)
        and worded here; a name or a number, and entries written before codes, read as stored."""
        worded = word_detail(self.action, self.detail)
        return self.detail if worded is None else worded


# The emails an analyst's decision sends to a reporter (tipline.alerts), as the audit log names them.
REPORTER_MESSAGE_NAMES = {
    "needs_info": _("Asked for more information"),
    "sent_to_police": _("Told the report was sent to police"),
}
# The reminders tipline.referrals sends to an agency, as the audit log words them.
REMINDER_TEXTS = {
    "acknowledge": _("Not acknowledged in time: %(agency)s reminded"),
    "outcome": _("No outcome after 90 days: %(agency)s asked for one"),
}


def coded_detail(*codes):
    """What the site writes for an audit entry or a referral's reason, as codes that `word_detail` or
    `word_reason` words in the language of whoever reads it."""
    return "|".join(codes)


def word_detail(action, detail):
    """The words of a coded detail, or None for a detail stored as written (a name, a number, an older entry)."""
    codes = detail.split("|", 2)
    try:
        if action == AuditEntry.Action.DECIDED:
            words = f"{Report.Status(codes[0]).label} → {Report.Status(codes[1]).label}"
            return words + (f" ({Report.CloseReason(codes[2]).label})" if codes[2:] and codes[2] else "")
        if action == AuditEntry.Action.CLASSIFIED:
            return _("%(type)s; %(section)s") % {
                "type": ReportType(codes[0]).label,
                "section": CriminalCodeSection(codes[1]).label,
            }
        if action == AuditEntry.Action.OUTCOME:
            return str(Outcome(detail).label)
        if action == AuditEntry.Action.MESSAGE:
            return str(REPORTER_MESSAGE_NAMES[detail])
        if action == AuditEntry.Action.EXPORTED:  # what an analyst exported (tipline.admin_views)
            kind, number = detail.split("|", 1)
            if kind == "queue":
                count = int(number)
                return ngettext("Queue as CSV: %(count)s report", "Queue as CSV: %(count)s reports", count) % {
                    "count": number_format(count, force_grouping=True)
                }
            if kind == "figures":
                return _("Figures for %(year)s as CSV") % {"year": number}
        if action == AuditEntry.Action.REMINDER:
            kind, agency = detail.split("|", 1)
            return REMINDER_TEXTS[kind] % {"agency": agency}
    except (ValueError, KeyError, IndexError):
        pass
    return None


class ReporterMessage(models.Model):
    """An email to a reporter in the outbox, so the retention command can wipe the address once it is sent."""

    report = models.ForeignKey(Report, null=True, on_delete=models.SET_NULL, related_name="messages")
    email = models.ForeignKey("resources.OutgoingEmail", null=True, on_delete=models.SET_NULL, related_name="+")
    kind = models.CharField(max_length=20)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"{self.kind} {self.created_at:%Y-%m-%d}"


class PurgedCount(models.Model):
    """What remains of purged reports for the statistics: counts, with nothing about any one report."""

    month = models.DateField()
    report_type = models.CharField(max_length=20, choices=ReportType.choices)
    province = models.CharField(max_length=2, blank=True)
    urgent = models.BooleanField(default=False)
    status = models.CharField(max_length=20, choices=Report.Status.choices)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["month", "report_type", "province", "urgent", "status"], name="one_count_per_group"
            )
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.report_type} {self.count}"


# A host name label: letters, digits and inner hyphens (after IDNA encoding), 63 characters at most.
HOST_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


def normalise_domain(value):
    """A domain as the directory keeps it (lower case, IDNA, no trailing dot); ValueError if it is not one."""
    domain = value.strip().lower().removeprefix("*.").rstrip(".")
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError as error:
        raise ValueError(value) from error
    labels = domain.split(".")
    if len(domain) > 253 or len(labels) < 2 or not all(HOST_LABEL.match(label) for label in labels):
        raise ValueError(value)
    if labels[-1].isdigit():
        raise ValueError(value)  # an IP address is not a domain a provider hosts
    return domain


class ServiceProvider(models.Model):
    """A company that hosts content, kept by tipline staff: where a notice for an address on its domains goes."""

    class NoticeLanguage(models.TextChoices):
        BOTH = "both", _("English and French")
        EN = "en", _("English")
        FR = "fr", _("French")

    name = models.CharField(max_length=200, unique=True, verbose_name=_("name"))
    domains = models.TextField(
        verbose_name=_("domains hosted"),
        help_text=_("One domain per line, such as example.net. Its subdomains are included."),
    )
    abuse_email = models.EmailField(verbose_name=_("abuse contact email"))
    language = models.CharField(
        max_length=4, choices=NoticeLanguage.choices, default=NoticeLanguage.BOTH, verbose_name=_("notice language")
    )
    # Set by tipline.notices whenever a notice is sent, re-sent or marked removed.
    slow_to_remove = models.BooleanField(default=False, editable=False, verbose_name=_("slow to remove"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("service provider")
        verbose_name_plural = _("service providers")

    def __str__(self):
        return self.name

    @admin.display(description=_("slow to remove"))
    def removal_flag(self):
        """What the directory's list says of a provider flagged as slow to remove."""
        return _("Slow to remove") if self.slow_to_remove else ""

    @property
    def domain_list(self):
        return [line for line in self.domains.split() if line]

    def clean(self):
        domains, bad = [], []
        for line in self.domains.split():
            try:
                domain = normalise_domain(line)
            except ValueError:
                bad.append(line)
                continue
            if domain not in domains:
                domains.append(domain)
        if bad:
            raise ValidationError(
                {"domains": _("These are not domain names: %(domains)s. Write one per line, such as example.net.")
                 % {"domains": ", ".join(bad[:5])}}
            )  # fmt: skip
        if not domains:
            raise ValidationError({"domains": _("Give at least one domain, such as example.net.")})
        taken = {
            domain: provider.name
            for provider in ServiceProvider.objects.exclude(pk=self.pk)
            for domain in provider.domain_list
            if domain in domains
        }
        if taken:
            domain, name = next(iter(taken.items()))
            raise ValidationError(
                {"domains": _("%(domain)s is already hosted by %(name)s.") % {"domain": domain, "name": name}}
            )
        self.domains = "\n".join(domains)


class ProviderNotice(models.Model):
    """A notice asking a provider to take down one confirmed address, re-sent daily until it is removed.

    When the report is purged the notice stays for the figures, without the address.
    """

    report = models.ForeignKey(Report, null=True, on_delete=models.SET_NULL, related_name="notices")
    provider = models.ForeignKey(ServiceProvider, on_delete=models.PROTECT, related_name="notices")
    url = EncryptedTextField(blank=True)
    first_sent_at = models.DateTimeField(db_index=True)
    last_sent_at = models.DateTimeField()
    times_sent = models.PositiveIntegerField(default=1)
    removed_at = models.DateTimeField(null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["first_sent_at", "pk"]
        verbose_name = _("notice to a service provider")

    def __str__(self):
        return self.reference

    @property
    def reference(self):
        return f"N-{self.first_sent_at.year}-{self.pk:06d}"

    @property
    def time_to_removal(self):
        return self.removed_at - self.first_sent_at if self.removed_at else None


class TiplineFiguresPage(SitePage):
    """ "The tipline in figures": editors' text around yearly counts (the template's `tipline_figures` tag)."""

    intro = models.TextField(verbose_name=_("introduction"))
    body = StreamField(
        StandardBlocks(),
        blank=True,
        verbose_name=_("text after the figures"),
        help_text=_("How the figures are counted, and what they do not show."),
    )

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("intro"), FieldPanel("body")]
    promote_panels = Page.promote_panels
    search_fields = SitePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["website.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("tipline in figures page")


class CriminalCodeSection(models.TextChoices):
    """The Criminal Code sections an analyst may name when classifying a report (a fixed list)."""

    CHILD_PORNOGRAPHY = "163.1", _("s. 163.1: child sexual abuse material (child pornography)")
    LURING = "172.1", _("s. 172.1: luring a child")
    AGREEMENT = "172.2", _("s. 172.2: agreement or arrangement to commit a sexual offence against a child")
    EXPLICIT_MATERIAL = "171.1", _("s. 171.1: making sexually explicit material available to a child")
    INTIMATE_IMAGE = "162.1", _("s. 162.1: publishing an intimate image without consent")
    EXTORTION = "346", _("s. 346: extortion")
    SEXUAL_SERVICES = "286.1(2)", _("s. 286.1(2): obtaining sexual services from a person under 18")
    TRAFFICKING = "279.011", _("s. 279.011: trafficking of a person under 18")
    OUTSIDE_CANADA = "7(4.1)", _("s. 7(4.1): sexual offence against a child committed outside Canada")
    INVITATION = "152", _("s. 152: invitation to sexual touching")
    NONE = "none", _("No offence identified")


class ReferralPartner(models.Model):
    """A police agency as the tipline sees it: whether it receives referrals, and where its jurisdiction is."""

    agency = models.OneToOneField(Agency, on_delete=models.CASCADE, related_name="+", verbose_name=_("agency"))
    receives_referrals = models.BooleanField(default=True, verbose_name=_("receives tipline referrals"))
    province = models.CharField(
        max_length=2, choices=province_choices, blank=True, verbose_name=_("province or territory")
    )
    postal_prefixes = models.CharField(
        max_length=400,
        blank=True,
        verbose_name=_("postal code prefixes"),
        help_text=_("Optional: the first 3 characters of the postal codes it covers, separated by spaces."),
    )
    is_national_fallback = models.BooleanField(
        default=False,
        verbose_name=_("national fallback"),
        help_text=_("Receives reports whose jurisdiction is unknown or spans several provinces. Only one."),
    )

    class Meta:
        ordering = ["agency__name"]
        verbose_name = _("referral partner")
        verbose_name_plural = _("referral partners")
        constraints = [
            models.UniqueConstraint(
                fields=["is_national_fallback"],
                condition=models.Q(is_national_fallback=True),
                name="one_national_fallback",
            )
        ]

    def __str__(self):
        return str(self.agency)

    @property
    def prefixes(self):
        return self.postal_prefixes.split()

    def clean(self):
        super().clean()
        prefixes = [normalize_postal_prefix(word) for word in self.postal_prefixes.replace(",", " ").split()]
        errors = []
        for prefix in prefixes:
            try:
                check_postal_prefix(prefix, self.province)
            except ValidationError as error:
                errors.append(error)
        if prefixes and not self.province:
            errors.append(ValidationError(_("Choose the province or territory of these postal codes.")))
        if errors:
            raise ValidationError({"postal_prefixes": errors})
        self.postal_prefixes = " ".join(dict.fromkeys(prefixes))
        if not self.province and not self.is_national_fallback:
            raise ValidationError({"province": _("Choose a province or territory, or make it the national fallback.")})
        if self.is_national_fallback:
            others = ReferralPartner.objects.filter(is_national_fallback=True).exclude(pk=self.pk)
            if others.exists():
                raise ValidationError(
                    {"is_national_fallback": _("%(agency)s is already the national fallback.") % {"agency": others[0]}}
                )


class CountryHotline(models.Model):
    """Another country's hotline, for reports outside Canada: kept by staff."""

    country_code = models.CharField(
        max_length=2, unique=True, verbose_name=_("country code"), help_text=_("Two letters (ISO 3166), e.g. FR.")
    )
    country_name_en = models.CharField(max_length=80, verbose_name=_("country (English)"))
    country_name_fr = models.CharField(max_length=80, verbose_name=_("country (French)"))
    hotline_name = models.CharField(max_length=150, verbose_name=_("hotline"))
    contact_email = models.EmailField(verbose_name=pgettext_lazy("of a hotline", "contact email"))

    class Meta:
        ordering = ["country_name_en"]
        verbose_name = _("country hotline")
        verbose_name_plural = _("country hotlines")

    def __str__(self):
        return f"{self.hotline_name} ({self.country_name})"

    @property
    def country_name(self):
        return language_field(self, "country_name")

    def clean(self):
        super().clean()
        self.country_code = (self.country_code or "").strip().upper()
        if not COUNTRY_CODE.match(self.country_code) or self.country_code == "CA":
            raise ValidationError({"country_code": _("Give the two-letter code of a country other than Canada.")})


class Investigator(models.Model):
    """An agency member who may read and answer the referrals sent to their agency; tipline staff grant it."""

    member = models.OneToOneField(AgencyMember, on_delete=models.CASCADE, related_name="+")
    granted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    granted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("investigator")
        verbose_name_plural = _("investigators")

    def __str__(self):
        return str(self.member)


class Outcome(models.TextChoices):
    INVESTIGATION_OPENED = "investigation_opened", _("Investigation opened")
    CHILD_PROTECTED = "child_protected", _("Child identified and protected")
    ARREST = "arrest", _("Arrest")
    CHARGES_LAID = "charges_laid", _("Charges laid")
    NO_FURTHER_ACTION = "no_further_action", _("No further action")


# Why a report goes to a recipient (tipline.referrals.suggest_recipient), stored as codes (`coded_detail`) that
# start with the kind of reason. A name (an agency, a hotline) is the last code, since it may hold any character.
PLACE_REASONS = {
    ("child", False): _("The child is in %(place)s: %(agency)s covers it."),
    ("child", True): _("The child is in %(place)s, postal code starting with %(prefix)s: %(agency)s covers it."),
    ("person", False): _("Where the child is was not given. The other person is in %(place)s: %(agency)s covers it."),
    ("person", True): _(
        "Where the child is was not given. The other person is in %(place)s, postal code starting with "
        "%(prefix)s: %(agency)s covers it."
    ),
}
HOTLINE_REASONS = {
    "child": _("The child is outside Canada, in %(country)s: %(hotline)s is that country’s hotline."),
    "person": _("The other person is outside Canada, in %(country)s: %(hotline)s is that country’s hotline."),
}
NATIONAL_REASONS = {
    "several": _("Linked reports come from several provinces or territories (%(provinces)s)."),
    "uncovered": _("No partner agency or hotline covers where the child or the other person is."),
    "unknown": _("Where the child and the other person are is not known."),
}


def word_reason(reason):
    """The words of a coded reason, or None for one stored as written (a referral sent before reasons were coded)."""
    kind, _sep, rest = reason.partition("|")
    try:
        if kind == "place":
            whose, province, prefix, agency = rest.split("|", 3)
            labels = {"place": Province(province).label, "prefix": prefix, "agency": agency}
            return PLACE_REASONS[whose, bool(prefix)] % labels
        if kind == "hotline":
            whose, country_en, country_fr, hotline = rest.split("|", 3)
            return HOTLINE_REASONS[whose] % {"country": either_language(country_en, country_fr), "hotline": hotline}
        if kind == "chosen":
            return _("Chosen by the analyst instead of the suggestion (%(suggested)s).") % {"suggested": rest or "—"}
        if kind in NATIONAL_REASONS:
            why = NATIONAL_REASONS[kind]
            if kind == "several":
                provinces, _sep, rest = rest.partition("|")
                why = why % {"provinces": provinces.replace(",", ", ")}
            if rest:  # the national fallback agency
                return "{} {}".format(why, _("%(agency)s, the national fallback, receives it.") % {"agency": rest})
            return "{} {}".format(why, _("There is no national fallback agency: choose who receives it."))
    except (ValueError, KeyError):
        pass
    return None


class Referral(models.Model):
    """A report sent to one agency (or one other country's hotline), with the package it was sent with.

    The report may be purged later: the referral then keeps its dates and outcome for the figures and
    loses its package and the link.
    """

    report = models.ForeignKey(Report, null=True, on_delete=models.SET_NULL, related_name="referrals")
    report_number = models.CharField(max_length=20, blank=True)
    agency = models.ForeignKey(Agency, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    hotline = models.ForeignKey(CountryHotline, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    # Why the analyst chose this recipient, as codes (`coded_detail`) that `reason_text` words in the reader's
    # language; a referral sent before reasons were coded keeps its English words.
    reason = models.CharField(max_length=400, blank=True)
    urgent = models.BooleanField(default=False)
    package = EncryptedJSONField(default=dict, blank=True)
    sent_at = models.DateTimeField(default=timezone.now, db_index=True)
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcome = models.CharField(max_length=30, choices=Outcome.choices, blank=True)
    outcome_at = models.DateTimeField(null=True, blank=True)
    outcome_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Reminders: sent once each, so a flagged referral is never nagged twice.
    reminded_at = models.DateTimeField(null=True, blank=True)
    outcome_requested_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        constraints = [
            models.UniqueConstraint(fields=["report", "agency"], name="one_referral_per_agency"),
            models.UniqueConstraint(fields=["report", "hotline"], name="one_referral_per_hotline"),
            models.CheckConstraint(
                condition=models.Q(agency__isnull=False, hotline__isnull=True)
                | models.Q(agency__isnull=True, hotline__isnull=False),
                name="referral_to_agency_or_hotline",
            ),
        ]

    def __str__(self):
        return f"{self.report_number} → {self.recipient_name}"

    @property
    def recipient_name(self):
        return str(self.agency or self.hotline or "")

    @property
    def reason_text(self):
        worded = word_reason(self.reason)
        return self.reason if worded is None else worded


class ReferralQuestion(models.Model):
    """A question an investigator asks the analysts about a referral (encrypted: it may quote the case)."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="questions")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    text = EncryptedTextField()
    created_at = models.DateTimeField(default=timezone.now)
    token = models.UUIDField(unique=True, null=True, blank=True)  # the form's, so a resubmission adds nothing

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.referral_id} {self.created_at:%Y-%m-%d %H:%M}"
