"""Compiles locale/*/LC_MESSAGES/django.po (and djangojs.po) to .mo in pure Python, so no GNU gettext is needed.

With --check it changes nothing and fails when a .po has an untranslated or fuzzy entry, when its .mo
is missing or out of date, or when French text (the .po or the demo content) breaks locale/fr/STYLE.md:
a breakable space before : ; ! ? or inside « », or a forbidden term.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from website.translations import catalogue_problems, compile_catalogue, demo_content_problems, po_files


class Command(BaseCommand):
    help = "Compile the project's .po files to .mo (pure Python), or --check that they are complete and compiled."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Only report problems; exit non-zero if any.")

    def handle(self, *args, check=False, **options):
        problems = []
        for po_path in po_files(settings.LOCALE_PATHS):
            if check:
                problems += catalogue_problems(po_path)
            elif compile_catalogue(po_path):
                self.stdout.write(f"Compiled {po_path.with_suffix('.mo')}")
        if check:
            for locale_path in settings.LOCALE_PATHS:
                style = Path(locale_path) / "fr" / "STYLE.md"
                if style.exists():
                    problems += demo_content_problems(settings.BASE_DIR, style)
        if problems:
            raise CommandError("Translations are not ready:\n" + "\n".join(problems))
        if check:
            self.stdout.write(self.style.SUCCESS("Translations are complete and compiled."))
