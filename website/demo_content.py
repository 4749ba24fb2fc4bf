"""Demo content for the site shell: home, about, privacy, contact, the safety page, menus, footer and settings."""

import os
import secrets

from django.contrib.auth import get_user_model
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site

from website import demo_search
from website.bilingual import H, T, english, has_french, publish_french
from website.demo_links import REPORT_FORM_HREF, with_service_links
from website.models import Footer, HelpPage, HomePage, MainMenu, SiteSettings, StandardPage

HOME = {
    "title": T("Helping children stay safe online", "Aider les enfants à rester en sécurité en ligne"),
    "slug": T("home", "accueil"),
    "summary": T(
        "Practical, plain-language guidance for families, young people, educators and organizations "
        "on preventing the online sexual exploitation of children.",
        "Des conseils pratiques et clairs pour les familles, les jeunes, le personnel enseignant et les "
        "organismes afin de prévenir l’exploitation sexuelle des enfants en ligne.",
    ),
    "intro": T(
        "Children grow up online. We help the adults around them understand the risks, notice the warning "
        "signs and talk about safety early and often, and we help young people know what to do when "
        "something goes wrong.",
        "Les enfants grandissent en ligne. Nous aidons les adultes qui les entourent à comprendre les risques, "
        "à reconnaître les signaux d’alarme et à parler de sécurité tôt et souvent, et nous aidons les jeunes à "
        "savoir que faire quand quelque chose ne va pas.",
    ),
}

HOME_BODY_INTRO = [
    {
        "type": "callout",
        "value": {
            "tone": "urgent",
            "title": T(
                "If a child is in immediate danger, call 911.", "Si un enfant est en danger immédiat, composez le 911."
            ),
            "text": H(
                f'<p>To report a child being sexually exploited online, use our <a href="{REPORT_FORM_HREF}">report '
                "form</a> or contact your local police. You do not need to be certain to make a report.</p>",
                "<p>Pour signaler un enfant victime d’exploitation sexuelle en ligne, utilisez notre "
                f'<a href="{REPORT_FORM_HREF}">formulaire de signalement</a> ou communiquez avec votre service de police '
                "local. Nul besoin de certitude pour faire un signalement.</p>",
            ),
        },
    },
]

ABOUT = {
    "title": T("About us", "À propos de nous"),
    "slug": T("about", "a-propos"),
    "summary": T(
        "We are a Canadian charity that works to prevent the sexual exploitation of children, online and off.",
        "Nous sommes un organisme de bienfaisance canadien qui travaille à prévenir l’exploitation sexuelle des "
        "enfants, en ligne et ailleurs.",
    ),
    "body": [
        {"type": "heading", "value": {"text": T("What we do", "Ce que nous faisons"), "level": "h2"}},
        {
            "type": "paragraph",
            "value": H(
                "<p>The Northbridge Child Protection Foundation creates education and prevention material for the "
                "people who keep children safe: parents and caregivers, teachers, coaches, youth workers and police. "
                "Everything we publish is free, written in plain language and available in English and French.</p>"
                "<p>Our work rests on three ideas. Children are safer when the adults around them know how "
                "exploitation happens. Young people are safer when they know it is never their fault and that help "
                "exists. And communities are safer when organizations have clear policies and know how to respond.</p>",
                "<p>La Fondation Northbridge pour la protection de l’enfance conçoit du matériel d’éducation et de "
                "prévention pour les personnes qui veillent sur les enfants : parents et personnes responsables, "
                "personnel enseignant, personnel d’entraînement et d’intervention jeunesse, et services de police. Tout ce que "
                "nous publions est "
                "gratuit, rédigé en langage clair et offert en français et en anglais.</p>"
                "<p>Notre travail repose sur trois idées. Les enfants sont plus en sécurité quand les adultes qui les "
                "entourent savent comment l’exploitation se produit. Les jeunes sont plus en sécurité quand ils savent "
                "que ce n’est jamais leur faute et qu’il existe de l’aide. Et les communautés sont plus sûres quand "
                "les "
                "organismes ont des politiques claires et savent comment réagir.</p>",
            ),
        },
        {"type": "heading", "value": {"text": T("How we work", "Notre façon de travailler"), "level": "h2"}},
        {
            "type": "paragraph",
            "value": H(
                "<ul><li>Our guides are reviewed by educators, clinicians and survivors’ advocates before they "
                "are published, and reviewed again at least every two years.</li>"
                "<li>Our lesson plans follow provincial and territorial curricula and are tested in classrooms.</li>"
                "<li>Police services across Canada order our printed brochures, posters and cards free of charge "
                "to hand out in schools and communities.</li></ul>",
                "<ul><li>Nos guides sont révisés par des spécialistes de l’éducation, du milieu clinique et de "
                "l’intervention auprès des "
                "personnes survivantes avant leur publication, puis de nouveau au moins tous les deux ans.</li>"
                "<li>Nos plans de leçon suivent les programmes d’études des provinces et des territoires et sont mis "
                "à l’essai en classe.</li>"
                "<li>Les services de police de partout au Canada commandent gratuitement nos dépliants, affiches et "
                "cartes imprimés pour les distribuer dans les écoles et les communautés.</li></ul>",
            ),
        },
        {
            "type": "callout",
            "value": {
                "tone": "info",
                "title": T("How to report", "Comment faire un signalement"),
                "text": H(
                    "<p>To report the online sexual exploitation of a child, use our "
                    f'<a href="{REPORT_FORM_HREF}">report form</a>: you do not have to give your name. You can also '
                    "contact your local police.</p>",
                    "<p>Pour signaler l’exploitation sexuelle d’un enfant en ligne, utilisez notre "
                    f'<a href="{REPORT_FORM_HREF}">formulaire de signalement</a> : vous n’avez pas à donner votre nom. '
                    "Vous pouvez aussi communiquer avec votre service de police local.</p>",
                ),
            },
        },
    ],
}

PRIVACY = {
    "title": T("Privacy", "Confidentialité"),
    "slug": T("privacy", "confidentialite"),
    "summary": T(
        "Reading this site leaves no trace with us or with anyone else: no cookies, no tracking, no advertising.",
        "La lecture de ce site ne laisse aucune trace chez nous ni ailleurs : aucun témoin, aucun suivi, "
        "aucune publicité.",
    ),
    "body": [
        {"type": "heading", "value": {"text": T("When you read this site", "Quand vous lisez ce site"), "level": "h2"}},
        {
            "type": "paragraph",
            "value": H(
                "<p>Some of the people who read these pages are at risk. We built the site so that reading it "
                "tells nobody anything about you.</p>"
                "<ul><li>We set no cookies when you read pages, search or download material.</li>"
                "<li>We use no analytics, advertising or social media tools, and no page loads anything from "
                "another website, not even fonts.</li>"
                "<li>When you leave by a link, the next website is not told which of our pages you were on.</li></ul>",
                "<p>Certaines des personnes qui lisent ces pages sont en danger. Nous avons conçu le site pour que "
                "sa lecture ne révèle rien à votre sujet.</p>"
                "<ul><li>Nous n’enregistrons aucun témoin (cookie) quand vous lisez des pages, faites une recherche "
                "ou téléchargez du matériel.</li>"
                "<li>Nous n’utilisons aucun outil d’analyse, de publicité ou de médias sociaux, et aucune page ne "
                "charge quoi que ce soit d’un autre site Web, pas même des polices de caractères.</li>"
                "<li>Quand vous quittez le site par un lien, le site suivant ne sait pas quelle page vous "
                "lisiez.</li></ul>",
            ),
        },
        {
            "type": "heading",
            "value": {"text": T("What our servers keep", "Ce que nos serveurs conservent"), "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": H(
                "<p>Like every website, our servers see the address of each request. We keep these records for "
                "14 days to protect the site from attacks, then delete them. We never use them to identify readers "
                "and never share them.</p>",
                "<p>Comme pour tout site Web, nos serveurs voient l’adresse de chaque requête. Nous conservons ces "
                "journaux pendant 14 jours pour protéger le site contre les attaques, puis nous les supprimons. Nous "
                "ne les utilisons jamais pour identifier les personnes qui nous lisent et ne les communiquons "
                "jamais.</p>",
            ),
        },
        {
            "type": "heading",
            "value": {"text": T("Police agency accounts", "Comptes des services de police"), "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": H(
                "<p>Police agencies that order printed material give us a work contact and a shipping address. "
                "We use them only to process and ship orders and to report, in totals, how much material was "
                "distributed in each province and territory.</p>",
                "<p>Les services de police qui commandent du matériel imprimé nous fournissent une personne-ressource "
                "et une adresse de livraison. Nous les utilisons uniquement pour traiter et expédier les commandes "
                "et pour rendre compte, en totaux, de la quantité de matériel distribuée dans chaque province et "
                "territoire.</p>",
            ),
        },
    ],
}

CONTACT = {
    "title": T("Contact us", "Nous joindre"),
    "slug": T("contact", "nous-joindre"),
    "summary": T(
        "How to reach our team about our material, orders for police agencies and media requests.",
        "Comment joindre notre équipe au sujet de notre matériel, des commandes des services de police et des "
        "demandes des médias.",
    ),
    "body": [
        {
            "type": "paragraph",
            "value": H(
                "<p>Write to us at info@northbridge.example. We answer within two business days, in English or "
                "in French.</p>",
                "<p>Écrivez-nous à info@northbridge.example. Nous répondons dans un délai de deux jours ouvrables, "
                "en français ou en anglais.</p>",
            ),
        },
        {
            "type": "callout",
            "value": {
                "tone": "warning",
                "title": T("This is not an emergency line", "Ce n’est pas une ligne d’urgence"),
                "text": H(
                    "<p>Email is not watched around the clock. If a child is in danger now, call 911. To report "
                    f'online sexual exploitation, use our <a href="{REPORT_FORM_HREF}">report form</a>.</p>',
                    "<p>Notre boîte de courriel n’est pas surveillée en tout temps. Si un enfant est en danger maintenant, "
                    "composez le 911. Pour signaler un cas d’exploitation sexuelle en ligne, utilisez notre "
                    f'<a href="{REPORT_FORM_HREF}">formulaire de signalement</a>.</p>',
                ),
            },
        },
        {
            "type": "accordion",
            "value": {
                "heading": T("Common questions", "Questions fréquentes"),
                "items": [
                    {
                        "question": T("Can I reprint your material?", "Puis-je réimprimer votre matériel ?"),
                        "answer": H(
                            "<p>Yes, for non-commercial education, as long as you do not change it and you credit "
                            "the Foundation.</p>",
                            "<p>Oui, à des fins d’éducation non commerciales, à condition de ne pas le modifier et de "
                            "mentionner la Fondation.</p>",
                        ),
                    },
                    {
                        "question": T(
                            "How does a police agency order printed copies?",
                            "Comment un service de police commande-t-il des exemplaires imprimés ?",
                        ),
                        "answer": H(
                            "<p>Request an agency account from the printed resources catalogue. Once our staff "
                            "approve it, officers of your agency can order online.</p>",
                            "<p>Demandez un compte pour votre service à partir du catalogue des ressources "
                            "imprimées. Une fois le compte approuvé par notre équipe, les membres de votre service "
                            "peuvent commander en ligne.</p>",
                        ),
                    },
                ],
            },
        },
    ],
}

STAYING_SAFE = {
    "title": T("Staying safe online", "Naviguer en sécurité"),
    "slug": T("staying-safe-online", "naviguer-en-securite"),
    "summary": T(
        "What the Leave quickly button does, what it cannot do, and how to keep your visit to this site private.",
        "Ce que fait le bouton « Quitter rapidement », ce qu’il ne peut pas faire, et comment préserver "
        "la confidentialité de votre visite sur ce site.",
    ),
    "body": [
        {
            "type": "paragraph",
            "value": H(
                "<p>If someone checks your phone or computer, or might walk into the room, you can leave this "
                "site in one step. This page explains how, and what else you can do.</p>"
                f'<p>To tell us about a child harmed online, use our <a href="{REPORT_FORM_HREF}">report form</a>. '
                "You do not have to give your name.</p>",
                "<p>Si quelqu’un vérifie votre téléphone ou votre ordinateur, ou pourrait entrer dans la pièce, vous "
                "pouvez quitter ce site en un seul geste. Cette page explique comment, et ce que vous pouvez faire "
                "d’autre.</p>"
                "<p>Pour nous signaler un enfant victime d’exploitation en ligne, utilisez notre "
                f'<a href="{REPORT_FORM_HREF}">formulaire de signalement</a>. Vous n’avez pas à donner votre nom.</p>',
            ),
        },
        {
            "type": "heading",
            "value": {"text": T("The Leave quickly button", "Le bouton « Quitter rapidement »"), "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": H(
                "<p>The Leave quickly button is at the top of every page. When you select it:</p>"
                "<ul><li>the page goes blank at once;</li>"
                "<li>a weather forecast opens in the same tab;</li>"
                "<li>the page you were reading is replaced, so pressing Back does not bring it back.</li></ul>"
                "<p>You can also press the Shift key three times in a row to leave. This works on every page, "
                "except while you are typing in a text box.</p>",
                "<p>Le bouton « Quitter rapidement » se trouve en haut de chaque page. Quand vous le sélectionnez :</p>"
                "<ul><li>la page devient vide immédiatement ;</li>"
                "<li>une page de prévisions météo s’ouvre dans le même onglet ;</li>"
                "<li>la page que vous lisiez est remplacée, de sorte que le bouton Précédent ne la ramène "
                "pas.</li></ul>"
                "<p>Vous pouvez aussi appuyer trois fois de suite sur la touche Maj (Shift) pour quitter. Cela "
                "fonctionne sur toutes les pages, sauf pendant que vous écrivez dans une zone de texte.</p>",
            ),
        },
        {
            "type": "callout",
            "value": {
                "tone": "warning",
                "title": T(
                    "Leave quickly does not erase your browsing history",
                    "Le bouton « Quitter rapidement » n’efface pas votre historique de navigation",
                ),
                "text": H(
                    "<p>Other pages of this site that you opened earlier in the same tab can still be found in "
                    "your history. To leave fewer traces, turn on Private visit or use private browsing, and "
                    "delete the recent entries as shown below.</p>",
                    "<p>Les autres pages de ce site ouvertes plus tôt dans le même onglet peuvent encore se trouver "
                    "dans votre historique. Pour laisser moins de traces, activez la visite privée ou utilisez la "
                    "navigation privée, et supprimez les entrées récentes comme expliqué ci-dessous.</p>",
                ),
            },
        },
        {"type": "heading", "value": {"text": T("Private visit", "Visite privée"), "level": "h2"}},
        {
            "type": "paragraph",
            "value": H(
                "<p>Turn on the Private visit switch next to the Leave quickly button. While it is on, every page "
                "you open on this site replaces the one before it, so your whole visit takes up a single step in "
                "this tab’s Back history. If you then leave quickly, that step is replaced too, and Back takes "
                "you to whatever you had open before you came here.</p>"
                "<p>The switch is remembered only in this tab and is forgotten when you close it. It sets no "
                "cookie and sends nothing to us.</p>",
                "<p>Activez l’interrupteur « Visite privée » à côté du bouton « Quitter rapidement ». Tant qu’il est "
                "activé, "
                "chaque page que vous ouvrez sur ce site remplace la précédente : toute votre visite n’occupe qu’une "
                "seule étape dans l’historique Précédent de cet onglet. Si vous quittez ensuite rapidement, cette "
                "étape est remplacée elle aussi, et le bouton Précédent vous ramène à ce que vous aviez ouvert avant "
                "de venir ici.</p>"
                "<p>Ce réglage ne vaut que pour cet onglet et s’efface quand vous le fermez. Il "
                "n’enregistre aucun témoin et ne nous transmet rien.</p>",
            ),
        },
        {"type": "heading", "value": {"text": T("Private browsing", "Navigation privée"), "level": "h2"}},
        {
            "type": "paragraph",
            "value": H(
                "<p>Every browser has a private mode: Incognito in Chrome, InPrivate in Edge, Private Browsing in "
                "Firefox and Safari. Pages you open in a private window are not saved in your history once you "
                "close the window. Private browsing does not hide your visit from your Internet provider, your "
                "school or your employer.</p>",
                "<p>Tous les navigateurs ont un mode privé : Incognito dans Chrome, InPrivate dans Edge, navigation "
                "privée dans Firefox et Safari. Les pages ouvertes dans une fenêtre privée ne sont pas enregistrées "
                "dans votre historique une fois la fenêtre fermée. La navigation privée ne cache pas votre visite à "
                "votre fournisseur Internet, à votre école ou à votre employeur.</p>",
            ),
        },
        {
            "type": "heading",
            "value": {"text": T("Deleting recent history", "Supprimer l’historique récent"), "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": H(
                "<p>Deleting your whole history can itself look suspicious. Most browsers let you delete only "
                "some entries:</p>"
                "<ul><li>Open your history (Ctrl+H on Windows, Cmd+Y on a Mac; in the browser menu on phones).</li>"
                "<li>Find the pages of this site and delete just those entries.</li>"
                "<li>Or choose to clear only the last hour of browsing.</li></ul>",
                "<p>Supprimer tout votre historique peut en soi paraître suspect. La plupart des navigateurs "
                "permettent de supprimer seulement certaines entrées :</p>"
                "<ul><li>Ouvrez votre historique (Ctrl+H sous Windows, Cmd+Y sur un Mac ; dans le menu du navigateur "
                "sur un téléphone).</li>"
                "<li>Repérez les pages de ce site et supprimez seulement ces entrées.</li>"
                "<li>Ou choisissez d’effacer seulement la dernière heure de navigation.</li></ul>",
            ),
        },
        {"type": "heading", "value": {"text": T("Coming back", "Revenir sur le site"), "level": "h2"}},
        {
            "type": "paragraph",
            "value": H(
                "<p>You can come back whenever it is safe: type the site’s address again or search for the "
                "Northbridge Child Protection Foundation. If you are worried about being watched, a computer at "
                "a public library, or a trusted friend’s phone, may be safer.</p>",
                "<p>Vous pouvez revenir quand vous serez en sécurité : tapez de nouveau l’adresse du site ou "
                "cherchez la Fondation Northbridge pour la protection de l’enfance. Si vous craignez une "
                "surveillance, un ordinateur de bibliothèque publique ou le téléphone d’une personne de confiance "
                "peut être plus sûr.</p>",
            ),
        },
    ],
}

GET_HELP = {
    "title": T("Get help now", "Obtenir de l’aide maintenant"),
    "slug": T("get-help-now", "obtenir-de-l-aide"),
    "summary": T(
        "You do not have to deal with this alone. These services can help today, for free.",
        "Vous n’avez pas à faire face à cette situation sans aide. Ces services peuvent vous aider dès aujourd’hui, "
        "gratuitement.",
    ),
    "body": [
        {
            "type": "help_line",
            "value": {
                "name": T("A child is in danger right now", "Un enfant est en danger en ce moment"),
                "description": T(
                    "Call 911 for the police. Stay on the line and tell them where the child is.",
                    "Composez le 911 pour joindre la police. Restez en ligne et dites où se trouve l’enfant.",
                ),
                "phone": T("911", "911"),
                "text_number": "",
                "url": "",
                "link_text": T("", ""),
                "urgent": True,
            },
        },
        {
            "type": "report",
            "value": {
                "name": T(
                    "Report the online sexual exploitation of a child",
                    "Signaler l’exploitation sexuelle d’un enfant en ligne",
                ),
                "description": T(
                    "Report a child being lured, threatened or exploited online, or sexual images of a child. You "
                    "can report without giving your name, and you do not need to be certain.",
                    "Signalez un enfant leurré, menacé ou exploité en ligne, ou des images sexuelles d’un enfant. "
                    "Vous pouvez faire un signalement sans donner votre nom, et vous n’avez pas besoin de certitude.",
                ),
            },
        },
        {
            "type": "help_line",
            "value": {
                "name": T("Kids Help Phone", "Jeunesse, J’écoute"),
                "description": T(
                    "Free, confidential support for young people, 24 hours a day, by phone or by text, in English "
                    "and French.",
                    "Du soutien gratuit et confidentiel pour les jeunes, 24 heures sur 24, par téléphone ou par "
                    "texto, en français et en anglais.",
                ),
                "phone": T("1-800-668-6868", "1-800-668-6868"),
                "text_number": T("686868", "686868"),
                "url": "https://kidshelpphone.ca/",
                "link_text": T("kidshelpphone.ca", "jeunessejecoute.ca"),
                "urgent": False,
            },
        },
        {
            "type": "help_line",
            "value": {
                "name": T("NeedHelpNow.ca", "AidezMoiSVP.ca"),
                "description": T(
                    "For young people whose sexual pictures or videos were shared: how to get them taken down, "
                    "and where to find support.",
                    "Pour les jeunes dont des photos ou des vidéos sexuelles ont été partagées : comment les faire "
                    "retirer, et où trouver du soutien.",
                ),
                "phone": "",
                "text_number": "",
                "url": "https://needhelpnow.ca/",
                "link_text": T("Go to NeedHelpNow.ca", "Aller sur AidezMoiSVP.ca"),
                "urgent": False,
            },
        },
        {
            "type": "help_line",
            "value": {
                "name": T("Take It Down", "Take It Down"),
                "description": T(
                    "A free service that helps remove, or stop the sharing of, sexual pictures or videos taken of "
                    "you before you were 18. Your pictures never leave your device.",
                    "Un service gratuit qui aide à retirer, ou à empêcher de partager, des photos ou des vidéos "
                    "sexuelles de vous prises avant vos 18 ans. Vos photos ne quittent jamais votre appareil.",
                ),
                "phone": "",
                "text_number": "",
                "url": "https://takeitdown.ncmec.org/",
                "link_text": T("Go to Take It Down", "Aller sur Take It Down"),
                "urgent": False,
            },
        },
    ],
}

HOME_CARDS_HEADING = T("Find what you need", "Trouvez ce qu’il vous faut")

FOOTER_ABOUT = T(
    "A registered Canadian charity working to prevent the sexual exploitation of children through education.",
    "Organisme de bienfaisance canadien enregistré qui travaille à prévenir l’exploitation sexuelle des enfants par "
    "l’éducation.",
)


def stored_as_the_admin_does(page):
    """Give every StreamField of `page` the stored form the page editor writes: list items as blocks with ids.

    A list written as plain values (`"cards": [{...}]`) renders the same, but wagtail-localize only extracts
    segments from lists in block form, so the text of those items would silently never be offered for
    translation and stay in English on the French page.
    """
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            stream = getattr(page, field.name)
            setattr(
                page,
                field.name,
                StreamValue(stream.stream_block, [(child.block_type, child.value) for child in stream]),
            )
    return page


def get_or_create_child(parent, page_class, content, **fields):
    """The English page with this slug under `parent`, created (and published) if missing.

    `content` holds the page's fields with T/H texts; `fields` holds values that need no translation.
    """
    slug = content["slug"].en
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific, False
    page = stored_as_the_admin_does(page_class(**english(content), **fields))
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def ensure_french(instance, content, **options):
    if not has_french(instance):
        publish_french(instance, content, **options)


def load_home():
    """Replace Wagtail's welcome page with our home page, and point the site at it."""
    english_locale = Locale.objects.get(language_code="en")
    home = HomePage.objects.filter(locale=english_locale).first()
    if home is None:
        # Wagtail's welcome page (and the site pointing at it) makes way for ours.
        Page.objects.filter(depth=2).not_type(HomePage).delete()
        home = stored_as_the_admin_does(HomePage(**english(HOME), body=english(HOME_BODY_INTRO)))
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Northbridge"},
        )
    ensure_french(home, {**HOME, "body": HOME_BODY_INTRO})
    return home


def load_link_snippet(model, items_relation, links, **fields):
    """A menu-like snippet linking to `links`: pages, or (page, T label) pairs for a shorter label."""
    links = [link if isinstance(link, tuple) else (link, T("", "")) for link in links]
    english_locale = Locale.objects.get(language_code="en")
    snippet = model.objects.filter(locale=english_locale).first()
    if snippet is None:
        snippet = model(locale=english_locale, **english(fields))
        item_model = model._meta.get_field(items_relation).related_model
        setattr(snippet, items_relation, [item_model(page=page, label=label.en) for page, label in links])
        snippet.save()
    ensure_french(snippet, {**fields, "labels": [label for _, label in links]})
    return snippet


def load_admin_user(stdout):
    User = get_user_model()
    if User.objects.filter(username="admin").exists():
        return
    password = os.environ.get("DEMO_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
    User.objects.create_superuser("admin", "admin@northbridge.example", password)
    if os.environ.get("DEMO_ADMIN_PASSWORD"):
        stdout.write("Created admin user 'admin' with the password from DEMO_ADMIN_PASSWORD.")
    else:
        stdout.write(f"Created admin user 'admin' with password: {password}")


def home_cards(loaded):
    """The home page's cards, offered by the other apps' demo content: (page, T text, picture) triples."""
    cards = [card for app_pages in loaded.values() for card in app_pages.get("home_cards", [])]
    if not cards:
        return []
    value = {
        "heading": HOME_CARDS_HEADING,
        "cards": [{"page": page.pk, "title": "", "text": text, "picture": picture} for page, text, picture in cards],
    }
    return [{"type": "cards", "value": value}]


def audience_links(loaded):
    """The home page's "Find guides for me" links, offered by the other apps' demo content: (page, T label) pairs."""
    links = [link for app_pages in loaded.values() for link in app_pages.get("audience_links", [])]
    return [{"type": "link", "value": {"page": page.pk, "label": label}} for page, label in links]


def load(stdout, loaded):
    home = load_home()
    pages = {"home": home}
    for key, content in [("about", ABOUT), ("privacy", PRIVACY), ("contact", CONTACT), ("safety", STAYING_SAFE)]:
        content = with_service_links(content)
        page, _ = get_or_create_child(home, StandardPage, content)
        ensure_french(page, content)
        pages[key] = page
    pages["help"], _ = get_or_create_child(home, HelpPage, GET_HELP)
    ensure_french(pages["help"], GET_HELP)
    load_admin_user(stdout)
    return pages


def finish(stdout, loaded):
    """Once every app's pages exist: the home page's cards, the menus, the footer and the safety page setting."""
    pages = loaded["website"]
    home = pages["home"]
    cards = home_cards(loaded)
    links = audience_links(loaded)
    if (cards and not any(block.block_type == "cards" for block in home.body)) or (links and not home.audience_links):
        content = {**HOME, "body": with_service_links(HOME_BODY_INTRO) + cards, "audience_links": links}
        home.body = english(content["body"])
        home.audience_links = english(content["audience_links"])
        stored_as_the_admin_does(home).save_revision().publish()
        publish_french(home, content)

    menu_items = [item for app_pages in loaded.values() for item in app_pages.get("menu_items", [])]
    load_link_snippet(MainMenu, "items", [*menu_items, pages["about"], pages["contact"]])
    load_link_snippet(
        Footer, "links", [pages["about"], pages["privacy"], pages["contact"], pages["safety"]], about=FOOTER_ABOUT
    )
    demo_search.load(pages["help"])
    site_settings = SiteSettings.load()
    if site_settings.safety_page_id is None:
        site_settings.safety_page = pages["safety"]
        site_settings.save()
