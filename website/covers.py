"""Preview covers drawn for demo content and tests: small original PNGs, the same in every language (no text)."""

import hashlib
import io

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw

from website.models import SiteImage

# Warm, calm colours of the site's palette: (background, accent, paper).
PALETTES = [
    ("#1f4e79", "#f2a541", "#fdfaf4"),
    ("#2e6f5e", "#f6c667", "#fbf8f1"),
    ("#6b3e75", "#f08a5d", "#fcf7f4"),
    ("#a23b3b", "#f3d9a4", "#fffaf3"),
]
SIZE = (300, 400)


def cover_png(seed, shape):
    """A portrait cover: a coloured page with a paper card, a few lines of "text" and a motif."""
    digest = hashlib.sha256(seed.encode()).digest()
    background, accent, paper = PALETTES[digest[0] % len(PALETTES)]
    image = Image.new("RGB", SIZE, background)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((24, 24, 276, 376), radius=14, fill=paper)
    draw.rounded_rectangle((24, 24, 276, 150), radius=14, fill=accent, corners=(True, True, False, False))
    # The motif: a sun for posters and cards, a house of two figures for guides and brochures.
    if shape == "circle":
        draw.ellipse((110, 45, 190, 125), fill=paper)
    else:
        draw.ellipse((100, 52, 136, 88), fill=paper)
        draw.ellipse((160, 62, 190, 92), fill=paper)
        draw.rounded_rectangle((92, 92, 144, 150), radius=20, fill=paper)
        draw.rounded_rectangle((155, 98, 195, 150), radius=16, fill=paper)
    for row in range(6):
        top = 180 + row * 28
        width = 200 - (digest[row + 1] % 60) if row % 3 != 2 else 120
        draw.rounded_rectangle((50, top, 50 + width, top + 12), radius=6, fill=background if row == 0 else "#c9c4bb")
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


def cover_image(title, description, seed, shape="figures"):
    """A saved Wagtail image holding a drawn cover (alt text in `description`)."""
    name = f"cover-{hashlib.sha256(seed.encode()).hexdigest()[:10]}.png"
    file = ImageFile(io.BytesIO(cover_png(seed, shape)), name=name)
    image = SiteImage(title=title, description=description, file=file)
    image.save()
    return image
