"""What the site search needs from the library: guides rank first, and each result names its audiences."""

from education.models import Audience, AudienceHubPage, LibraryItemPage


def audiences_of_pages(pages):
    """The audience names of each library item and hub among these pages, in one query."""
    names = dict(Audience.Code.choices)
    found = {page.pk: [names[page.audience]] for page in pages if isinstance(page, AudienceHubPage)}
    items = [page.pk for page in pages if isinstance(page, LibraryItemPage)]
    if items:
        links = LibraryItemPage.audiences.through.objects.filter(libraryitempage_id__in=items)
        for page_id, code in links.order_by("audience__sort_order").values_list("libraryitempage_id", "audience__code"):
            found.setdefault(page_id, []).append(names[code])
    return found
