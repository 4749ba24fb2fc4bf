"""What editors see in the Wagtail admin: the reading level of a guide, and alt text required on images."""

from io import BytesIO

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.factories import make_guide
from website.models import SiteImage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, site_pages):
    client.force_login(get_user_model().objects.create_superuser("editor", "editor@northbridge.example", "x"))
    return client


def test_guide_editor_shows_the_reading_level_of_each_language(editor_client, library):
    english, _french = make_guide(library, 1)
    page = BeautifulSoup(editor_client.get(f"/admin/pages/{english.pk}/edit/").content, "html.parser")
    lines = [line.get_text(" ", strip=True) for line in page.select(".help-info p")]
    levels = [line for line in lines if "estimated reading level" in line]
    assert levels[0].startswith("English: estimated reading level about grade")
    assert "Flesch–Kincaid" in levels[0]
    assert levels[1].startswith("French: estimated reading level about grade")
    assert "Kandel & Moles" in levels[1]


def test_an_image_cannot_be_uploaded_without_alt_text(editor_client):
    buffer = BytesIO()
    Image.new("RGB", (20, 20), "teal").save(buffer, "PNG")
    upload = SimpleUploadedFile("square.png", buffer.getvalue(), content_type="image/png")
    response = editor_client.post("/admin/images/add/", {"title": "Square", "file": upload, "description": ""})
    assert response.status_code == 200
    errors = BeautifulSoup(response.content, "html.parser").get_text()
    assert "This field is required" in errors
    assert not SiteImage.objects.exists()
