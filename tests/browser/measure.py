"""What the browser tests measure of a page's layout."""

SMALLEST_PHONE = {"width": 320, "height": 640}


def sideways_overflow(page):
    """How far the page is wider than the screen, and the elements that stick out (empty when it fits)."""
    return page.evaluate(
        """() => {
            const root = document.documentElement;
            const width = root.clientWidth;
            const outside = [...document.body.querySelectorAll('*')]
                .filter(element => element.getBoundingClientRect().right > width + 0.5)
                .slice(0, 5)
                .map(element => element.tagName.toLowerCase() + '.' + element.getAttribute('class'));
            return root.scrollWidth > width ? {excess: root.scrollWidth - width, outside} : {};
        }"""
    )
