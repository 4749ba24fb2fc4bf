"""Media in S3-compatible object storage, configured from the environment as production reads it.

The storage is a real S3 API: moto's server mode, listening on loopback in this process. A document
uploaded through the admin lands in the bucket and is still served by Django, with its Content-Disposition.
"""

import ast

import boto3
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from moto.server import ThreadedMotoServer
from wagtail.models import Collection

from tests.servers import free_port
from tests.website.test_settings import PRODUCTION_ENVIRONMENT, settings_value
from website.models import SiteDocument

pytestmark = pytest.mark.django_db

BUCKET = "northbridge-media"
KEYS = {"AWS_ACCESS_KEY_ID": "test-access-key", "AWS_SECRET_ACCESS_KEY": "test-secret-key"}


@pytest.fixture
def s3_endpoint():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    try:
        bucket_client(endpoint).create_bucket(Bucket=BUCKET)
        yield endpoint
    finally:
        server.stop()


def bucket_client(endpoint):
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=KEYS["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=KEYS["AWS_SECRET_ACCESS_KEY"],
    )


def production_media_storage(endpoint):
    """STORAGES['default'] as production.py builds it from these environment variables."""
    environment = {
        **PRODUCTION_ENVIRONMENT,
        **KEYS,
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
    }
    return ast.literal_eval(settings_value("repr(settings.STORAGES['default'])", environment))


def test_without_a_bucket_production_keeps_media_on_disk():
    storage = ast.literal_eval(settings_value("repr(settings.STORAGES['default'])", PRODUCTION_ENVIRONMENT))
    assert storage["BACKEND"] == "django.core.files.storage.FileSystemStorage"


def test_a_document_uploaded_to_object_storage_is_served_by_django_with_its_content_disposition(client, s3_endpoint):
    storage = production_media_storage(s3_endpoint)
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    admin = get_user_model().objects.create_superuser("admin", "admin@northbridge.example", "admin-password-1")
    client.force_login(admin)
    content = b"PK\x03\x04 an OpenDocument lesson plan"

    with override_settings(STORAGES={**settings.STORAGES, "default": storage}):
        upload = client.post(
            "/admin/documents/add/",
            {
                "title": "Lesson plan",
                "file": SimpleUploadedFile(
                    "lesson-plan.odt", content, content_type="application/vnd.oasis.opendocument.text"
                ),
                "collection": Collection.get_first_root_node().pk,
                "language": "en",
                "tags": "",
            },
        )
        assert upload.status_code == 302, upload.content
        document = SiteDocument.objects.get(title="Lesson plan")
        stored = bucket_client(s3_endpoint).get_object(Bucket=BUCKET, Key=f"media/{document.file.name}")
        assert stored["Body"].read() == content

        client.logout()
        response = client.get(document.url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == content
        assert (
            response["Content-Disposition"] == "attachment; filename=lesson-plan.odt; filename*=UTF-8''lesson-plan.odt"
        )
        assert response["Content-Type"] == "application/vnd.oasis.opendocument.text"
