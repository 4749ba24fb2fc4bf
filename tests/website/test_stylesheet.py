"""What the stylesheet does where a browser lacks a feature it relies on."""

import re
from pathlib import Path

from django.contrib.staticfiles import finders


def rules(css):
    """Each style rule as (the at-rules around it, its selector, its declarations); comments left out."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    preludes, start = [], 0
    for brace in re.finditer(r"[{}]", css):
        if brace.group() == "{":
            preludes.append(css[start : brace.start()].strip())
        else:
            prelude = preludes.pop()
            if not prelude.startswith("@"):
                yield tuple(preludes), prelude, css[start : brace.start()].strip()
        start = brace.end()


def test_the_menu_button_is_hidden_only_where_a_closed_disclosure_can_still_show_the_menu():
    """A browser without ::details-content keeps a closed <details>' content hidden whatever the stylesheet says:
    there the Menu button must stay, or the desktop menu could not be reached at all."""
    css = Path(finders.find("website/css/site.css")).read_text(encoding="utf-8")
    hiding = [
        at_rules
        for at_rules, selector, declarations in rules(css)
        if ".site-menu__toggle" in [part.strip() for part in selector.split(",")]
        and re.search(r"display:\s*none", declarations)
    ]
    assert hiding  # the desktop layout still hides it somewhere
    for at_rules in hiding:
        assert any("@supports selector(::details-content)" in at_rule for at_rule in at_rules), at_rules
