"""Who receives a report: the suggestion, in order child's place, other person's place, national fallback."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from tests.factories import make_agency
from tests.tipline.factories import make_hotline, make_partner, make_report
from tipline.models import Referral, ReferralPartner
from tipline.referrals import suggest_recipient

pytestmark = pytest.mark.django_db


@pytest.fixture
def partners():
    riverbend, _ = make_partner("Riverbend Police Service", "ON", "K7A 1B2", prefixes="K7A K0G")
    ontario, _ = make_partner("Ontario Provincial Police Demo", "ON", "K1A 0B1")
    quebec, _ = make_partner("Service de police de Québec Demo", "QC", "G1R 4S9")
    national, _ = make_partner("National Coordination Unit", "ON", "K2P 1L4", fallback=True)
    return riverbend, ontario, quebec, national


def test_the_childs_postal_prefix_beats_the_province_wide_partner(partners):
    riverbend, _ontario, *_ = partners
    report, _ = make_report(province="ON", child_postal_prefix="K7A", urls=[], usernames=[])
    suggestion = suggest_recipient(report)
    assert suggestion.agency == riverbend
    assert "K7A" in suggestion.reason
    assert "Riverbend Police Service" in suggestion.reason


def test_without_a_matching_prefix_the_province_wide_partner_receives_it(partners):
    _riverbend, ontario, *_ = partners
    report, _ = make_report(province="ON", child_postal_prefix="M5V", urls=[], usernames=[])
    suggestion = suggest_recipient(report)
    assert suggestion.agency == ontario
    assert suggestion.reason == "The child is in Ontario: Ontario Provincial Police Demo covers it."


def test_the_childs_place_comes_before_the_other_persons(partners):
    _r, ontario, _quebec, _n = partners
    report, _ = make_report(province="ON", person_province="QC", urls=[], usernames=[])
    assert suggest_recipient(report).agency == ontario


def test_when_the_childs_place_is_unknown_the_other_persons_place_decides(partners):
    riverbend, _o, quebec, _n = partners
    report, _ = make_report(province="", person_province="QC", urls=[], usernames=[])
    suggestion = suggest_recipient(report)
    assert suggestion.agency == quebec
    assert "The other person is in Quebec" in suggestion.reason
    report, _ = make_report(province="", person_province="ON", person_postal_prefix="K0G", urls=[], usernames=[])
    assert suggest_recipient(report).agency == riverbend


def test_an_unknown_place_goes_to_the_national_fallback_and_says_so(partners):
    *_, national = partners
    report, _ = make_report(province="", urls=[], usernames=[])
    suggestion = suggest_recipient(report)
    assert suggestion.agency == national
    assert suggestion.reason.startswith("Where the child and the other person are is not known.")


def test_a_place_no_partner_covers_goes_to_the_national_fallback(partners):
    *_, national = partners
    report, _ = make_report(province="MB", urls=[], usernames=[])
    suggestion = suggest_recipient(report)
    assert suggestion.agency == national
    assert "No partner agency or hotline covers" in suggestion.reason


def test_linked_reports_in_several_provinces_go_to_the_national_fallback(partners):
    *_, national = partners
    make_report(province="QC", urls=["https://files.example/share/1"], usernames=[])
    report, _ = make_report(province="ON", child_postal_prefix="K7A", urls=["https://files.example/share/1"])
    suggestion = suggest_recipient(report)
    assert suggestion.agency == national
    assert "several provinces or territories (ON, QC)" in suggestion.reason


def test_a_child_outside_canada_goes_to_that_countrys_hotline(partners):
    hotline = make_hotline("FR", "France", "France", "Point de Contact (demo)")
    report, _ = make_report(province="XX", child_country="FR", urls=[], usernames=[])
    suggestion = suggest_recipient(report)
    assert suggestion.hotline == hotline
    assert suggestion.agency is None
    assert "in France" in suggestion.reason


def test_outside_canada_without_a_known_hotline_falls_back_to_the_other_person_then_national(partners):
    _r, _o, quebec, national = partners
    report, _ = make_report(province="XX", child_country="", person_province="QC", urls=[], usernames=[])
    assert suggest_recipient(report).agency == quebec
    report, _ = make_report(province="XX", child_country="", urls=[], usernames=[])
    assert suggest_recipient(report).agency == national


def test_agencies_that_stopped_receiving_referrals_are_never_suggested(partners):
    riverbend, ontario, *_ = partners
    ReferralPartner.objects.filter(agency=riverbend).update(receives_referrals=False)
    report, _ = make_report(province="ON", child_postal_prefix="K7A", urls=[], usernames=[])
    assert suggest_recipient(report).agency == ontario


def test_without_any_fallback_the_suggestion_asks_the_analyst_to_choose():
    report, _ = make_report(province="", urls=[], usernames=[])
    suggestion = suggest_recipient(report)
    assert suggestion.agency is None
    assert suggestion.hotline is None
    assert "choose who receives it" in suggestion.reason


def test_a_partners_prefixes_are_checked_against_its_province():
    agency, _ = make_agency("Prefix Police", province="ON")
    partner = ReferralPartner(agency=agency, province="ON", postal_prefixes="k7a, H2X zz1")
    with pytest.raises(ValidationError) as error:
        partner.full_clean()
    messages = error.value.message_dict["postal_prefixes"]
    assert any("H2X are not in Ontario" in message for message in messages)
    assert any("“ZZ1” is not the start of a Canadian postal code" in message for message in messages)
    partner.postal_prefixes = "k7a,  K0G k7a"
    partner.full_clean()
    assert partner.postal_prefixes == "K7A K0G"


def test_there_is_only_one_national_fallback():
    make_partner("First National", fallback=True)
    agency, _ = make_agency("Second National", province="ON")
    with pytest.raises(ValidationError, match="already the national fallback"):
        ReferralPartner(agency=agency, is_national_fallback=True).full_clean()


# A referral stores its reason as codes, worded when read: one of each kind `suggest_recipient` and
# `send_referral` write.
REASON_CODES = [
    "place|child|ON||Ontario Provincial Police Demo",
    "place|child|ON|K7A|Riverbend Police Service",
    "place|person|QC||Service de police de Québec Demo",
    "place|person|QC|G1R|Service de police de Québec Demo",
    "hotline|child|United States|États-Unis|NCMEC (demo)",
    "hotline|person|United States|États-Unis|NCMEC (demo)",
    "several|ON,QC|National Coordination Unit",
    "several|ON,QC|",
    "uncovered|National Coordination Unit",
    "unknown|",
    "chosen|Riverbend Police Service",
]


@pytest.mark.parametrize("code", REASON_CODES)
def test_each_reason_a_referral_stores_reads_in_the_readers_language(code):
    with translation.override("en"):
        english = Referral(reason=code).reason_text
    with translation.override("fr"):
        french = Referral(reason=code).reason_text
    assert english != french
    assert "|" not in english + french  # worded, not read as stored
    name = code.rsplit("|", 1)[1]
    assert name in english
    assert name in french


def test_a_hotlines_country_is_named_in_the_readers_language(partners):
    make_hotline("US", "United States", "États-Unis", "NCMEC (demo)")
    report, _ = make_report(province="XX", child_country="US", urls=[], usernames=[])
    why = suggest_recipient(report).why
    with translation.override("fr"):
        assert "(pays\u00a0: États-Unis)" in Referral(reason=why).reason_text
    with translation.override("en"):
        assert "in United States" in Referral(reason=why).reason_text


def test_a_reason_stored_as_words_before_reasons_were_coded_reads_as_stored():
    assert Referral(reason="Sent by the analyst on the phone’s advice.").reason_text == (
        "Sent by the analyst on the phone’s advice."
    )
