"""The "Order managers" group: everything about print orders, and nothing else in the admin."""

from django.db import migrations

PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("resources", "manage_orders"),
    ("resources", "view_agency"),
    ("resources", "change_agency"),
    ("resources", "view_agencyaddress"),
    ("resources", "add_agencyaddress"),
    ("resources", "change_agencyaddress"),
    ("resources", "view_agencymember"),
    ("resources", "change_agencymember"),
]


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; this group needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Order managers")
    for app_label, codename in PERMISSIONS:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0002_back_office"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
