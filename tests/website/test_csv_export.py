"""CSV downloads open in a spreadsheet as written: UTF-8 with a byte order mark, and no cell runs as a formula."""

import codecs
import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from website.csv_export import csv_response, safe_cell


@pytest.mark.parametrize("text", ["=1+2", "+1", "-1", "@SUM(A1)", "\tcmd", "\r=1", "=", "-"])
def test_text_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["", "Riverbend", "1-800", "'=1", " =1", "Rivière-des-Cèdres", "a=b"])
def test_other_text_is_written_as_it_is(text):
    assert safe_cell(text) == text


@pytest.mark.parametrize("number", [0, 150, -15, 2.5])
def test_numbers_stay_numbers_even_when_negative(number):
    assert safe_cell(number) == number


def test_nothing_is_an_empty_cell():
    assert safe_cell(None) == ""


@given(st.text())
def test_any_text_survives_a_round_trip_and_never_starts_a_formula(text):
    response = csv_response("any.csv", ["text"], [[text]])
    assert response.content.startswith(codecs.BOM_UTF8)
    [_header, [cell]] = csv.reader(io.StringIO(response.content.decode("utf-8-sig"), newline=""))
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell == text or cell == "'" + text


def test_the_file_is_a_download_with_its_name():
    response = csv_response("print-orders.csv", ["a"], [])
    assert response["Content-Disposition"] == 'attachment; filename="print-orders.csv"'
    assert response["Content-Type"] == "text/csv; charset=utf-8"
