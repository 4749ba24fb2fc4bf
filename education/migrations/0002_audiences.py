"""The four audiences exist from the first migrate; their names come from the interface translations."""

from django.db import migrations

AUDIENCES = ["parents", "youth", "educators", "organizations"]


def create_audiences(apps, schema_editor):
    Audience = apps.get_model("education", "Audience")
    for sort_order, code in enumerate(AUDIENCES):
        Audience.objects.update_or_create(code=code, defaults={"sort_order": sort_order})


class Migration(migrations.Migration):
    dependencies = [("education", "0001_initial")]

    operations = [migrations.RunPython(create_audiences, migrations.RunPython.noop)]
