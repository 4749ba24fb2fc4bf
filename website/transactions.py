"""Deadlocks and serialization failures: retried once, then answered with "try again", never a 500."""

from functools import partial, wraps

from django.core.exceptions import ValidationError
from django.db import OperationalError, transaction
from django.utils.translation import gettext as _

# SQLSTATE codes (the same for every PostgreSQL driver): the database gave up one transaction so the
# others could go on. Running it again usually succeeds.
SERIALIZATION_FAILURE = "40001"
DEADLOCK_DETECTED = "40P01"
CONFLICTS = {SERIALIZATION_FAILURE, DEADLOCK_DETECTED}


class TryAgain(ValidationError):
    """Someone else was changing the same rows at that moment; nothing was changed."""


def is_conflict(error):
    """Whether an OperationalError is a deadlock or a serialization failure.

    Django wraps the driver's exception; its SQLSTATE is `sqlstate` with psycopg 3 and `pgcode`
    with psycopg 2, so no driver's exception class is named here.
    """
    cause = error.__cause__
    return (getattr(cause, "sqlstate", None) or getattr(cause, "pgcode", None)) in CONFLICTS


def retry_once_on_conflict(function=None, *, message=None):
    """Run a function that opens its own transaction again once after a conflict, then raise TryAgain.

    Inside a caller's transaction it cannot be run again (the caller's locks are still held, and the
    caller decides), so a conflict there becomes TryAgain at once. `message` (lazy, translated when
    raised) names what was being changed; without it, orders or stock.
    """
    if function is None:
        return partial(retry_once_on_conflict, message=message)

    @wraps(function)
    def wrapper(*args, **kwargs):
        attempts = 1 if transaction.get_connection().in_atomic_block else 2
        for _attempt in range(attempts):
            try:
                return function(*args, **kwargs)
            except OperationalError as error:
                if not is_conflict(error):
                    raise
        raise TryAgain(
            str(message)
            if message
            else _(
                "Someone else was changing the same orders or stock at that moment, so nothing was changed. Try again."
            ),
            code="try_again",
        )

    return wrapper
