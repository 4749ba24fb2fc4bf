"""An order's progress as the officer sees it: the steps it has passed, the one it is at, and those to come."""

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext as _

from resources.models import Order

Status = Order.Status
# The way an order normally goes; "needs review" shows only for an order that was (or is) reviewed.
PATH = [Status.NEEDS_REVIEW, Status.APPROVED, Status.PACKING, Status.SHIPPED, Status.DELIVERED]
ENDED = {Status.CANCELLED, Status.DECLINED}


@dataclass
class Step:
    label: str
    at: datetime | None
    state: str  # "done", "current" or "upcoming"


def order_timeline(order, events):
    """The steps of `order` with the date each was reached, from its events (oldest first)."""
    reached = {event.to_status: event.at for event in events}
    steps = [Step(_("Placed"), order.created_at, "done")]
    path = [status for status in PATH if status != Status.NEEDS_REVIEW or status in reached or order.status == status]
    if order.status in ENDED:
        steps += [Step(status.label, reached[status], "done") for status in path if status in reached]
        steps.append(Step(Status(order.status).label, reached.get(order.status), "current"))
        return steps
    current = path.index(order.status)
    for index, status in enumerate(path):
        state = "done" if index < current else "current" if index == current else "upcoming"
        steps.append(Step(status.label, reached.get(status) if index <= current else None, state))
    return steps
