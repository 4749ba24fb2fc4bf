"""Demo content for the tipline: an analyst, a dozen non-graphic reports across types, provinces and states,
a directory of service providers with notices sent (one content removed), and the "Tipline in figures" page.

Every address is on a reserved example domain. Two reports share an address (so they are linked) and
one is urgent. Each report is written in its reporter's language, as analysts would see it. The reports
sent to police or to a hotline are sent by tipline/demo_referrals.py, through the referral services.
"""

import os
import secrets
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from resources.models import OutgoingEmail
from tipline import demo_referrals
from tipline.models import ANALYSTS_GROUP, ProviderNotice, Report, ServiceProvider, TiplineFiguresPage
from tipline.notices import mark_removed, resend_due_notices, send_notice
from tipline.services import submit_report
from tipline.workflow import classify, decide
from website.bilingual import H, T
from website.demo_content import ensure_french, get_or_create_child

Status = Report.Status
ANALYST = {"email": "sam.tremblay@northbridge.example", "first_name": "Sam", "last_name": "Tremblay"}

# (hours ago, language, fields, decisions as (status, close reason), classification or None)
REPORTS = [
    (0.5, "en", {
        "report_type": "luring", "danger": "yes", "province": "ON", "child_postal_prefix": "K7A",
        "child_age_range": "10-12",
        "reporter_role": "other", "platform": "roblox", "usernames": ["blockbuilder_77"],
        "meeting_planned": "yes", "images_exchanged": "unknown",
        "description": "An adult who says he is 14 has been chatting with my little sister in a game. He told her "
                       "to meet him at the park after school today and not to tell anyone.",
        "reporter_name": "Alex P.", "reporter_email": "alex.p@example.net",
    }, [], None),
    (30, "fr", {
        "report_type": "csam", "danger": "unknown", "province": "QC", "child_age_range": "6-9",
        "platform": "website", "urls": ["https://files.example/share/a81"],
        "description": "Un lien publié dans un forum mène à un dossier partagé qui semble contenir des images "
                       "d’exploitation sexuelle d’enfants. Je n’ai pas ouvert les fichiers.",
    }, [(Status.IN_REVIEW, "")], ("csam", "163.1")),
    (4, "en", {
        "report_type": "csam", "danger": "unknown", "province": "BC", "child_age_range": "unknown",
        "platform": "website", "urls": ["http://www.files.example/share/a81/"],
        "description": "Someone posted this link in a comment section. The page title suggests it holds sexual "
                       "images of children. I closed it right away.",
    }, [], None),
    (20, "en", {
        "report_type": "sextortion", "danger": "no", "province": "ON", "child_age_range": "16-17",
        "reporter_role": "child", "platform": "instagram", "usernames": ["jess.daily.vibes"],
        "person_usernames": ["maddie_x_2008"], "reporter_is_person_shown": "yes", "images_shared": "no",
        "being_threatened": "yes",
        "description": "Someone pretending to be a girl from another school got me to send a photo. Now they say "
                       "they will send it to my friends unless I pay them $300 in gift cards.",
        "reporter_email": "jordan.teen@example.org",
    }, [(Status.IN_REVIEW, "")], None),
    (120, "fr", {
        "report_type": "intimate_images", "danger": "no", "province": "QC", "child_age_range": "13-15",
        "reporter_role": "parent", "platform": "snapchat", "usernames": ["xavier.qc.04"],
        "reporter_is_person_shown": "no", "images_shared": "yes", "being_threatened": "no",
        "description": "Une photo intime de ma fille de 14 ans circule dans un groupe de son école. Un élève "
                       "l’a partagée sans son accord.",
        "reporter_email": "parent.qc@example.org", "child_postal_prefix": "G0A",
    }, [(Status.IN_REVIEW, "")], ("intimate_images", "163.1")),
    (400, "en", {
        "report_type": "exploitation", "danger": "unknown", "province": "AB", "child_age_range": "16-17",
        "urls": ["https://classifieds.example/ads/9931"],
        "description": "An online ad seems to offer time with a young girl for money. The wording makes me "
                       "think she might be under 18, but I am not sure.",
    }, [(Status.IN_REVIEW, ""), (Status.CLOSED, "content_gone")], None),
    (72, "en", {
        "report_type": "travel", "danger": "unknown", "province": "NS", "child_age_range": "unknown",
        "urls": ["https://travelforum.example/t/5521"],
        "description": "A man on a travel forum is asking where he can find children to be alone with on a "
                       "trip abroad next month.",
        "person_province": "XX", "person_country": "US",
    }, [(Status.IN_REVIEW, "")], ("travel", "7(4.1)")),
    (50, "en", {
        "report_type": "explicit_to_child", "danger": "no", "province": "SK", "child_age_range": "10-12",
        "reporter_role": "parent", "platform": "discord", "usernames": ["nightowl_gamer"],
        "description": "My son, 11, got a private message with a link to an adult video from a user in a gaming "
                       "server. He showed me right away.",
        "reporter_email": "parent.sk@example.com",
    }, [(Status.IN_REVIEW, ""), (Status.NEEDS_INFO, "")], None),
    (10, "fr", {
        "report_type": "luring", "danger": "no", "province": "NB", "child_age_range": "13-15",
        "reporter_role": "child", "platform": "tiktok", "usernames": ["coach.marc.nb"],
        "meeting_planned": "no", "images_exchanged": "yes",
        "description": "Un adulte qui dit être entraîneur me demande des photos de moi en maillot et veut que "
                       "je garde ça secret.",
    }, [], None),
    (300, "en", {
        "report_type": "other", "danger": "no", "province": "YT", "child_age_range": "unknown",
        "urls": ["https://news.example/story/118"],
        "description": "A news site comment section has people sharing rumours about a local coach. Nothing "
                       "about a child being harmed online.",
    }, [(Status.IN_REVIEW, ""), (Status.CLOSED, "outside_mandate")], None),
    (100, "en", {
        "report_type": "sextortion", "danger": "no", "province": "NL", "child_age_range": "13-15",
        "reporter_role": "parent", "platform": "snapchat", "usernames": ["rich.kid.2k"],
        "reporter_is_person_shown": "no", "images_shared": "unknown", "being_threatened": "yes",
        "urls": ["https://videos.example.net/p/7731"],
        "description": "My son is being asked for money by someone who says they have a video of him. They sent "
                       "him this link and say the video will be public unless he pays. He is scared and has stopped "
                       "going to school.",
        "reporter_phone": "709-555-0148", "police_may_contact": True,
    }, [(Status.IN_REVIEW, "")], ("sextortion", "346")),
    (90, "en", {
        "report_type": "csam", "danger": "unknown", "province": "NU", "child_age_range": "unknown",
        "urls": ["https://imagehost.example/v/0042"],
        "description": "An image hosting page found through a search appears to show abuse of a child. I did "
                       "not save or share anything.",
    }, [(Status.IN_REVIEW, "")], ("csam", "163.1")),
]  # fmt: skip


def load_analyst(stdout):
    User = get_user_model()
    analyst = User.objects.filter(username=ANALYST["email"]).first()
    if analyst is None:
        password = os.environ.get("DEMO_ANALYST_PASSWORD") or os.environ.get("DEMO_OFFICER_PASSWORD")
        password = password or secrets.token_urlsafe(10)
        analyst = User.objects.create_user(
            username=ANALYST["email"], email=ANALYST["email"], password=password,
            first_name=ANALYST["first_name"], last_name=ANALYST["last_name"],
        )  # fmt: skip
        analyst.groups.add(Group.objects.get(name=ANALYSTS_GROUP))
        stdout.write(f"Tipline analyst: {ANALYST['email']} / {password}")
    return analyst


def load_reports(analyst):
    """The demo reports, made and decided through the same services as real ones (only once)."""
    if Report.objects.exists():
        return
    now = timezone.now()
    first_email = OutgoingEmail.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    for hours_ago, language, fields, decisions, classification in REPORTS:
        report, _ = submit_report(dict(fields), language)
        received = now - timedelta(hours=hours_ago)
        Report.objects.filter(pk=report.pk).update(received_at=received)
        report.refresh_from_db()
        if classification:
            report = classify(report, analyst, *classification)
        for status, reason in decisions:
            report = decide(report, status, analyst, reason=reason)
    # No one really reported: the alerts and the messages to reporters are not sent.
    OutgoingEmail.objects.filter(pk__gt=first_email, sent_at=None).update(
        sent_at=now, last_error="Demo content: not sent"
    )


PROVIDERS = [
    {"name": "Example Hosting Inc.", "domains": "example.net\nimagehost.example", "abuse_email": "abuse@example.net",
     "language": "both"},
    {"name": "Hébergement Exemple inc.", "domains": "files.example", "abuse_email": "abus@example.com",
     "language": "fr"},
    {"name": "Sample Classifieds Ltd.", "domains": "classifieds.example", "abuse_email": "abuse@example.org",
     "language": "en"},
]  # fmt: skip

# (the report's address, hours ago first sent, hours ago removed or None)
NOTICES = [
    ("https://imagehost.example/v/0042", 80, 50),
    ("https://files.example/share/a81", 26, None),
]


def load_providers():
    for fields in PROVIDERS:
        provider = ServiceProvider.objects.filter(name=fields["name"]).first() or ServiceProvider(**fields)
        if provider.pk is None:
            provider.full_clean()
            provider.save()


def load_notices(analyst):
    """Notices sent through the same service as real ones: one removed 30 hours later, one re-sent once."""
    if ProviderNotice.objects.exists():
        return
    now = timezone.now()
    first_email = OutgoingEmail.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    for url, sent_hours_ago, removed_hours_ago in NOTICES:
        report = next((report for report in Report.objects.all() if url in report.urls), None)
        if report is None:
            continue
        notice = send_notice(report, report.urls.index(url), analyst, now=now - timedelta(hours=sent_hours_ago))
        if removed_hours_ago is not None:
            mark_removed(report, notice.pk, analyst, now=now - timedelta(hours=removed_hours_ago))
    resend_due_notices(now)
    # The providers are examples: their notices are not sent.
    OutgoingEmail.objects.filter(pk__gt=first_email, sent_at=None).update(
        sent_at=now, last_error="Demo content: not sent"
    )


FIGURES_PAGE = {
    "title": T("The tipline in figures", "La centrale de signalement en chiffres"),
    "slug": T("tipline-in-figures", "centrale-en-chiffres"),
    "summary": T(
        "How many reports the tipline received each year, and what became of them.",
        "Le nombre de signalements reçus chaque année par la centrale, et ce qu’il en est advenu.",
    ),
    "intro": T(
        "Every report is read by a trained analyst. These figures show, year by year, how many reports we received, "
        "how many we sent to police, and how quickly service providers took content down after our notice.",
        "Chaque signalement est lu par une personne formée à l’analyse. Ces chiffres montrent, année par année, combien "
        "de signalements nous avons reçus, combien nous en avons transmis à la police et en combien de temps les "
        "fournisseurs de services ont retiré le contenu après notre avis.",
    ),
    "body": [
        {"type": "heading", "value": {"text": T("How we count", "Notre façon de compter"), "level": "h2"}},
        {
            "type": "paragraph",
            "value": H(
                "<p>A report counts in the year we received it. A notice counts in the year we first sent it. The "
                "figures come straight from our records and stay the same after old reports are deleted, because "
                "we keep the counts.</p>",
                "<p>Un signalement est compté dans l’année de sa réception, et un avis, dans l’année de son "
                "premier envoi. Les chiffres viennent directement de nos dossiers et restent les mêmes après la "
                "suppression des anciens signalements, car nous conservons les totaux.</p>",
            ),
        },
    ],
}


def load_figures_page(loaded):
    home = loaded.get("website", {}).get("home")
    if home is None:
        return None
    page, _ = get_or_create_child(home, TiplineFiguresPage, FIGURES_PAGE)
    ensure_french(page, FIGURES_PAGE)
    return page


def load(stdout, loaded):
    analyst = load_analyst(stdout)
    load_reports(analyst)
    # Referrals (part 2): partners, investigators, hotlines, and some reports sent (tipline/demo_referrals.py).
    demo_referrals.load(analyst, stdout)
    load_providers()
    load_notices(analyst)
    return {"figures": load_figures_page(loaded)}
