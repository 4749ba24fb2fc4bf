"""CSV downloads for staff: readable by Excel, and no cell that a spreadsheet would run as a formula."""

import csv
from numbers import Number

from django.http import HttpResponse
from django.utils.http import content_disposition_header

# OWASP "CSV Injection": a spreadsheet runs a cell that starts with one of these as a formula. Tab and
# carriage return count too, as some spreadsheets strip them and then read what follows.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """The cell as a spreadsheet should show it: text that could start a formula gets a leading quote.

    Numbers stay numbers, so a spreadsheet can still add them up (a number is never a formula, even
    when negative). Everything else, names and titles that users or editors typed included, is text.
    """
    if value is None:
        return ""
    if isinstance(value, Number):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_response(filename, header, rows):
    """A CSV file to download: a header row, then one row per item of `rows` (each a sequence of cells)."""
    response = HttpResponse(
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": content_disposition_header(as_attachment=True, filename=filename)},
    )
    # Without a byte order mark, Excel reads UTF-8 as the system's code page: "RiviÃ¨re-des-CÃ¨dres".
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([safe_cell(cell) for cell in header])
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return response
