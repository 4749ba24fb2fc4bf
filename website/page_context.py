"""What a page shows beyond its own fields (listings, related items, availability), from the modules that find it.

Those modules query the page models, so a model importing them would close an import circle. Instead each app
registers them for its page types in its AppConfig.ready(), and SitePage.get_context asks here. A leaf module.
"""

PROVIDERS = {}


def register(page_model, provider):
    """Add `provider(page, request)`'s dict to the context of `page_model`'s pages, its subclasses' included."""
    providers = PROVIDERS.setdefault(page_model, [])
    if provider not in providers:
        providers.append(provider)


def context_for(page, request):
    """What the providers of the page's class and of its parents add, the parents' first."""
    context = {}
    for model in reversed(type(page).__mro__):
        for provider in PROVIDERS.get(model, ()):
            context.update(provider(page, request))
    return context
