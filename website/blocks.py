"""The StreamField blocks every page type shares; each renders with its own template in templates/blocks/."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

# Headings come from HeadingBlock so the outline stays in order; no embeds, no raw HTML.
RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Subsection heading"))], default="h2", label=_("level")
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph_block.html"


class FigureBlock(blocks.StructBlock):
    # ImageBlock asks for alt text here; images also carry required alt text from upload.
    image = ImageBlock(label=_("image"))
    caption = blocks.CharBlock(required=False, label=_("caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure_block.html"


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        # "urgent" is for a line readers must act on at once (call 911): marked by colour, with no
        # "Good to know" label that would play it down.
        choices=[("info", _("Good to know")), ("tip", _("Tip")), ("warning", _("Warning")), ("urgent", _("Urgent"))],
        default="info",
        label=_("tone"),
    )
    title = blocks.CharBlock(label=_("title"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("text"))

    class Meta:
        icon = "warning"
        label = _("Call-out")
        template = "blocks/callout_block.html"


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"))
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("answer"))


class AccordionBlock(blocks.StructBlock):
    """Questions and answers that open in place (plain <details>, so no script is needed)."""

    heading = blocks.CharBlock(required=False, label=_("heading"))
    items = blocks.ListBlock(QuestionBlock(), label=_("questions"))

    class Meta:
        icon = "list-ul"
        label = _("Questions and answers")
        template = "blocks/accordion_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(required=False, label=_("title"), help_text=_("Leave empty to use the document title."))
    description = blocks.TextBlock(required=False, label=_("description"))

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = "blocks/document_link_block.html"


class CardBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("page"))
    title = blocks.CharBlock(required=False, label=_("title"), help_text=_("Leave empty to use the page title."))
    text = blocks.TextBlock(required=False, label=_("text"))
    # The drawings of templates/components/illustration.html.
    picture = blocks.ChoiceBlock(
        choices=[
            ("parents", _("An adult and a child")),
            ("youth", _("A phone with a heart")),
            ("educators", _("A classroom board")),
            ("organizations", _("A club house")),
            ("library", _("Books on a shelf")),
            ("print", _("Printed pages")),
        ],
        required=False,
        label=_("picture"),
    )


class CardsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"))
    cards = blocks.ListBlock(CardBlock(), label=_("cards"))

    class Meta:
        icon = "grip"
        label = _("Cards")
        template = "blocks/cards_block.html"


class ConversationStartersBlock(blocks.StructBlock):
    """ "Talk about it": questions an adult or a friend can ask to open a conversation."""

    heading = blocks.CharBlock(label=_("heading"))
    intro = blocks.TextBlock(required=False, label=_("introduction"))
    starters = blocks.ListBlock(blocks.CharBlock(label=_("conversation starter")), label=_("conversation starters"))

    class Meta:
        icon = "openquote"
        label = _("Talk about it")
        template = "blocks/conversation_block.html"


class ActivityBlock(blocks.StructBlock):
    """One step of a lesson plan."""

    title = blocks.CharBlock(label=_("title"))
    minutes = blocks.IntegerBlock(min_value=1, max_value=240, label=_("minutes"))
    instructions = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("instructions"))

    class Meta:
        icon = "list-ol"
        label = _("Activity")


class DownloadBlock(blocks.StructBlock):
    """A file to download. The document is synchronised between languages; translators pick the French file."""

    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(required=False, label=_("title"), help_text=_("Leave empty to use the document title."))

    class Meta:
        icon = "download"
        label = _("Download")


class HelpLineBlock(blocks.StructBlock):
    """A service to reach now: its phone number (a tel: link), text number (an sms: link) and website."""

    name = blocks.CharBlock(label=_("name"))
    description = blocks.TextBlock(required=False, label=_("description"))
    phone = blocks.CharBlock(required=False, max_length=30, label=_("phone number"))
    text_number = blocks.CharBlock(required=False, max_length=30, label=_("text message number"))
    url = blocks.URLBlock(required=False, label=_("website"))
    link_text = blocks.CharBlock(required=False, label=_("website link text"))
    urgent = blocks.BooleanBlock(
        required=False, label=_("urgent"), help_text=_("For emergencies: shown first and marked in red.")
    )

    class Meta:
        icon = "mobile-alt"
        label = _("Help line")
        template = "blocks/help_line_block.html"


class ReportBlock(blocks.StructBlock):
    """How to report the online sexual exploitation of a child: links to the report line in the site settings."""

    name = blocks.CharBlock(label=_("name"))
    description = blocks.TextBlock(required=False, label=_("description"))

    class Meta:
        icon = "warning"
        label = _("Report line")
        template = "blocks/report_block.html"


class AudienceLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("page"))
    label = blocks.CharBlock(required=False, label=_("label"), help_text=_("Leave empty to use the page title."))

    class Meta:
        icon = "user"
        label = _("Audience link")


class StandardBlocks(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    figure = FigureBlock()
    callout = CalloutBlock()
    accordion = AccordionBlock()
    document = DocumentLinkBlock()


class HomePageBlocks(StandardBlocks):
    cards = CardsBlock()


class HelpPageBlocks(StandardBlocks):
    help_line = HelpLineBlock()
    report = ReportBlock()


class RightNowBlock(blocks.StructBlock):
    """ "What to do right now": the first steps of a crisis guide, always shown before everything else."""

    title = blocks.CharBlock(default=_("What to do right now"), label=_("title"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("steps"))

    class Meta:
        icon = "warning"
        label = _("What to do right now")
        help_text = _("Shown first on the page, wherever it is placed. Link every “report it” or “contact” step.")
        template = "blocks/right_now_block.html"


class GuideBlocks(StandardBlocks):
    conversation = ConversationStartersBlock()
    right_now = RightNowBlock()
