"""Order emails: written in the officer's language, saved with the change they report, sent by a task afterwards.

The email row is part of the order's transaction, so it exists exactly when the change does. After the
commit a task sends it; if the mail server is down the row stays pending (the order is untouched) and
`manage.py send_pending_emails` (run by the worker every few minutes) sends it once the server is back.
"""

import logging
import re

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

from resources.models import OutgoingEmail

logger = logging.getLogger(__name__)


def queue_email(to, template, context, language):
    """Save an email rendered in `language` and send it once the current transaction commits."""
    # The site's address, so emails can link to the pages they are about (an order's page).
    context = {"site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"), **context}
    with translation.override(language):
        # One line, but French no-break spaces (« Stock faible : ») stay: str.split() would break them.
        subject = re.sub(r"[ \t\r\n]+", " ", render_to_string(f"{template}_subject.txt", context)).strip()
        body = render_to_string(f"{template}.txt", context)
        try:
            html_body = render_to_string(f"{template}.html", context)
        except TemplateDoesNotExist:
            html_body = ""
    email = OutgoingEmail.objects.create(to=to, subject=subject, body=body, html_body=html_body)
    transaction.on_commit(lambda: enqueue_delivery(email.pk))
    return email


def enqueue_delivery(email_id):
    try:
        deliver_email.enqueue(email_id)
    except Exception:  # a queue outage must not turn a committed order into an error page
        logger.exception("Could not queue email %s; send_pending_emails will send it", email_id)


@task()
def deliver_email(email_id):
    """Send one saved email, once. A failure leaves it pending for the next run."""
    return send_saved_email(email_id)


def send_saved_email(email_id):
    with transaction.atomic():
        email = OutgoingEmail.objects.select_for_update(skip_locked=True).filter(pk=email_id, sent_at=None).first()
        if email is None:
            return "already sent or being sent"
        email.attempts += 1
        try:
            message = EmailMultiAlternatives(email.subject, email.body, settings.DEFAULT_FROM_EMAIL, [email.to])
            if email.html_body:
                message.attach_alternative(email.html_body, "text/html")
            message.send()
        except Exception as error:  # the mail server is down or refuses: keep the email, try later
            email.last_error = f"{type(error).__name__}: {error}"[:2000]
            email.save(update_fields=["attempts", "last_error"])
            logger.warning("Email %s not sent (attempt %s): %s", email.pk, email.attempts, email.last_error)
            return "failed"
        email.sent_at = timezone.now()
        email.last_error = ""
        email.save(update_fields=["attempts", "last_error", "sent_at"])
        return "sent"


def send_pending_emails():
    """Try every pending email once, oldest first; returns how many were sent."""
    pending = OutgoingEmail.objects.filter(sent_at=None).order_by("created_at", "pk").values_list("pk", flat=True)
    return sum(send_saved_email(email_id) == "sent" for email_id in list(pending))
