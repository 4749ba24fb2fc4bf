"""Builds the whole bilingual demo site; running it again changes nothing."""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from website.indexing import indexed_once_at_the_end

# Each app with demo content has demo_content.load(stdout, loaded), and may have finish(stdout, loaded)
# for what needs every app's pages; order matters (pages need their parents).
DEMO_APPS = ["website", "education", "resources", "tipline"]


class Command(BaseCommand):
    help = "Load the bilingual demo content (idempotent)."

    def handle(self, *args, **options):
        modules = [import_module(f"{label}.demo_content") for label in DEMO_APPS if apps.is_installed(label)]
        with transaction.atomic(), indexed_once_at_the_end():
            loaded = {}
            for module in modules:
                loaded[module.__name__.split(".")[0]] = module.load(self.stdout, loaded)
            # Then what links across apps: menus, footer, home page cards.
            for module in modules:
                if hasattr(module, "finish"):
                    module.finish(self.stdout, loaded)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
