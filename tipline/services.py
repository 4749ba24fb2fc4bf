"""What happens to a report from the public side: normalising what was given, saving it, linking it, following up."""

import secrets
import uuid
from urllib.parse import urlsplit, urlunsplit

from django.contrib.auth.hashers import check_password, make_password
from django.db import IntegrityError, transaction
from django.db.models import Q

from tipline.alerts import alert_on_call
from tipline.crypto import fingerprint
from tipline.models import Addition, Answer, AuditEntry, Fingerprint, Report

# No 0/O or 1/I/L: the code is read from a screen and typed back, often on a phone.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise_url(value):
    """A web address as the tipline keeps it: lower-case scheme and host, no default port, no fragment.

    Raises ValueError for anything that is not an http(s) address with a host.
    """
    parts = urlsplit(value.strip())
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValueError(value)
    host = parts.hostname.rstrip(".").encode("idna").decode("ascii").lower()
    port = parts.port  # raises ValueError for a port that is not a number
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    return urlunsplit((scheme, netloc, path, parts.query, ""))


def url_fingerprint(url):
    """The same address by http or https, with or without "www.", has one fingerprint."""
    parts = urlsplit(normalise_url(url))
    host = parts.netloc.removeprefix("www.")
    return fingerprint("url:" + urlunsplit(("", host, parts.path, parts.query, "")))


def normalise_username(value):
    return value.strip().removeprefix("@").strip()


def username_fingerprint(username):
    return fingerprint("username:" + normalise_username(username).casefold())


def new_follow_up_code():
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def fingerprints_of(report):
    digests = {(Fingerprint.Kind.URL, url_fingerprint(url)) for url in report.urls}
    digests |= {
        (Fingerprint.Kind.USERNAME, username_fingerprint(name))
        for name in [*report.usernames, *report.person_usernames]
        if normalise_username(name)
    }
    return [Fingerprint(report=report, kind=kind, digest=digest) for kind, digest in sorted(digests)]


def submit_report(fields, language, submission_token=None):
    """Save a report from the public form; returns (report, follow-up code), or (earlier report, None)
    when this form was already submitted (a reload of the confirmation)."""
    if submission_token and (earlier := Report.objects.filter(submission_token=submission_token).first()):
        return earlier, None
    code = new_follow_up_code()
    report = Report(**fields, language=language, submission_token=submission_token or uuid.uuid4())
    report.urgent = report.danger == Answer.YES
    report.follow_up_code_hash = make_password(code.replace("-", ""))
    try:
        with transaction.atomic():
            report.save()
            report.assign_number()
            Fingerprint.objects.bulk_create(fingerprints_of(report))
            if report.urgent:
                alert_on_call(report)
    except IntegrityError:
        # The same form sent twice at once: the other request saved it.
        return Report.objects.get(submission_token=submission_token), None
    return report, code


def linked_reports(report):
    """Other reports that share an address or a username with this one."""
    digests = Fingerprint.objects.filter(report=report).values("digest")
    return Report.objects.filter(Q(fingerprints__digest__in=digests)).exclude(pk=report.pk).distinct()


def linked_counts(report_ids):
    """How many other reports each of these reports is linked to, in one query."""
    rows = Fingerprint.objects.filter(
        digest__in=Fingerprint.objects.filter(report_id__in=report_ids).values("digest")
    ).values_list("report_id", "digest")
    by_digest, digests_of = {}, {}
    for report_id, digest in rows:
        by_digest.setdefault(digest, set()).add(report_id)
        digests_of.setdefault(report_id, set()).add(digest)
    counts = {}
    for report_id in report_ids:
        others = (
            set().union(*(by_digest[d] for d in digests_of.get(report_id, ()))) if report_id in digests_of else set()
        )
        counts[report_id] = len(others - {report_id})
    return counts


def find_report(number, code):
    """The report with this number, if `code` is its follow-up code; else None (the same answer for both)."""
    report = Report.objects.filter(number=number.strip().upper()).first()
    typed = code.strip().upper().replace("-", "").replace(" ", "")
    if report is None or not report.follow_up_code_hash:
        make_password(typed)  # as slow as a real check, so timing does not tell which numbers exist
        return None
    return report if check_password(typed, report.follow_up_code_hash) else None


def add_information(report, text):
    with transaction.atomic():
        addition = Addition.objects.create(report=report, text=text)
        AuditEntry.objects.create(report=report, report_number=report.number, action=AuditEntry.Action.ADDITION)
    return addition
