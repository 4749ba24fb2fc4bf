"""Related material for a guide, lesson or printed resource: most shared topics first, then the same audience."""

from django.db.models import Count, Exists, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce

from education.library import library_items, with_labels
from education.models import LibraryItemPage
from website.localization import localized

RELATED_ITEMS = 3

item_topics = LibraryItemPage.topics.through.objects
item_audiences = LibraryItemPage.audiences.through.objects


def related_items(page):
    """Other live items of the page's language that share a topic with it, best first, in one query.

    Ranked by the number of topics shared, then whether they are for one of the page's audiences,
    then the most recently published: never by title, which says nothing about relevance.
    """
    topics = item_topics.filter(libraryitempage_id=page.pk).values("topic_id")
    audiences = item_audiences.filter(libraryitempage_id=page.pk).values("audience_id")
    shared_topics = (
        item_topics.filter(libraryitempage_id=OuterRef("pk"), topic_id__in=topics)
        .values("libraryitempage_id")
        .annotate(count=Count("*"))
        .values("count")
    )
    same_audience = item_audiences.filter(libraryitempage_id=OuterRef("pk"), audience_id__in=audiences)
    items = (
        library_items(page.locale_id)
        .prefetch_related(None)
        .exclude(pk=page.pk)
        .annotate(
            shared_topics=Coalesce(Subquery(shared_topics, output_field=IntegerField()), 0),
            same_audience=Exists(same_audience),
        )
        .filter(shared_topics__gt=0)
        .order_by("-shared_topics", "-same_audience", "-first_published_at", "-pk")[:RELATED_ITEMS]
    )
    return with_labels(list(items))


def library_item_context(page, request):
    """What a guide, lesson or printed resource shows beyond its fields: its topics in the reader's language, and
    related material (registered in EducationConfig.ready())."""
    topics = sorted(localized(page.topics.all()), key=lambda topic: topic.name)
    # Read once, and only by a template that shows them (a guide's facts and its youth look).
    return {"topic_list": topics, "related_items": related_items(page), "audiences": page.audiences.all()}
