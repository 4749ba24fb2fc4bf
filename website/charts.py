"""Charts drawn on the server as inline SVG: no script, no style attribute, nothing from another site."""

from django.utils.html import escape


def bar_chart(rows, title, width=640, bar_height=22, gap=8, label_width=210):
    """A horizontal bar chart of (label, number) rows, titled `title` for screen readers; "" without rows."""
    if not rows:
        return ""
    largest = max(count for _label, count in rows) or 1
    height = len(rows) * (bar_height + gap) + gap
    bars = []
    for index, (label, count) in enumerate(rows):
        y = gap + index * (bar_height + gap)
        length = round((width - label_width - 70) * count / largest)
        bars.append(
            f'<text x="{label_width - 8}" y="{y + bar_height * 0.7:.0f}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{max(length, 1)}" height="{bar_height}" fill="#14506b"></rect>'
            f'<text x="{label_width + length + 6}" y="{y + bar_height * 0.7:.0f}">{count}</text>'
        )
    title = escape(title)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="{title}" font-family="sans-serif" font-size="13"><title>{title}</title>'
        + "".join(bars)
        + "</svg>"
    )
