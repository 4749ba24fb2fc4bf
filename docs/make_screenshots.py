"""Screenshots of the site for docs/screenshots/: home, an audience hub (and the youth hub's warmer look), a guide,
the catalogue and an order page, on a phone and a desktop, in English and French.

Run against a site loaded with the demo content (`make run` in another terminal), with Playwright's Chromium:

    DEMO_OFFICER_PASSWORD=... .venv/bin/python docs/make_screenshots.py [http://127.0.0.1:8000]

CHROMIUM_PATH chooses the browser (default /usr/bin/chromium, else Playwright's own download). Each PNG is the
first screen a reader sees, at a device pixel ratio of 1 to keep the files small.
"""

import os
import shutil
import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

OUTPUT = Path(__file__).resolve().parent / "screenshots"
OFFICER = os.environ.get("DEMO_OFFICER_EMAIL", "amanda.kowalski@riverbendpolice.example")
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
PAGES = {
    "en": {
        "home": "/en/",
        "hub": "/en/parents/",
        "youth": "/en/youth/",
        "guide": "/en/library/sextortion-what-parents-need-to-know/",
        "catalogue": "/en/print-resources/",
    },
    "fr": {
        "home": "/fr/",
        "hub": "/fr/parents/",
        "youth": "/fr/jeunes/",
        "guide": "/fr/bibliotheque/sextorsion-ce-que-les-parents-doivent-savoir/",
        "catalogue": "/fr/ressources-imprimees/",
    },
}
SIGN_IN = {
    "en": ("Work email", "Password", "Sign in"),
    "fr": ("Courriel professionnel", "Mot de passe", "Se connecter"),
}


def save(page, name):
    """The first screen, reduced to 256 colours: a third of the size, no visible loss for flat UI."""
    path = OUTPUT / f"{name}.png"
    page.screenshot(path=path)
    Image.open(path).convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def chromium():
    return os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or None


def sign_in(page, base, language):
    email, password, button = SIGN_IN[language]
    page.goto(f"{base}/{language}/agency/sign-in/")
    page.get_by_label(email).fill(OFFICER)
    page.get_by_label(password, exact=False).first.fill(os.environ["DEMO_OFFICER_PASSWORD"])
    page.get_by_role("button", name=button).click()
    page.wait_for_load_state()


def main(base):
    OUTPUT.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        for device, viewport in VIEWPORTS.items():
            for language, pages in PAGES.items():
                context = browser.new_context(viewport=viewport, device_scale_factor=1)
                page = context.new_page()
                for name, path in pages.items():
                    page.goto(base + path)
                    save(page, f"{name}-{device}-{language}")
                sign_in(page, base, language)
                page.locator("a.order-number").first.click()  # the officer's latest order
                page.wait_for_load_state()
                save(page, f"order-{device}-{language}")
                context.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
