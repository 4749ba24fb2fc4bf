"""The print catalogue (resources, editions, stock) and the agencies that order from it (accounts, baskets, orders).

One module per concern; everything is re-exported here, so `from resources.models import Order` keeps working.
"""

from resources.models.agencies import Agency, AgencyAddress, AgencyMember
from resources.models.canada import (
    POSTAL_CODE,
    POSTAL_CODE_FIRST_LETTERS,
    POSTAL_PREFIX,
    Address,
    Province,
    check_postal_code_province,
    check_postal_prefix,
    normalize_postal_code,
    normalize_postal_prefix,
    province_choices,
)
from resources.models.catalogue import (
    CARRIER_NAMES,
    EDITION_LANGUAGES_IN_TEXT,
    EDITION_NAMES,
    EditionLanguage,
    OrderingSettings,
    PrintCataloguePage,
    PrintEdition,
    PrintFormat,
    PrintResourcePage,
)
from resources.models.orders import Basket, BasketLine, Order, OrderEvent, OrderLine
from resources.models.outbox import OutgoingEmail
from resources.models.stock import RestockRequest, StockItem, StockMovement

__all__ = [
    "CARRIER_NAMES",
    "EDITION_LANGUAGES_IN_TEXT",
    "EDITION_NAMES",
    "POSTAL_CODE",
    "POSTAL_CODE_FIRST_LETTERS",
    "POSTAL_PREFIX",
    "Address",
    "Agency",
    "AgencyAddress",
    "AgencyMember",
    "Basket",
    "BasketLine",
    "EditionLanguage",
    "Order",
    "OrderEvent",
    "OrderLine",
    "OrderingSettings",
    "OutgoingEmail",
    "PrintCataloguePage",
    "PrintEdition",
    "PrintFormat",
    "PrintResourcePage",
    "Province",
    "RestockRequest",
    "StockItem",
    "StockMovement",
    "check_postal_code_province",
    "check_postal_prefix",
    "normalize_postal_code",
    "normalize_postal_prefix",
    "province_choices",
]
