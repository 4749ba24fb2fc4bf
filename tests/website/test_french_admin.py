"""The Wagtail admin in French, as our editors, order staff and analysts see it: none of Wagtail's own « (e) »,
« Êtes-vous sûr(e) », « en Français » or breakable space before « ? », which our catalogue words again
(locale/fr/LC_MESSAGES/django.po, website/wagtail_strings.py; locale/fr/STYLE.md)."""

import ast
import io
import json
import re
from datetime import datetime
from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image
from wagtail.models import PageLogEntry, Site

from tests.factories import T, make_topic
from tests.helpers import in_french, soup
from tests.tipline.factories import make_hotline
from tipline.models import ANALYSTS_GROUP, CountryHotline
from website.models import SiteDocument, SiteImage

pytestmark = pytest.mark.django_db

# A gender guessed with parentheses or a slash, « Êtes-vous sûr(e) », a language name capitalised mid-sentence, a
# regular space before ? ! : ; (the style guide wants U+00A0 there), and English left in Wagtail's French.
FORBIDDEN = re.compile(
    r"\((?:e|le|elle|tte|ne)\)|\b(?:ce/cette|le/la)\b|sûr\(e\)|en Français| [?!:;]|e-mail|\bStatus\b|\be\.g\b"
)
# What a reader sees besides the text: a tooltip, a label read aloud, a placeholder.
SEEN_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value")


def what_a_reader_sees(response):
    """Each text of the page a reader sees or hears (scripts and styles aside), one per text node or attribute."""
    assert response.status_code == 200, response.request["PATH_INFO"]
    page = soup(response)
    for hidden in page.select("script, style"):
        hidden.decompose()
    texts = [str(text) for text in page.find_all(string=True)]
    texts += [el[name] for el in page.find_all(True) for name in SEEN_ATTRIBUTES if isinstance(el.get(name), str)]
    return texts


@pytest.fixture
def french_admin(client, site_pages):
    admin = get_user_model().objects.create_superuser("editor", "editor@northbridge.example", "x")
    admin.groups.add(Group.objects.get(name=ANALYSTS_GROUP))  # the tipline's directories are theirs alone
    in_french(admin)
    client.force_login(admin)
    return client


def an_image():
    png = io.BytesIO()
    Image.new("RGB", (20, 20), "teal").save(png, "PNG")
    return SiteImage.objects.create(
        title="Square", file=ImageFile(io.BytesIO(png.getvalue()), name="square.png"), description="A teal square"
    )


def test_the_french_admin_guesses_no_gender_and_breaks_no_line_before_a_question_mark(french_admin, site_pages):
    about = site_pages.about
    french_admin.post(f"/admin/pages/{about.pk}/lock/")  # the history then shows a lock and an unlock
    french_admin.post(f"/admin/pages/{about.pk}/unlock/")
    image = an_image()
    document = SiteDocument.objects.create(title="Guide", file=SimpleUploadedFile("guide.pdf", b"%PDF-1.4 guide"))
    make_topic("safety", T("Safety", "Sécurité"))
    make_hotline(code="US", name_en="United States", name_fr="États-Unis", hotline="US Tipline (demo)")
    hotline = CountryHotline.objects.get(country_code="US")
    site = Site.objects.get(is_default_site=True)
    responses = {
        url: french_admin.get(url)
        for url in [
            f"/admin/pages/{about.pk}/edit/",
            f"/admin/pages/{about.pk}/history/",
            f"/admin/pages/{site_pages.about_fr.pk}/edit/",  # wagtail-localize's translation editor
            f"/admin/pages/{site_pages.home.pk}/",
            "/admin/images/",
            f"/admin/images/{image.pk}/",
            f"/admin/images/{image.pk}/delete/",
            f"/admin/documents/edit/{document.pk}/",
            f"/admin/documents/delete/{document.pk}/",
            "/admin/sites/",
            f"/admin/sites/delete/{site.pk}/",
            "/admin/snippets/education/topic/add/",
            reverse("country_hotlines:delete", args=[hotline.pk]),
        ]
    }
    responses["a snippet not created"] = french_admin.post("/admin/snippets/education/topic/add/", {})
    found = {
        url: sorted({text.strip() for text in what_a_reader_sees(response) if FORBIDDEN.search(text)})
        for url, response in responses.items()
    }
    assert {url: texts for url, texts in found.items() if texts} == {}
    # and what they say instead
    seen = {url: " ".join(what_a_reader_sees(response)) for url, response in responses.items()}
    assert "Verrou désactivé" in seen[f"/admin/pages/{about.pk}/history/"]
    # read aloud before the lock's state: « Verrouillage : Verrou désactivé », not « Verrou : Verrou désactivé »
    assert "Verrouillage\u00a0:" in seen[f"/admin/pages/{about.pk}/edit/"]
    assert "Verrou\u00a0:" not in seen[f"/admin/pages/{about.pk}/edit/"]
    assert "Voulez-vous vraiment supprimer cette image\u00a0?" in seen[f"/admin/images/{image.pk}/delete/"]
    assert "Voulez-vous vraiment supprimer ce document\u00a0?" in seen[f"/admin/documents/delete/{document.pk}/"]
    assert "Voulez-vous vraiment supprimer ce site\u00a0?" in seen[f"/admin/sites/delete/{site.pk}/"]
    assert "Traduction de About us – Français" in seen[f"/admin/pages/{site_pages.about_fr.pk}/edit/"]


@pytest.mark.parametrize("url", ["/admin/login/", "/admin/password_reset/", "/admin/password_reset/complete/"])
def test_the_admin_sign_in_and_reset_pages_read_in_french_before_anyone_signs_in(client, url):
    texts = [text.strip() for text in what_a_reader_sees(client.get(url, HTTP_ACCEPT_LANGUAGE="fr")) if text.strip()]
    assert [text for text in texts if FORBIDDEN.search(text) or "'" in text] == []
    assert "Password" not in texts  # Wagtail's sign-in form left its password field unlabelled (website/forms.py)
    if url == "/admin/login/":
        assert {"Se connecter à Wagtail", "Mot de passe", "Mot de passe oublié\u00a0?"} <= set(texts)
    if url == "/admin/password_reset/complete/":
        assert "Se connecter" in texts  # the button, not Wagtail's « Identifiant » (a user name)
        assert "Identifiant" not in texts


def test_a_scheduled_publication_reads_le_date_a_time_once_in_the_french_history(site_pages):
    """Wagtail's French « publication à %(date)s » read « à 2 décembre 2099 à 9 h 00 » with our date format."""
    about = site_pages.about
    about.go_live_at = timezone.make_aware(datetime(2099, 12, 2, 9, 0))
    about.save_revision().publish()
    entry = PageLogEntry.objects.get(page=about, action="wagtail.publish.schedule")
    with translation.override("fr"):
        message = str(entry.message)  # what the page's history shows
    assert "programmée pour publication le 2 décembre 2099 à 9\u00a0h\u00a000" in message
    assert "à 2 décembre" not in message


def overridden_msgids():
    """The (msgctxt, msgid) that website/wagtail_strings.py names."""
    tree = ast.parse((Path(settings.BASE_DIR) / "website" / "wagtail_strings.py").read_text())
    found = set()
    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name):
            args = [arg.value for arg in call.args]
            found.add(tuple(args) if call.func.id == "pgettext_lazy" else (None, args[0]))
    return found


def test_each_wagtail_string_we_word_again_is_still_wagtails_and_ours():
    """A Wagtail upgrade that rewords a string would leave our French for the old one unused: this says which."""
    theirs = {
        (entry.msgctxt, entry.msgid)
        for package in (wagtail, wagtail_localize)
        for po in Path(package.__path__[0]).glob("**/locale/fr/LC_MESSAGES/django.po")
        for entry in polib.pofile(str(po))
    }
    ours = {
        (entry.msgctxt, entry.msgid)
        for entry in polib.pofile(str(Path(settings.BASE_DIR) / "locale" / "fr" / "LC_MESSAGES" / "django.po"))
        if entry.translated()
    }
    named = overridden_msgids()
    assert len(named) > 100
    assert named - theirs == set()
    assert named - ours == set()


def test_the_french_admins_javascript_guesses_no_gender_either(french_admin):
    """Wagtail's comments and wagtail-localize's translation editor take their French from the JavaScript
    catalogues, where locale/fr/LC_MESSAGES/djangojs.po words Wagtail's again."""
    for url, ours in [
        (reverse("wagtailadmin_javascript_catalog"), "Voulez-vous vraiment continuer\u00a0?"),
        (reverse("wagtail_localize:javascript_catalog"), "Choisir\u00a0: %s"),
    ]:
        catalogue = french_admin.get(url).content.decode()  # its French is ASCII-escaped JSON
        assert json.dumps(ours) in catalogue, url
        for guess in ["(e)", "(E)", "ce/cette", "s\\u00fbr"]:
            assert guess not in catalogue, (url, guess)
