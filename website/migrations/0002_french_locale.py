"""Both content locales exist from the first migrate: English (Wagtail creates it) and French."""

from django.db import migrations


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for language_code in ("en", "fr"):
        Locale.objects.get_or_create(language_code=language_code)


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0001_initial"),
        ("wagtailcore", "0055_page_locale_fields"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
