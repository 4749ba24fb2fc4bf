"""Canadian postal codes: the shape of a code and of its first 3 characters, and which province each belongs to.

Shared by the agencies' addresses (resources) and the tipline's reports and referral partners.
"""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from resources.models import (
    Province,
    check_postal_code_province,
    check_postal_prefix,
    normalize_postal_code,
    normalize_postal_prefix,
)

# One forward sortation area (the first 3 characters) in each province and territory.
SOME_PREFIX_IN = {
    "NL": "A1A", "NS": "B3H", "PE": "C1A", "NB": "E1C", "QC": "H2X", "ON": "K7A", "MB": "R3C",
    "SK": "S4P", "AB": "T2P", "BC": "V6B", "NT": "X1A", "NU": "X0A", "YT": "Y1A",
}  # fmt: skip


def message(check, *args):
    with pytest.raises(ValidationError) as error:
        check(*args)
    return error.value.messages


@pytest.mark.parametrize("typed", ["k1a0b1", "K1A 0B1", " k1a  0b1 ", "K1A\t0B1"])
def test_a_postal_code_is_written_in_capitals_with_one_space(typed):
    assert normalize_postal_code(typed) == "K1A 0B1"


@pytest.mark.parametrize("typed", ["", "12345", "D1A 0B1", "K1A 0B", "K1A 0B12", "KIA 0B1", "K1A 0D1", "W1A 0B1"])
def test_anything_but_a_canadian_postal_code_is_refused(typed):
    assert message(normalize_postal_code, typed) == ["Enter a Canadian postal code, such as K1A 0B1."]


@pytest.mark.parametrize("province", Province.values)
def test_a_postal_code_belongs_to_the_province_its_first_letter_names(province):
    code = normalize_postal_code(f"{SOME_PREFIX_IN[province]}1B2")
    check_postal_code_province(code, province)
    for other in Province.values:
        if SOME_PREFIX_IN[other][0] != code[0]:
            with pytest.raises(ValidationError):
                check_postal_code_province(code, other)


def test_a_postal_code_in_another_province_is_refused_in_both_languages():
    assert message(check_postal_code_province, "K7A 1B2", "BC") == ["Postal code K7A 1B2 is not in British Columbia."]
    with translation.override("fr"):
        assert message(check_postal_code_province, "K7A 1B2", "BC") == [
            "Le code postal K7A 1B2 ne correspond pas à la province ou au territoire choisi (Colombie-Britannique)."
        ]


@pytest.mark.parametrize(("code", "province"), [("", "ON"), ("K7A 1B2", "")])
def test_without_a_postal_code_or_a_province_there_is_nothing_to_compare(code, province):
    check_postal_code_province(code, province)


@pytest.mark.parametrize(("typed", "prefix"), [(" k7a ", "K7A"), ("k7a 1b2", "K7A"), ("K 7 A", "K7A"), ("", "")])
def test_a_postal_prefix_is_the_first_3_characters_in_capitals(typed, prefix):
    assert normalize_postal_prefix(typed) == prefix


@pytest.mark.parametrize("province", Province.values)
def test_a_postal_prefix_belongs_to_the_province_its_first_letter_names(province):
    prefix = SOME_PREFIX_IN[province]
    check_postal_prefix(prefix, province)
    for other in Province.values:
        if SOME_PREFIX_IN[other][0] != prefix[0]:
            with pytest.raises(ValidationError):
                check_postal_prefix(prefix, other)


@pytest.mark.parametrize("province", ["", "XX"])
def test_a_postal_prefix_without_a_province_in_canada_is_checked_for_its_shape_only(province):
    check_postal_prefix("K7A", province)
    assert message(check_postal_prefix, "D7A", province) == [
        "“D7A” is not the start of a Canadian postal code. Give its first 3 characters, such as K7A."
    ]


@pytest.mark.parametrize("prefix", ["12A", "K7", "KKA", "K7D", "W7A", "Z7A", "K7AB"])
def test_anything_but_the_start_of_a_canadian_postal_code_is_refused(prefix):
    assert message(check_postal_prefix, prefix, "ON") == [
        f"“{prefix}” is not the start of a Canadian postal code. Give its first 3 characters, such as K7A."
    ]


def test_a_postal_prefix_in_another_province_is_refused_in_both_languages():
    assert message(check_postal_prefix, "H2X", "ON") == ["Postal codes starting with H2X are not in Ontario."]
    with translation.override("fr"):
        assert message(check_postal_prefix, "H2X", "ON") == [
            "Les codes postaux qui commencent par H2X ne sont pas dans cette province ou ce territoire\u00a0: Ontario."
        ]
