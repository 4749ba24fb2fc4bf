"""The Wagtail and wagtail-localize strings our French catalogue words again, named here so `make messages` keeps them.

Wagtail's own French guesses a gender with « (e) », « ce(tte) » or « un(e) », asks « Êtes-vous sûr(e) ? » and
puts a regular space before « : » and « ? », which locale/fr/STYLE.md rules out. Our catalogue
(locale/fr/LC_MESSAGES/django.po) comes first in LOCALE_PATHS, so the same msgid there wins over Wagtail's. But
`makemessages --no-obsolete` drops every msgid that no source file of ours names: this module names them. It is
never imported; tests/website/test_french_admin.py checks that each is still a msgid of Wagtail's catalogues (an
upgrade that rewords one shows up there) and renders the screens that show them.
"""

from django.utils.translation import gettext_lazy, ngettext_lazy

WAGTAIL_STRINGS = (
    gettext_lazy("Add %(model_name)s"),
    gettext_lazy("Add %(label)s"),
    gettext_lazy("New: %(model_name)s"),
    ngettext_lazy("Used %(usage_count)s time", "Used %(usage_count)s times"),
    gettext_lazy("Created"),
    gettext_lazy("Edited"),
    gettext_lazy("Deleted"),
    gettext_lazy("Published"),
    gettext_lazy("%(model_name)s '%(object)s' created."),
    gettext_lazy("%(model_name)s '%(object)s' updated."),
    gettext_lazy("%(model_name)s '%(object)s' deleted."),
    gettext_lazy("Are you sure you want to delete this %(model_name)s?"),
    gettext_lazy("Are you sure you want to delete this %(snippet_type_name)s?"),
    gettext_lazy("Are you sure you want to unpublish this %(model_name)s?"),
    gettext_lazy("Are you sure you want to delete this page?"),
    gettext_lazy("Are you sure you want to delete these pages?"),
    gettext_lazy("Are you sure you want to unpublish this page?"),
    gettext_lazy("Are you sure you want to unpublish these pages?"),
    gettext_lazy("Are you sure you want to publish these pages?"),
    ngettext_lazy("Referenced %(count)s time", "Referenced %(count)s times"),
    ngettext_lazy(
        "This %(model_name)s is referenced %(usage_count)s time.",
        "This %(model_name)s is referenced %(usage_count)s times.",
    ),
    gettext_lazy("Create a new %(model_name)s"),
    gettext_lazy("Editing %(page_type)s"),
    gettext_lazy("Delete %(title)s"),
    gettext_lazy("None"),
    gettext_lazy("Disabled"),
    gettext_lazy("This page is live. Would you like to publish its copy as well?"),
    ngettext_lazy(
        "%(count)s of the pages being copied is live. Would you like to publish its copy?",
        "%(count)s of the pages being copied are live. Would you like to publish their copies?",
    ),
    gettext_lazy("Tag(s) %(value_too_long)s are over %(max_tag_length)d characters."),
    gettext_lazy("Error 404: Page not found"),
    gettext_lazy("Please follow the link below to reset your password:"),
    gettext_lazy("Your username (in case you've forgotten):"),
    gettext_lazy("You can edit the privacy settings on:"),
    gettext_lazy("Set collection privacy. Current status: Public"),
    gettext_lazy("Set collection privacy. Current status: Private"),
    gettext_lazy(
        "This %(model_name)s was marked as needing changes at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."
    ),
    gettext_lazy("This %(model_name)s is currently at <strong>%(task)s</strong> in <strong>%(workflow)s</strong>."),
    gettext_lazy("Publishing this %(model_name)s will cancel the current workflow."),
    gettext_lazy("Would you still like to publish this %(model_name)s?"),
    gettext_lazy('There are no %(model_name)s to display. Why not <a href="%(add_url)s">add one</a>?'),
    gettext_lazy("You can view the page here:"),
    gettext_lazy("Edit your notification preferences here:"),
    gettext_lazy("You can edit the page here:"),
    gettext_lazy("You can preview the page here:"),
    gettext_lazy('The %(model_name)s "%(title)s" has been approved in moderation stage "%(task)s".'),
    gettext_lazy('The %(model_name)s "%(title)s" has been approved in "%(task)s".'),
    gettext_lazy('The %(model_name)s "%(title)s" has been rejected in moderation stage "%(task)s".'),
    gettext_lazy('The %(model_name)s "%(title)s" has been rejected during "%(task)s".'),
    gettext_lazy('The %(model_name)s "%(title)s" has been submitted for approval in moderation stage "%(task)s".'),
    gettext_lazy('The %(model_name)s "%(title)s" has been submitted for approval to moderation stage "%(task)s".'),
    gettext_lazy('The %(model_name)s "%(title)s" has been submitted for approval in moderation stage "%(task)s"'),
    gettext_lazy('The %(model_name)s "%(title)s" has been approved in workflow "%(workflow)s".'),
    gettext_lazy('The %(model_name)s "%(title)s" has been approved in "%(workflow)s".'),
    gettext_lazy(
        'The %(model_name)s "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s" by %(rejector)s.'
    ),
    gettext_lazy('The %(model_name)s "%(title)s" has been rejected during "%(task)s" in workflow "%(workflow)s".'),
    gettext_lazy('The %(model_name)s "%(title)s" has been rejected during "%(workflow)s".'),
    gettext_lazy(
        'The %(model_name)s "%(title)s" has been submitted for moderation to workflow "%(workflow)s" by %(requester)s.'
    ),
    gettext_lazy('The %(model_name)s "%(title)s" has been submitted for moderation to workflow "%(workflow)s".'),
    gettext_lazy('The %(model_name)s "%(title)s" has been submitted to workflow "%(workflow)s"'),
    gettext_lazy("Are you sure you want to move these pages?"),
    gettext_lazy("Are you sure you want to convert this alias into an ordinary page?"),
    ngettext_lazy(
        "It will also delete 1 translation and its combined %(translation_descendant_count)s translated child page.",
        "It will also delete 1 translation and its combined %(translation_descendant_count)s translated child pages.",
    ),
    ngettext_lazy(
        "It will also delete %(translation_count)s translations and their combined %(translation_descendant_count)s translated child page.",
        "It will also delete %(translation_count)s translations and their combined %(translation_descendant_count)s translated child pages.",
    ),
    ngettext_lazy(
        "Deleting this page will also delete 1 translation and its combined %(translation_descendant_count)s translated child page.",
        "Deleting this page will also delete 1 translation and its combined %(translation_descendant_count)s translated child pages.",
    ),
    ngettext_lazy(
        "Deleting this page will also delete %(translation_count)s translations and their combined %(translation_descendant_count)s translated child page.",
        "Deleting this page will also delete %(translation_count)s translations and their combined %(translation_descendant_count)s translated child pages.",
    ),
    ngettext_lazy(
        "Deleting this page will also delete %(translation_count)s translation of this page.",
        "This will also delete %(descendant_count)s more child pages. Deleting this page will also delete %(translation_count)s translations of this page.",
    ),
    gettext_lazy("Are you sure you want to move this page into '%(title)s'?"),
    gettext_lazy("Are you sure you want to move this page and all of its children into '%(title)s'?"),
    gettext_lazy("Would you still like to publish this page?"),
    gettext_lazy("Choose when this %(model_name)s should go live and/or expire"),
    gettext_lazy("Locked by <b>you</b> at <b>%(locking_date)s</b>"),
    gettext_lazy("Locked by <b>%(locked_by)s</b> at <b>%(locking_date)s</b>"),
    gettext_lazy("Locked at <b>%(locking_date)s</b>"),
    gettext_lazy("Unlocked"),
    gettext_lazy("Locked"),
    gettext_lazy("Locking: "),
    gettext_lazy("Sign in to Wagtail"),
    gettext_lazy("Forgotten password?"),
    gettext_lazy("Login"),
    gettext_lazy("Anyone can edit this %(model_name)s – lock it to prevent others from editing"),
    gettext_lazy("Anyone can edit this %(model_name)s"),
    gettext_lazy("One or more references to this %(model_name)s prevent it from being deleted."),
    gettext_lazy("This %(model_name)s hasn't been submitted for moderation yet"),
    gettext_lazy(
        "This workflow is currently in progress on %(workflow_states_in_progress)s pages. Deleting this workflow will cancel moderation on these page. Are you sure you want to delete this workflow?"
    ),
    gettext_lazy("Are you sure you want to disable this workflow?"),
    gettext_lazy("Are you sure you want to disable this task?"),
    gettext_lazy(
        'Why not <a class="create-one-now" href="#tab-new" data-action="w-tabs#select:prevent" data-w-tabs-target="trigger" data-w-tabs-focus-param="true">create one now</a>?'
    ),
    gettext_lazy("Are you sure you want to delete this collection?"),
    gettext_lazy("No %(model_name)s match your query."),
    gettext_lazy("%(model_name)s '%(title)s' is now unlocked."),
    gettext_lazy("%(model_name)s '%(object)s' created and scheduled for publishing."),
    gettext_lazy("%(model_name)s '%(object)s' is live and this version has been scheduled for publishing."),
    gettext_lazy("%(model_name)s '%(object)s' updated and published."),
    gettext_lazy("%(model_name)s '%(object)s' created and published."),
    gettext_lazy("%(model_name)s '%(object)s' has been submitted for moderation."),
    gettext_lazy("%(model_name)s '%(object)s' created and submitted for moderation."),
    gettext_lazy("The %(model_name)s could not be saved as it is locked"),
    gettext_lazy("You are viewing a previous version of this %(model_name)s from <b>%(created_at)s</b> by %(user)s"),
    gettext_lazy("%(model_name)s '%(object)s' has been replaced with version from %(timestamp)s."),
    gettext_lazy("Version from %(timestamp)s of %(model_name)s '%(object)s' has been scheduled for publishing."),
    gettext_lazy("The %(model_name)s could not be created due to errors."),
    gettext_lazy("The %(model_name)s could not be saved due to errors."),
    gettext_lazy("'%(object)s' unpublished."),
    gettext_lazy('Version %(revision_id)s of "%(object)s" unscheduled.'),
    gettext_lazy("(Private %(object)s)"),
    gettext_lazy("Choose another"),
    ngettext_lazy(
        "Are you sure you want to delete this form submission?",
        "Are you sure you want to delete these form submissions?",
    ),
    gettext_lazy("Supported formats: %(supported_formats)s."),
    gettext_lazy("Are you sure you want to delete this redirect?"),
    gettext_lazy("Search term(s)/phrase"),
    gettext_lazy(
        '<p>The "Search term(s)/phrase" field below must contain the full and exact search for which you wish to provide recommended results, <em>including</em> any misspellings/user error. To help, you can choose from search terms that have been popular with users of your site.</p>'
    ),
    gettext_lazy("Are you sure you want to delete all promoted results for this search term?"),
    gettext_lazy("Search term(s)"),
    gettext_lazy("Which cells should be displayed as headers?"),
    ngettext_lazy(
        "Are you sure you want to tag the following document?", "Are you sure you want to tag the following documents?"
    ),
    ngettext_lazy(
        "Are you sure you want to add the following document to the selected collection?",
        "Are you sure you want to add the following documents to the selected collection?",
    ),
    ngettext_lazy("Are you sure you want to delete this document?", "Are you sure you want to delete these documents?"),
    gettext_lazy(
        'Why not <a class="upload-one-now" href="#tab-upload" data-action="w-tabs#select:prevent" data-w-tabs-target="trigger" data-w-tabs-focus-param="true">upload one now</a>?'
    ),
    gettext_lazy("Change document:"),
    gettext_lazy(
        'You haven\'t uploaded any documents in this collection. Why not <a href="%(wagtaildocs_add_document_url)s">upload one now</a>?'
    ),
    gettext_lazy(
        'You haven\'t uploaded any documents. Why not <a href="%(wagtaildocs_add_document_url)s">upload one now</a>?'
    ),
    gettext_lazy("Supported formats: %(supported_formats)s. Maximum filesize: %(max_upload_size)s."),
    gettext_lazy("Not a supported image format. Supported formats: %(supported_formats)s."),
    ngettext_lazy(
        "Are you sure you want to tag the following image?", "Are you sure you want to tag the following images?"
    ),
    ngettext_lazy(
        "Are you sure you want to add the following image to the selected collection?",
        "Are you sure you want to add the following images to the selected collection?",
    ),
    ngettext_lazy("Are you sure you want to delete this image?", "Are you sure you want to delete these images?"),
    gettext_lazy(
        'You haven\'t uploaded any images in this collection. Why not <a href="%(wagtailimages_add_image_url)s">upload one now</a>?'
    ),
    gettext_lazy(
        'You haven\'t uploaded any images. Why not <a href="%(wagtailimages_add_image_url)s">upload one now</a>?'
    ),
    gettext_lazy("Oldest"),
    gettext_lazy("Newest"),
    gettext_lazy("%(label)s: this block has no options."),
    gettext_lazy("No one can make changes while the %(model_name)s is locked"),
    gettext_lazy("<b>'{title}' was locked</b> by <b>you</b> on <b>{datetime}</b>."),
    gettext_lazy("<b>'{title}' is locked</b> by <b>you</b>."),
    gettext_lazy("<b>'{title}' was locked</b> by <b>{user}</b> on <b>{datetime}</b>."),
    gettext_lazy("<b>'{title}' is locked</b>."),
    gettext_lazy("Locked by you"),
    gettext_lazy("Locked by another user"),
    gettext_lazy("Only you can make changes while the %(model_name)s is locked"),
    gettext_lazy("Only %(user)s can make changes while the %(model_name)s is locked"),
    gettext_lazy("This %(model_name)s is currently awaiting moderation."),
    gettext_lazy("This {model_name} is awaiting <b>'{task_name}'</b> in the <b>'{workflow_name}'</b> workflow."),
    gettext_lazy("Only reviewers for this task can edit the %(model_name)s."),
    gettext_lazy("Locked by workflow"),
    gettext_lazy("Reviewers can edit this %(model_name)s – lock it to prevent other reviewers from editing"),
    gettext_lazy("{model_name} '{title}' is locked and has been scheduled to go live at {datetime}"),
    gettext_lazy("Locked by schedule"),
    gettext_lazy("Currently locked and will go live on the scheduled date"),
    gettext_lazy("Unknown %(action)s"),
    gettext_lazy("Cannot overwrite a revision that is not the latest for this %(model_name)s."),
    gettext_lazy("the %(model_name)s will also be deleted"),
    gettext_lazy("will be set to the default %(model_name)s"),
    gettext_lazy("will be set to a %(model_name)s specified by the system"),
    gettext_lazy("Renamed"),
    gettext_lazy("Moved"),
    gettext_lazy("Reordered under '%(parent)s'"),
    gettext_lazy("Reordered"),
    gettext_lazy("Are you sure you want to delete this locale?"),
    gettext_lazy("Default?"),
    gettext_lazy("Are you sure you want to delete this site?"),
    ngettext_lazy("%(count)d %(model_name)s deleted.", "%(count)d %(model_name)s deleted."),
    gettext_lazy("Are you sure you want to delete %(count)s %(snippet_type_name)s?"),
    gettext_lazy("You don't have permission to delete this %(snippet_type_name)s"),
    gettext_lazy(
        'You haven\'t created any %(snippet_type_name)s snippets. Why not <a href="%(wagtailsnippets_create_snippet_url)s" target="_blank" rel="noreferrer">create one now</a>?'
    ),
    gettext_lazy("Are you sure you want to delete these users?"),
    gettext_lazy("Are you sure you want to delete this group?"),
    gettext_lazy("Sync translated %(model_name)s"),
    gettext_lazy(
        "Are you sure you want to convert this page into an alias? This will overwrite the content of the page with the content of '%(source_page_title)s' (%(source_page_locale)s)"
    ),
    gettext_lazy("Why would I sync my page?"),
    gettext_lazy("Published '{object}' in {locale} with missing translations - see below."),
    gettext_lazy("Published '{object}' in {locale}."),
    gettext_lazy(
        "New validation errors were found when publishing '{object}' in {locale}. Please fix them or click publish again to ignore these translations for now."
    ),
    gettext_lazy("Translation of %(instance)s into %(locale)s"),
    gettext_lazy("The page '{page_title}' was successfully submitted for translation into {locales}"),
    gettext_lazy("The {model_name} '{object}' was successfully submitted for translation into {locales}"),
    gettext_lazy("You can preview the %(model_name)s here:"),
    gettext_lazy("Are you sure you want to unschedule this revision?"),
    gettext_lazy("Edit this %(object)s"),
    gettext_lazy("Are you sure you want to assign this role to these users?"),
    gettext_lazy("Are you sure you want to change the active state for these users?"),
    ngettext_lazy(
        "%(num_parent_objects)d user has been assigned as %(role)s",
        "%(num_parent_objects)d users have been assigned as %(role)s",
    ),
    gettext_lazy("There may only be one in progress or needs changes workflow state per page/snippet."),
    gettext_lazy(
        '<p>Promoted search results are a means of recommending specific pages or external links that might not organically come high up in search results. E.g recommending your primary donation page to a user searching with the less common term "<em>giving</em>".</p>'
    ),
    gettext_lazy("Enter your email address to reset your password"),
    gettext_lazy("A link to reset your password has been emailed to you if an account exists for this address."),
    gettext_lazy("Add an email link"),
    gettext_lazy("Name and Email"),
    gettext_lazy("Locking status"),
    gettext_lazy("Current page status:"),
    gettext_lazy("Status: "),
    gettext_lazy("We calculate reading time from word count, using different reading speeds for different languages."),
    gettext_lazy(
        "We use a readability formula based on length of words and sentences. Long sentences and words result in a worse readability score."
    ),
    gettext_lazy(
        'See our <a href="%(guide_link)s" target="_blank">content checks guide</a> for more information on how content metrics are calculated.'
    ),
    gettext_lazy('File format of type "%(extension)s" is not supported.'),
    gettext_lazy("The name of the page as it will appear in URLs e.g http://domain.com/blog/[my-slug]/"),
    gettext_lazy(
        "Set this to something other than 80 if you need a specific port number to appear in URLs (e.g. development on port 8000). Does not affect request handling (so port forwarding still works)."
    ),
    gettext_lazy("This locale's language code is not supported"),
    gettext_lazy(
        "This locale's current language code is not supported. Please choose a new language or delete this locale."
    ),
    # Scheduled publishing, with a date written « 29 novembre 2026 à 23 h 56 »: Wagtail's « à » before it read
    # « à … à », and its « unscheduled » said « planifiée ».
    gettext_lazy("Revision %(revision_id)s from %(created_at)s scheduled for publishing at %(go_live_at)s."),
    gettext_lazy("Page scheduled for publishing at %(go_live_at)s"),
    gettext_lazy("Page scheduled for publishing"),
    gettext_lazy("Revision %(revision_id)s from %(created_at)s unscheduled from publishing at %(go_live_at)s."),
    gettext_lazy("Page unscheduled for publishing at %(go_live_at)s"),
    gettext_lazy("Page unscheduled from publishing"),
)
