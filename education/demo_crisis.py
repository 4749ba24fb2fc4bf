"""Demo crisis guides as they should read: the "what to do right now" box first, before the explanations."""

from django.core.exceptions import ImproperlyConfigured

# Crisis guides (sextortion, intimate images, luring) and the heading of the section that says what to do now.
RIGHT_NOW_SECTIONS = {
    "sextortion-what-parents-need-to-know": "If your child tells you it is happening",
    "if-someone-is-threatening-to-share-your-pictures": "What to do right now",
    "nudes-pressure-consent-and-the-law": "If your image has been shared",
    "recognizing-online-grooming": "If you believe a child is being groomed",
    "when-an-online-friendship-feels-wrong": "If you are already in deep",
}


def right_now_first(slug, body):
    """The guide's body with its "what to do now" section made the right_now box, placed first."""
    heading = RIGHT_NOW_SECTIONS.get(slug)
    if heading is None:
        return body
    for index, block in enumerate(body):
        if block["type"] == "heading" and block["value"]["text"].en == heading:
            steps = body[index + 1]
            box = {"type": "right_now", "value": {"title": block["value"]["text"], "text": steps["value"]}}
            return [box, *body[:index], *body[index + 2 :]]
    raise ImproperlyConfigured(f"No section {heading!r} in the guide {slug!r}")
