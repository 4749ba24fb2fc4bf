"""Demo content of the education library: topics, guides, lesson plans and audience hubs, in English and French."""

from website.bilingual import H, T
from website.demo_links import REPORT_FORM_HREF

# Topics tag guides and lesson plans; the slug is the same in both languages.
TOPICS = [
    {
        "slug": "online-grooming",
        "name": T("Online grooming", "Pédopiégeage en ligne"),
        "description": T(
            "How an adult or older youth builds a child’s trust online in order to exploit them, and the "
            "warning signs that let you step in early.",
            "Comment une personne adulte ou plus âgée gagne la confiance d’un enfant en ligne dans le but de "
            "l’exploiter, et les signaux d’alarme qui permettent d’intervenir tôt.",
        ),
    },
    {
        "slug": "sextortion",
        "name": T("Sextortion", "Sextorsion"),
        "description": T(
            "Threats to share a young person’s intimate images unless they send money or more images. How it "
            "works, how to respond and where to find help.",
            "Des menaces de diffuser les images intimes d’une ou d’un jeune pour lui soutirer de l’argent ou d’autres "
            "images. "
            "Comment ça fonctionne, comment réagir et où trouver de l’aide.",
        ),
    },
    {
        "slug": "sharing-intimate-images",
        "name": T("Sharing intimate images", "Partage d’images intimes"),
        "description": T(
            "Pressure, consent and the law when young people are asked for, send or receive nude or sexual images.",
            "La pression, le consentement et la loi quand des jeunes se font demander, envoient "
            "ou reçoivent des images nues ou sexuelles.",
        ),
    },
    {
        "slug": "healthy-relationships",
        "name": T("Healthy relationships", "Relations saines"),
        "description": T(
            "Respect, boundaries and consent in friendships and dating, online and in person.",
            "Le respect, les limites et le consentement dans les amitiés et les "
            "relations amoureuses, en ligne comme en personne.",
        ),
    },
    {
        "slug": "gaming-and-chat",
        "name": T("Gaming and chat", "Jeux en ligne et clavardage"),
        "description": T(
            "Multiplayer games, voice chat and messaging apps, where children "
            "often talk with people they have never met.",
            "Les jeux multijoueurs, le clavardage vocal et les applications de messagerie, où les enfants parlent "
            "souvent avec des gens qu’ils n’ont jamais rencontrés.",
        ),
    },
    {
        "slug": "body-safety",
        "name": T("Body safety", "Sécurité corporelle"),
        "description": T(
            "Age-appropriate ways to teach young children about their bodies, privacy, safe and "
            "unsafe secrets, and the adults they can tell.",
            "Des façons adaptées à leur âge d’enseigner aux jeunes enfants leur corps, leur intimité, la différence "
            "entre les bons et les mauvais secrets, et les adultes à qui ils peuvent parler.",
        ),
    },
    {
        "slug": "screen-time",
        "name": T("Screen time and family rules", "Temps d’écran et règles familiales"),
        "description": T(
            "Setting up devices, apps and household routines that fit a child’s age and keep the conversation open.",
            "Configurer les appareils, les applications et les habitudes de la maison selon l’âge de "
            "l’enfant, tout en gardant le dialogue ouvert.",
        ),
    },
    {
        "slug": "privacy",
        "name": T("Privacy and personal information", "Vie privée et renseignements personnels"),
        "description": T(
            "Passwords, location sharing, profiles, and what children share about themselves and others.",
            "Les mots de passe, le partage de la localisation, les profils, et ce que les enfants "
            "révèlent sur eux-mêmes et sur les autres.",
        ),
    },
    {
        "slug": "reporting-and-getting-help",
        "name": T("Reporting and getting help", "Signaler et obtenir de l’aide"),
        "description": T(
            "What to do when something has happened: keeping evidence, reporting to Cybertip.ca or the police, and "
            "finding support for the child and family.",
            "Que faire quand quelque chose s’est produit : conserver les preuves, faire un signalement à "
            "Cyberaide.ca ou à la police, et trouver du soutien pour l’enfant et sa famille.",
        ),
    },
]


# One hub page per audience, keyed by the audience code used in GUIDES.
AUDIENCE_HUBS = {
    "parents": {
        "slug": T("parents", "parents"),
        "title": T("For parents and caregivers", "Pour les parents et les personnes responsables"),
        "summary": T(
            "Plain-language guides to help you understand the risks your child faces online, spot the warning signs "
            "and know what to do if something happens.",
            "Des guides en langage clair pour vous aider à comprendre les risques que court votre enfant en ligne, à "
            "reconnaître les signaux d’alarme et à savoir que faire si quelque chose arrive.",
        ),
        "intro": T(
            "You do not need to be a technology expert to keep your child safe online. What matters most is a "
            "relationship in which your child knows they can come to you, even when they have made a mistake. These "
            "guides give you the facts, the words to start a conversation and the steps to take if you are worried.",
            "Pas besoin d’être une experte ou un expert en technologie pour protéger votre enfant en ligne. Ce "
            "qui compte le plus, c’est une relation où votre enfant sait pouvoir venir vous voir, même après "
            "une erreur. Ces guides vous donnent les faits, les mots pour amorcer la discussion et les "
            "étapes à suivre si quelque chose vous inquiète.",
        ),
    },
    "youth": {
        "slug": T("youth", "jeunes"),
        "title": T("For youth", "Pour les jeunes"),
        "summary": T(
            "Straight answers about pressure, pictures, online friendships and what to "
            "do when something goes wrong. No judgment.",
            "Des réponses franches sur la pression, les photos, les amitiés en ligne et que faire quand "
            "quelque chose tourne mal. Sans jugement.",
        ),
        "intro": T(
            "Your online life is real life, and you deserve to feel safe in it. If someone is pressuring you, "
            "threatening you or making you uncomfortable, it is not your fault and you do not have to handle it "
            "alone. Read what helps, skip what does not, and reach out whenever you are ready.",
            "Ta vie en ligne, c’est ta vraie vie, et tu mérites de t’y sentir en sécurité. Si quelqu’un te met de la "
            "pression, te menace ou te met mal à l’aise, ce n’est pas ta faute et tu n’as pas à vivre ça sans "
            "soutien. Lis ce qui te sert, laisse de côté le reste, et demande de l’aide quand tu t’en sens capable.",
        ),
    },
    "educators": {
        "slug": T("teachers", "personnel-enseignant"),
        "title": T("For educators", "Pour le personnel enseignant"),
        "summary": T(
            "Lesson plans from kindergarten to grade 12, and practical guidance for "
            "responding when a student is harmed or discloses.",
            "Des plans de leçon de la maternelle à la 12e année, et des conseils pratiques pour réagir quand "
            "une ou un élève est victime de mauvais traitements ou se confie.",
        ),
        "intro": T(
            "Teachers are often the first adults a young person trusts with something that happened online. Our "
            "lesson plans help you teach prevention in a calm, age-appropriate way, and our guides help you respond "
            "to disclosures and image-sharing incidents with care and in line with your duty to report.",
            "Le personnel enseignant est souvent le premier à qui les jeunes confient ce qui leur est arrivé en ligne. "
            "Nos "
            "plans de leçon vous aident à aborder la prévention avec calme et selon l’âge des élèves, et nos guides "
            "vous aident à réagir avec bienveillance aux confidences et aux incidents de partage d’images, dans le "
            "respect de votre obligation de signaler.",
        ),
    },
    "organizations": {
        "slug": T("organizations", "organismes"),
        "title": T("For organizations", "Pour les organismes"),
        "summary": T(
            "Policies, training and procedures for sports clubs, camps, faith communities and every "
            "organization that works with children and youth.",
            "Politiques, formation et procédures pour les clubs sportifs, les camps, les communautés religieuses et "
            "tous les organismes qui travaillent auprès des enfants et des jeunes.",
        ),
        "intro": T(
            "Organizations that serve young people have a duty to keep them safe, including in the texts, chats and "
            "social media that are now part of every program. These guides help you set clear rules for digital "
            "contact, train staff and volunteers, and respond well when a concern is raised.",
            "Les organismes au service des jeunes ont le devoir de veiller à leur sécurité, y compris dans les "
            "textos, le clavardage et les médias sociaux qui font désormais partie de toutes les activités. Ces "
            "guides vous aident à établir des règles claires pour les communications numériques, à former le "
            "personnel et les bénévoles, et à bien réagir quand une inquiétude est soulevée.",
        ),
    },
}


# The library index page.
LIBRARY = {
    "slug": T("library", "bibliotheque"),
    "title": T("Library", "Bibliothèque"),
    "summary": T(
        "Free guides and lesson plans on preventing the online sexual exploitation of children, for families, "
        "young people, educators and organizations.",
        "Des guides et des plans de leçon gratuits pour prévenir l’exploitation sexuelle des enfants en ligne, à "
        "l’intention des familles, des jeunes, du personnel enseignant et des organismes.",
    ),
    "intro": T(
        "Everything in our library is free to read, print and share. Browse by audience or topic, or search for a "
        "question you have. Each guide is reviewed by specialists and updated regularly.",
        "Tout le contenu de notre bibliothèque peut être lu, imprimé et partagé gratuitement. Parcourez-le par "
        "public ou par sujet, ou cherchez la réponse à une question. Chaque guide est révisé par des "
        "spécialistes et mis à jour régulièrement.",
    ),
}


# Guides: at least one per audience; `age_min`/`age_max` are the ages of the children concerned.
GUIDES = [
    {
        "slug": T("sextortion-what-parents-need-to-know", "sextorsion-ce-que-les-parents-doivent-savoir"),
        "title": T("Sextortion: what parents need to know", "Sextorsion : ce que les parents doivent savoir"),
        "summary": T(
            "How sextortion works, the signs that your child may be targeted, and exactly what to do, "
            "and not do, if they come to you for help.",
            "Comment fonctionne la sextorsion, les signes qu’un enfant est peut-être ciblé, et ce qu’il faut faire, "
            "ou éviter de faire, s’il vous demande de l’aide.",
        ),
        "audiences": ["parents"],
        "topics": ["sextortion", "sharing-intimate-images", "reporting-and-getting-help"],
        "age_min": 11,
        "age_max": 17,
        "last_reviewed": "2026-09-15",
        "body": [
            {
                "type": "paragraph",
                "value": H(
                    "<p>Sextortion is a form of blackmail. Someone threatens to share sexual images of a young person "
                    "unless they pay money or send more images. It can happen to any child with a phone, a tablet or "
                    "a game console, and it often moves very fast. Knowing how it works, and how to respond calmly, "
                    "can make all the difference to your child.</p>",
                    "<p>La sextorsion est une forme de chantage. Une personne menace de diffuser des images "
                    "sexuelles d’une ou d’un jeune pour lui soutirer de l’argent ou d’autres images. Ça "
                    "peut arriver à n’importe quel enfant qui a un téléphone, une tablette ou une console de jeu, et "
                    "tout se passe souvent très vite. Savoir comment ça fonctionne, et comment réagir avec calme, "
                    "peut tout changer pour votre enfant.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("What sextortion looks like", "À quoi ressemble la sextorsion"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Most cases start with a friendly message on social media, in a game or in a chat app. The "
                    "person often pretends to be a young person of about the same age, and the conversation quickly "
                    "turns flirtatious. Once they have an image or a video, whether the young person sent it, it was "
                    "recorded during a video call or it was faked with editing tools, the tone changes abruptly.</p>"
                    "<p>Two patterns are common:</p>"
                    "<ul><li><b>Sextortion for money:</b> the offender demands money, gift cards or cryptocurrency, "
                    "often within hours of the first contact. Boys aged 14 to 17 are the most frequent targets, often "
                    "of organized groups operating from outside Canada.</li>"
                    "<li><b>Sextortion for more images:</b> the offender demands more and more explicit "
                    "content, sometimes over months. This is often part of online grooming and can "
                    "target children as young as 10.</li></ul>"
                    "<p>In both cases the offender creates panic: a countdown, screenshots of the young person’s list "
                    "of friends, threats to send the images to their family or school.</p>",
                    "<p>La plupart des cas commencent par un message amical dans un réseau social, un jeu ou une "
                    "application de clavardage. La personne se fait souvent passer pour une ou un jeune du même âge, "
                    "et la "
                    "conversation prend vite un ton de séduction. Dès qu’elle obtient une image ou une vidéo, que la "
                    "victime l’ait envoyée, qu’elle ait été enregistrée pendant un appel vidéo ou qu’elle ait "
                    "été truquée avec un logiciel de retouche, le ton change brusquement.</p>"
                    "<p>Deux scénarios sont fréquents :</p>"
                    "<ul><li><b>La sextorsion pour de l’argent :</b> la personne exige de l’argent, des "
                    "cartes-cadeaux ou de la cryptomonnaie, souvent quelques heures à peine après le premier "
                    "contact. Les garçons de 14 à 17 ans sont les plus souvent visés, fréquemment par des groupes "
                    "organisés qui agissent de l’étranger.</li>"
                    "<li><b>La sextorsion pour obtenir d’autres images :</b> la personne exige du contenu de plus en "
                    "plus explicite, parfois pendant des mois. Elle s’inscrit souvent dans un processus de "
                    "pédopiégeage et "
                    "peut viser des enfants d’à peine 10 ans.</li></ul>"
                    "<p>Dans les deux cas, la personne crée un sentiment de panique : un compte à "
                    "rebours, des captures d’écran de la liste de contacts de la victime, des menaces d’envoyer "
                    "les images à sa famille ou à son école.</p>",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "info",
                    "title": T("It is never your child’s fault", "Ce n’est jamais la faute de votre enfant"),
                    "text": H(
                        "<p>Offenders are skilled manipulators who deliberately exploit young people’s trust, "
                        "curiosity and fear. Whatever your child sent or did, they are the victim of a crime. How you "
                        "react in the first minutes will shape whether they keep talking to you.</p>",
                        "<p>Les personnes qui font de la sextorsion manipulent habilement et délibérément la "
                        "confiance, "
                        "la curiosité et la peur des jeunes. Peu importe ce que votre enfant a envoyé ou fait, votre "
                        "enfant est victime d’un crime. Votre réaction dans les premières minutes déterminera en "
                        "grande "
                        "partie si la confiance se maintient et si votre enfant continue de se confier à vous.</p>",
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Warning signs to watch for", "Les signaux d’alarme"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>A young person who is being threatened may say nothing, out of shame "
                    "or fear. Pay attention if your child:</p>"
                    "<ul><li>suddenly becomes anxious, withdrawn or upset after using their phone or computer;</li>"
                    "<li>seems afraid of notifications, or stops using a device they usually love;</li>"
                    "<li>asks for money or gift cards without a clear reason, or money goes missing;</li>"
                    "<li>deletes accounts, changes usernames, or avoids school or friends;</li>"
                    "<li>says things that suggest hopelessness or that they feel like a burden.</li></ul>"
                    "<p>Each of these signs can have other causes. The right "
                    "response is the same: a calm, open check-in.</p>",
                    "<p>Les jeunes qui reçoivent des menaces peuvent garder le silence par honte ou par "
                    "peur. Soyez à l’affût si votre enfant :</p>"
                    "<ul><li>montre soudainement de l’anxiété, se replie sur soi ou semble en détresse après avoir "
                    "utilisé son téléphone ou son ordinateur ;</li>"
                    "<li>semble craindre les notifications, ou délaisse soudain son appareil préféré ;</li>"
                    "<li>demande de l’argent ou des cartes-cadeaux sans raison claire, ou de l’argent disparaît ;</li>"
                    "<li>supprime des comptes, change de nom d’utilisateur, ou évite l’école ou ses amies et "
                    "amis ;</li>"
                    "<li>tient des propos qui laissent entendre que tout est sans "
                    "issue, ou se décrit comme un fardeau.</li></ul>"
                    "<p>Chacun de ces signes peut avoir d’autres causes. La bonne réaction reste la même : prendre "
                    "des nouvelles, calmement et ouvertement.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("If your child tells you it is happening", "Si votre enfant vous dit que ça lui arrive"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<ol><li><b>Stay calm and thank them for telling you.</b> Say clearly that it is not their fault "
                    "and that you will deal with it together.</li>"
                    "<li><b>Stop all contact.</b> Do not reply, negotiate or pay. Paying rarely ends the "
                    "threats and often leads to new demands.</li>"
                    "<li><b>Keep the evidence.</b> Take screenshots of the profile, usernames, messages and payment "
                    "requests. Do not save, screenshot or forward the images themselves.</li>"
                    "<li><b>Report it.</b> Contact Cybertip.ca or your local police. Cybertip.ca can also help "
                    "you ask platforms to remove images.</li>"
                    "<li><b>Secure the accounts.</b> Report and block the offender on the platform. Deactivate your "
                    "child’s account for now rather than deleting it, so that evidence is not lost.</li>"
                    "<li><b>Look after your child.</b> Check in over the following days and weeks. Remind them that "
                    "they can talk to Kids Help Phone at any time.</li></ol>",
                    "<ol><li><b>Restez calme et remerciez votre enfant de vous en avoir parlé.</b> Dites-lui "
                    "clairement que ce "
                    "n’est pas sa faute et que vous allez régler la situation ensemble.</li>"
                    "<li><b>Cessez tout contact.</b> Ne répondez pas, ne négociez pas et ne payez pas. Payer met "
                    "rarement fin aux menaces et entraîne souvent de nouvelles exigences.</li>"
                    "<li><b>Conservez les preuves.</b> Faites des captures d’écran du profil, des noms "
                    "d’utilisateur, des messages et des demandes de paiement. N’enregistrez pas, ne capturez pas et "
                    "ne transférez pas les images elles-mêmes.</li>"
                    "<li><b>Signalez la situation.</b> Communiquez avec Cyberaide.ca ou avec votre service de police "
                    "local. Cyberaide.ca peut aussi vous aider à demander aux plateformes de retirer les images.</li>"
                    "<li><b>Sécurisez les comptes.</b> Signalez et bloquez le compte sur la "
                    "plateforme. Désactivez pour l’instant le compte de votre enfant plutôt que de le "
                    "supprimer, afin de ne pas perdre de preuves.</li>"
                    "<li><b>Prenez soin de votre enfant.</b> Prenez de ses nouvelles dans les jours et les semaines "
                    "qui suivent. Rappelez-lui que Jeunesse, J’écoute est là en tout temps.</li></ol>",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "warning",
                    "title": T("In an emergency, call 911", "En cas d’urgence, composez le 911"),
                    "text": H(
                        "<p>If your child is in immediate danger or talks about ending their life, stay with "
                        "them and call 911. Young people can reach Kids Help Phone at any hour at "
                        "1-800-668-6868 or by texting 686868.</p>",
                        "<p>Si votre enfant est en danger immédiat ou parle de mettre fin à ses jours, restez à "
                        "ses côtés et composez le 911. Les jeunes peuvent joindre Jeunesse, J’écoute à toute heure au "
                        "1-800-668-6868 ou par texto au 686868.</p>",
                    ),
                },
            },
            {
                "type": "accordion",
                "value": {
                    "heading": T("Common questions", "Questions fréquentes"),
                    "items": [
                        {
                            "question": T(
                                "Will my child get in trouble with the police?",
                                "Est-ce que mon enfant aura des ennuis avec la police ?",
                            ),
                            "answer": H(
                                "<p>Police and Cybertip.ca treat young people who are being sextorted as victims. "
                                "Their focus is on stopping the offender and protecting your child, not on "
                                "punishing a teenager who was manipulated.</p>",
                                "<p>La police et Cyberaide.ca considèrent les jeunes ciblés par la sextorsion comme "
                                "des victimes. Leur priorité est d’arrêter la personne qui fait du chantage et de "
                                "protéger votre enfant, "
                                "pas de punir une adolescente ou un adolescent victime de manipulation.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "What if the images have already been shared?",
                                "Et si les images ont déjà été diffusées ?",
                            ),
                            "answer": H(
                                "<p>Report it anyway. Cybertip.ca works with online platforms to have sexual images "
                                "of young people removed, and most large platforms act quickly on these reports. Even "
                                "when images have spread, there are steps that limit the harm.</p>",
                                "<p>Faites quand même un signalement. Cyberaide.ca travaille avec les plateformes en "
                                "ligne pour faire retirer les images sexuelles de jeunes, et la plupart des grandes "
                                "plateformes traitent rapidement ces signalements. Même quand les images ont circulé, "
                                "il est possible de limiter les dégâts.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Should I take away my child’s phone?",
                                "Devrais-je confisquer le téléphone de mon enfant ?",
                            ),
                            "answer": H(
                                "<p>Taking away devices can feel like a punishment, and it can teach your child not "
                                "to tell you next time. Focus on safety and support first. You can talk about family "
                                "rules later, once things have calmed down.</p>",
                                "<p>Confisquer les appareils peut être perçu comme une punition et peut "
                                "apprendre à votre enfant à ne rien vous dire la prochaine fois. Misez d’abord "
                                "sur la sécurité et le soutien. Vous pourrez revoir les règles familiales plus "
                                "tard, quand la situation se sera calmée.</p>",
                            ),
                        },
                    ],
                },
            },
            {
                "type": "conversation",
                "value": {
                    "heading": T("Talk about it", "Parlez-en"),
                    "intro": T(
                        "You do not have to wait for a problem. These openers can help you raise the subject calmly, "
                        "in the car, over a meal or while scrolling together.",
                        "Pas besoin d’attendre qu’un problème survienne. Ces phrases peuvent vous aider à aborder le "
                        "sujet calmement, en voiture, pendant un repas ou en naviguant ensemble.",
                    ),
                    "starters": [
                        T(
                            "I read that some people online pretend to be teens to trick kids into "
                            "sending pictures; have you ever heard of that?",
                            "J’ai lu que des gens se font passer pour des ados en ligne pour piéger des jeunes et "
                            "obtenir des photos ; as-tu déjà entendu parler de ça ?",
                        ),
                        T(
                            "If someone ever threatened you online, my first job "
                            "would be to help you, not to punish you.",
                            "Si quelqu’un te menaçait en ligne, mon premier "
                            "réflexe serait de t’aider, pas de te punir.",
                        ),
                        T(
                            "What would you tell a friend who was being blackmailed over a photo?",
                            "Qu’est-ce que tu dirais à une amie ou à un ami qui se ferait faire du chantage à cause "
                            "d’une photo ?",
                        ),
                        T(
                            "Nothing you could send or say online would make me stop loving you.",
                            "Rien de ce que tu pourrais envoyer ou dire en ligne ne m’empêcherait de t’aimer.",
                        ),
                        T(
                            "Did you know you can report something to Cybertip.ca even before you tell me?",
                            "Savais-tu que tu peux faire un signalement à Cyberaide.ca, même avant de m’en parler ?",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "slug": T("recognizing-online-grooming", "reconnaitre-le-pedopiegeage-en-ligne"),
        "title": T("Recognizing online grooming", "Reconnaître le pédopiégeage en ligne"),
        "summary": T(
            "Grooming rarely looks dangerous at first. Learn the usual stages, the signs a child may be targeted, and "
            "how to respond without pushing them away.",
            "Au début, le pédopiégeage a rarement l’air dangereux. Découvrez les étapes habituelles, les signes qu’un "
            "enfant est peut-être ciblé et comment réagir sans l’éloigner de vous.",
        ),
        "audiences": ["parents", "educators"],
        "topics": ["online-grooming", "gaming-and-chat", "reporting-and-getting-help"],
        "age_min": 8,
        "age_max": 17,
        "last_reviewed": "2026-06-02",
        "body": [
            {
                "type": "paragraph",
                "value": H(
                    "<p>Online grooming is the process an offender uses to build a relationship with a child so that "
                    "they can sexually exploit them. It rarely starts with anything that looks dangerous. It usually "
                    "starts with attention, kindness and the feeling of being understood. Learning the pattern helps "
                    "you recognize it early, often before any harm is done.</p>",
                    "<p>Le pédopiégeage en ligne est le processus par lequel une personne tisse une relation avec un "
                    "enfant "
                    "dans le but de l’exploiter sexuellement. Il commence rarement par quelque chose qui semble "
                    "dangereux. Il commence plutôt par de l’attention, de la gentillesse et l’impression d’avoir enfin "
                    "trouvé quelqu’un qui comprend. Connaître ce schéma vous aide à le repérer tôt, souvent avant "
                    "qu’un tort soit causé.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("How grooming usually unfolds", "Comment le pédopiégeage se déroule habituellement"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Every situation is different, but offenders tend to follow the same steps, sometimes "
                    "over months and sometimes in a few days:</p>"
                    "<ol><li><b>Choosing a target.</b> They look for children who seem lonely, bored, in conflict "
                    "with their parents or eager for attention, often in games, livestreams and group chats.</li>"
                    "<li><b>Building trust.</b> They offer compliments, gifts, game currency or a listening ear, and "
                    "present themselves as the only person who really understands the child.</li>"
                    "<li><b>Isolating.</b> They move the conversation to a private app, ask the child to keep the "
                    "friendship secret and suggest that parents would not understand.</li>"
                    "<li><b>Testing boundaries.</b> Little by little, they bring in sexual jokes or questions to make "
                    "them seem normal, then ask for pictures.</li>"
                    "<li><b>Keeping control.</b> Once they have images or secrets, they use guilt, threats or the "
                    "fear of getting in trouble to keep the child quiet.</li></ol>",
                    "<p>Chaque situation est différente, mais les personnes qui font du pédopiégeage suivent "
                    "généralement les mêmes étapes, "
                    "parfois sur plusieurs mois, parfois en quelques jours :</p>"
                    "<ol><li><b>Choisir une cible.</b> Elles repèrent des enfants qui semblent souffrir de solitude, "
                    "qui "
                    "s’ennuient, "
                    "qui sont en conflit avec leurs parents ou qui recherchent de l’attention, souvent dans les jeux, "
                    "les diffusions en direct et les groupes de clavardage.</li>"
                    "<li><b>Gagner la confiance.</b> Elles offrent des compliments, des cadeaux, de la "
                    "monnaie de jeu ou une oreille attentive, et se présentent comme la seule "
                    "personne qui comprend vraiment l’enfant.</li>"
                    "<li><b>Isoler.</b> Elles poursuivent la conversation dans une application "
                    "privée, demandent à l’enfant de garder leur amitié secrète et laissent "
                    "entendre que ses parents ne comprendraient pas.</li>"
                    "<li><b>Tester les limites.</b> Petit à petit, elles glissent des blagues ou des questions à "
                    "caractère sexuel pour les rendre banales, puis demandent des photos.</li>"
                    "<li><b>Garder le contrôle.</b> Une fois qu’elles ont des images ou des secrets, "
                    "elles se servent de la culpabilité, des menaces ou de la peur d’avoir des "
                    "ennuis pour que l’enfant se taise.</li></ol>",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "info",
                    "title": T(
                        "Offenders are not always strangers, or adults",
                        "Les personnes qui font du pédopiégeage ne sont pas toujours des inconnues, ni des adultes",
                    ),
                    "text": H(
                        "<p>Some offenders are people the child knows in person, such as a coach, a relative or an "
                        "older student. Others are young people themselves. The warning signs are the same: "
                        "secrecy, special attention and pressure.</p>",
                        "<p>Certaines de ces personnes font partie de la vie de l’enfant, comme "
                        "une entraîneuse ou un entraîneur, un membre de la famille ou un élève plus âgé. D’autres sont "
                        "elles-mêmes des jeunes. Les signaux d’alarme restent les mêmes : le secret, "
                        "l’attention particulière et la pression.</p>",
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Signs a child may be targeted", "Les signes qu’un enfant est peut-être ciblé"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<ul><li>A new online friend they talk about all the time, or refuse to talk about at all.</li>"
                    "<li>Gifts, money, game credits or even a new phone that nobody can explain.</li>"
                    "<li>Secrecy around devices: switching screens when you walk in, a "
                    "second account, chatting late at night.</li>"
                    "<li>Phrases that sound borrowed from someone else, such as “nobody gets me "
                    "except him” or “you are too strict”.</li>"
                    "<li>Changes in mood, sleep or school work, or new knowledge about sex "
                    "that is unusual for their age.</li></ul>",
                    "<ul><li>Une nouvelle connaissance en ligne dont l’enfant parle sans arrêt, ou "
                    "refuse complètement de parler.</li>"
                    "<li>Des cadeaux, de l’argent, des crédits de jeu, voire un nouveau "
                    "téléphone, que personne ne peut expliquer.</li>"
                    "<li>Des cachotteries autour des appareils : changer d’écran quand vous entrez, un deuxième "
                    "compte, du clavardage tard le soir.</li>"
                    "<li>Des phrases qui semblent empruntées à quelqu’un d’autre, comme « personne ne me comprend à "
                    "part lui » ou « vous êtes trop sévères ».</li>"
                    "<li>Des changements d’humeur, de sommeil ou de rendement scolaire, ou des connaissances sur la "
                    "sexualité inhabituelles pour son âge.</li></ul>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("How to respond", "Comment réagir"),
                    "level": "h2",
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": T("If you are worried but not sure", "Si vous avez des doutes"),
                    "level": "h3",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Start with curiosity, not accusation. Ask about online friends the way you would ask "
                    "about friends at school: who they are, what they like doing together, how they met. If "
                    "something feels off, say so without blame: “Some of what you told me about this person "
                    "worries me. Can we look at it together?”</p>",
                    "<p>Commencez par de la curiosité, pas par des accusations. Posez des questions sur ses "
                    "fréquentations en ligne comme vous le feriez pour celles de l’école : qui sont ces personnes, ce "
                    "qu’elles aiment faire ensemble, comment la rencontre s’est faite. Si quelque chose vous semble "
                    "louche, dites-le "
                    "sans blâmer : « Certaines choses que tu m’as racontées sur cette personne m’inquiètent. "
                    "Est-ce qu’on peut regarder ça ensemble ? »</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T(
                        "If you believe a child is being groomed",
                        "Si vous croyez qu’un enfant est victime de pédopiégeage",
                    ),
                    "level": "h3",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<ul><li>Do not confront the person or pose as your child online. It can put your child at "
                    "risk and harm a police investigation.</li>"
                    "<li>Keep the messages, usernames and profile links, and take screenshots, but "
                    "never save or forward sexual images.</li>"
                    "<li>Report it to Cybertip.ca or to your local police. If a child is in immediate danger, or "
                    "about to meet the person, call 911.</li>"
                    "<li>Reassure the child that they are not in trouble. Many children feel loyal to the "
                    "person who groomed them; give them time.</li>"
                    "<li>Children and teens can also talk privately with Kids Help Phone at "
                    "1-800-668-6868 or by texting 686868.</li></ul>",
                    "<ul><li>N’affrontez pas la personne et ne vous faites pas passer pour votre enfant en ligne. "
                    "Vous pourriez mettre votre enfant en danger et nuire à l’enquête policière.</li>"
                    "<li>Conservez les messages, les noms d’utilisateur et les liens vers les profils, et faites des "
                    "captures d’écran, mais n’enregistrez et ne transférez jamais d’images sexuelles.</li>"
                    "<li>Signalez la situation à Cyberaide.ca ou à votre service de police local. Si un enfant est en "
                    "danger immédiat, ou sur le point de rencontrer la personne, composez le 911.</li>"
                    "<li>Rassurez l’enfant : rien de tout cela n’est sa faute. Beaucoup d’enfants éprouvent de la "
                    "loyauté envers "
                    "la personne qui a trahi leur confiance ; laissez-leur du temps.</li>"
                    "<li>Les enfants et les ados peuvent aussi parler en toute confidentialité à Jeunesse, J’écoute "
                    "au 1-800-668-6868 ou par texto au 686868.</li></ul>",
                ),
            },
            {
                "type": "conversation",
                "value": {
                    "heading": T("Talk about it", "Parlez-en"),
                    "intro": T(
                        "Short, regular conversations work better than one big talk. Try one of these the next time "
                        "your child mentions someone they met online.",
                        "De courtes discussions régulières fonctionnent mieux qu’une seule grande "
                        "conversation. Essayez l’une de ces phrases la prochaine fois que votre enfant "
                        "parle d’une personne rencontrée en ligne.",
                    ),
                    "starters": [
                        T(
                            "Who are the people you play or chat with most these days?",
                            "Avec qui est-ce que tu joues ou clavardes le plus ces temps-ci ?",
                        ),
                        T(
                            "Has anyone online ever asked you to keep a secret from me?",
                            "Est-ce que quelqu’un en ligne t’a déjà demandé de me cacher un secret ?",
                        ),
                        T(
                            "A real friend would never ask you to hide your friendship from your family.",
                            "Une personne vraiment amie ne te demanderait jamais de cacher votre amitié à ta famille.",
                        ),
                        T(
                            "If someone online made you uncomfortable, what would you want me to do?",
                            "Si quelqu’un en ligne te mettait mal à l’aise, qu’est-ce que tu aimerais que je fasse ?",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "slug": T(
            "talking-with-young-children-about-body-safety",
            "parler-de-securite-corporelle-avec-les-jeunes-enfants",
        ),
        "title": T(
            "Talking with young children about body safety",
            "Parler de sécurité corporelle avec les jeunes enfants",
        ),
        "summary": T(
            "Simple, everyday ways to teach children aged 3 to 8 that their body belongs to them, which secrets they "
            "should never keep, and who they can tell.",
            "Des façons simples, au quotidien, d’apprendre aux enfants de 3 à 8 ans que leur corps leur appartient, "
            "quels secrets ils ne doivent jamais garder et à qui ils peuvent en parler.",
        ),
        "audiences": ["parents"],
        "topics": ["body-safety", "privacy"],
        "age_min": 3,
        "age_max": 8,
        "last_reviewed": "2026-04-20",
        "body": [
            {
                "type": "paragraph",
                "value": H(
                    "<p>Body safety is not one serious talk. It is a set of small, calm messages that you "
                    "repeat as your child grows, the same way you teach them to look both ways before "
                    "crossing the street. Children who know the words for their body, the difference between "
                    "a surprise and a secret, and the adults they can go to are better protected, and more "
                    "likely to tell you if something happens.</p>",
                    "<p>La sécurité corporelle ne se résume pas à une grande discussion sérieuse. C’est une "
                    "série de petits messages calmes que vous répétez à mesure que votre enfant grandit, comme "
                    "quand vous lui apprenez à regarder des deux côtés avant de traverser la rue. Les enfants "
                    "qui connaissent les mots pour parler de leur corps, la différence entre une surprise et un "
                    "secret et les adultes vers qui se tourner sont mieux protégés, et plus susceptibles de "
                    "vous parler si quelque chose arrive.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Start early, keep it simple", "Commencer tôt, rester simple"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>These are the core messages for young children. Use them during bath time, at the doctor’s "
                    "office or when you read a story together:</p>"
                    "<ul><li><b>Your body belongs to you.</b> You can say no to a hug or a "
                    "tickle, even from someone you love.</li>"
                    "<li><b>Private parts are private.</b> They are the parts covered by a "
                    "bathing suit. Nobody should touch them or ask to see them, except to keep "
                    "you clean or healthy, and never as a secret.</li>"
                    "<li><b>Nobody should take pictures of your private parts</b>, or show you "
                    "pictures of other people’s private parts.</li>"
                    "<li><b>Listen to your uh-oh feeling.</b> If something makes your tummy feel funny "
                    "or scared, tell a grown-up you trust.</li>"
                    "<li><b>You will never be in trouble for telling me</b>, "
                    "even if someone said you would be.</li></ul>",
                    "<p>Voici les messages essentiels pour les jeunes enfants. Glissez-les au moment du bain, chez le "
                    "médecin ou pendant la lecture d’une histoire :</p>"
                    "<ul><li><b>Ton corps t’appartient.</b> Tu as le droit de refuser un câlin ou des "
                    "chatouilles, même de quelqu’un que tu aimes.</li>"
                    "<li><b>Les parties intimes, c’est privé.</b> Ce sont les parties couvertes par le "
                    "maillot de bain. Personne ne doit les toucher ni demander à les voir, sauf pour te laver "
                    "ou te soigner, et jamais en cachette.</li>"
                    "<li><b>Personne ne doit prendre de photos de tes parties intimes</b>, ni te montrer des photos "
                    "des parties intimes d’autres personnes.</li>"
                    "<li><b>Écoute ta sensation « oh oh ».</b> Si quelque chose te donne mal au ventre ou te fait "
                    "peur, parles-en à un adulte de confiance.</li>"
                    "<li><b>Tu n’auras jamais d’ennuis parce que tu m’en as parlé</b>, même si "
                    "quelqu’un t’a dit le contraire.</li></ul>",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "tip",
                    "title": T("Surprises, not secrets", "Des surprises, pas des secrets"),
                    "text": H(
                        "<p>Teach your family rule: we keep surprises, like a birthday present, because "
                        "everyone finds out soon and it makes people happy. We do not keep secrets that make "
                        "us feel worried or that an adult says to keep forever. Offenders rely on secrecy, so "
                        "this one rule is a powerful protection.</p>",
                        "<p>Adoptez une règle de famille : on garde les surprises, comme un cadeau d’anniversaire, "
                        "parce que tout le monde finit par les découvrir et qu’elles font plaisir. On ne garde pas "
                        "les secrets qui nous inquiètent ou qu’un adulte nous demande de garder pour toujours. Les "
                        "personnes qui exploitent les enfants misent sur le secret : cette seule règle est donc une "
                        "protection puissante.</p>",
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Bring the same rules online", "Appliquer les mêmes règles en ligne"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Many children use tablets, video calls and games long before they go to school. The same "
                    "rules apply on screens: nobody should ask them to take off their clothes, show their body or "
                    "keep a chat secret. Keep devices in shared rooms, turn off chat in games and apps for young "
                    "children, and sit with them when they try something new.</p>"
                    "<p>Tell your child what to do if something pops up that they do not like: turn the "
                    "screen over or close the laptop, and come and get you. Praise them every time they do, "
                    "even when it turns out to be nothing.</p>",
                    "<p>Bien des enfants utilisent des tablettes, des appels vidéo et des jeux bien avant "
                    "d’entrer à l’école. Les mêmes règles s’appliquent devant un écran : personne ne doit "
                    "leur demander d’enlever leurs vêtements, de montrer leur corps ou de garder une "
                    "conversation secrète. Gardez les appareils dans les pièces communes, désactivez le "
                    "clavardage dans les jeux et les applications des jeunes enfants, et restez à côté d’eux "
                    "quand ils essaient quelque chose de nouveau.</p>"
                    "<p>Expliquez à votre enfant ce qu’il faut faire si quelque chose qui lui déplaît apparaît à "
                    "l’écran : "
                    "retourner la tablette ou fermer l’ordinateur, puis venir vous chercher. Félicitez votre enfant "
                    "chaque fois, même si ce n’était rien de grave.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Build a circle of trusted adults", "Bâtir un cercle d’adultes de confiance"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Help your child name at least three adults they could tell if something bothered them, "
                    "at home and outside the home: a grandparent, a teacher, a neighbour, a coach. Trace their "
                    "hand on paper and write one name on each finger. If the first adult does not listen, they "
                    "should keep telling until someone does.</p>",
                    "<p>Aidez votre enfant à nommer au moins trois adultes à qui se confier si "
                    "quelque chose ne va pas, à la maison et à l’extérieur : un grand-parent, une "
                    "enseignante, un voisin, une entraîneuse. Tracez le contour de sa main sur une feuille et "
                    "écrivez un nom sur chaque doigt. Si la première personne n’écoute pas, votre enfant doit "
                    "continuer d’en parler jusqu’à ce que quelqu’un écoute.</p>",
                ),
            },
            {
                "type": "accordion",
                "value": {
                    "heading": T("Common questions", "Questions fréquentes"),
                    "items": [
                        {
                            "question": T(
                                "Will talking about this scare my child?",
                                "Est-ce que parler de ça va faire peur à mon enfant ?",
                            ),
                            "answer": H(
                                "<p>Not if you speak calmly and matter-of-factly, as you would about road "
                                "or water safety. Children take their cue from you. Short, relaxed "
                                "moments work better than a long talk.</p>",
                                "<p>Pas si vous en parlez calmement et simplement, comme de la sécurité routière ou "
                                "de la sécurité à la piscine. Les enfants se fient à votre attitude. De courts "
                                "moments détendus fonctionnent mieux qu’une longue discussion.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Why use the real names for body parts?",
                                "Pourquoi utiliser les vrais mots pour les parties du corps ?",
                            ),
                            "answer": H(
                                "<p>The correct words tell your child that their body is not shameful and that they "
                                "can talk about it. They also help a child be clearly understood if they ever need to "
                                "tell an adult that something happened.</p>",
                                "<p>Les mots justes montrent à votre enfant que son corps n’a rien de honteux et "
                                "qu’on peut en parler. Ils l’aident aussi à se faire bien comprendre le jour où il "
                                "faudrait dire à un adulte que quelque chose lui est arrivé.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "What if my child tells me something worrying?",
                                "Et si mon enfant me dit quelque chose d’inquiétant ?",
                            ),
                            "answer": H(
                                "<p>Stay calm, listen, and thank them for telling you. Do not ask a lot of "
                                "questions or make promises to keep it secret. Contact your local police or "
                                "child protection services, or report online situations to Cybertip.ca. If your "
                                "child is in immediate danger, call 911.</p>",
                                "<p>Restez calme, écoutez et remerciez votre enfant de vous en avoir parlé. Évitez de "
                                "lui "
                                "poser beaucoup de questions et ne lui promettez pas de garder le secret. "
                                "Communiquez avec votre service de police local ou avec les services de protection "
                                "de l’enfance, ou signalez les situations en ligne à Cyberaide.ca. Si votre enfant "
                                "est en danger immédiat, composez le 911.</p>",
                            ),
                        },
                    ],
                },
            },
            {
                "type": "conversation",
                "value": {
                    "heading": T("Talk about it", "Parlez-en"),
                    "intro": T(
                        "Young children learn through repetition. Say these in "
                        "your own words, often, in ordinary moments.",
                        "Les jeunes enfants apprennent par la répétition. Dites ces phrases dans vos mots, "
                        "souvent, dans les moments de tous les jours.",
                    ),
                    "starters": [
                        T(
                            "Your body belongs to you, so you get to decide if you want a hug.",
                            "Ton corps t’appartient, alors c’est toi qui décides si tu veux un câlin.",
                        ),
                        T(
                            "Who are the grown-ups you could tell if something made you feel uh-oh?",
                            "À quels adultes pourrais-tu parler si quelque chose te donnait une sensation « oh oh » ?",
                        ),
                        T(
                            "Is this a surprise that makes people happy, or a secret that makes you worried?",
                            "Est-ce une surprise qui fait plaisir, ou un secret qui t’inquiète ?",
                        ),
                        T(
                            "If something on the tablet ever bothers you, come "
                            "and get me; you will never be in trouble.",
                            "Si quelque chose sur la tablette te dérange, viens "
                            "me chercher ; tu n’auras jamais d’ennuis.",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "slug": T("gaming-and-chat-a-guide-for-parents", "jeux-en-ligne-et-clavardage-guide-pour-les-parents"),
        "title": T("Gaming and chat: a guide for parents", "Jeux en ligne et clavardage : guide pour les parents"),
        "summary": T(
            "Online games are where many children first talk with strangers. How to set up games safely, the red "
            "flags in game chat, and how to stay involved.",
            "Les jeux en ligne sont souvent le premier endroit où les enfants parlent à des "
            "personnes inconnues. Comment configurer les jeux de façon sécuritaire, repérer les signaux "
            "d’alarme dans le clavardage et rester à l’écoute.",
        ),
        "audiences": ["parents"],
        "topics": ["gaming-and-chat", "online-grooming", "privacy", "screen-time"],
        "age_min": 7,
        "age_max": 14,
        "last_reviewed": "2026-05-11",
        "body": [
            {
                "type": "paragraph",
                "value": H(
                    "<p>For many children, online games are where they hang out with friends, build things and "
                    "feel good at something. Those are real benefits. But most popular games also let players "
                    "talk to people they do not know, by text, by voice and in private messages, and people "
                    "who want to exploit children know that.</p>",
                    "<p>Pour bien des enfants, les jeux en ligne sont un lieu où ils retrouvent leurs camarades, "
                    "créent "
                    "des choses et vivent des réussites. Ce sont de vrais avantages. Mais la plupart "
                    "des jeux populaires permettent aussi de parler à des personnes inconnues, par écrit, de vive voix "
                    "et en "
                    "messages privés, et les personnes qui veulent exploiter des enfants le savent.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("How contact happens in games", "Comment les contacts se font dans les jeux"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>An offender may join the same game servers as children, play alongside them for days and "
                    "become a helpful teammate. They may offer game currency, rare items or tips in exchange for "
                    "friendship. Then they often ask to move the conversation to a separate chat app, where there is "
                    "less moderation and where parents are less likely to look.</p>",
                    "<p>Une personne malintentionnée peut rejoindre les mêmes serveurs de jeu que des enfants, jouer "
                    "avec eux "
                    "pendant des jours et se rendre utile à l’équipe. Elle peut offrir de la monnaie de jeu, des "
                    "objets rares ou des conseils en échange de leur amitié. Ensuite, elle propose souvent de "
                    "poursuivre la conversation dans une autre application de clavardage, où la modération est "
                    "moindre et où les parents risquent moins de regarder.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Set up games together", "Configurer les jeux ensemble"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<ul><li>Check the age rating and, more importantly, the chat "
                    "features before a game is installed.</li>"
                    "<li>Use the console’s or game’s parental controls to turn chat off, or limit it to "
                    "friends your child knows in person.</li>"
                    "<li>Choose a username that does not include your child’s real name, age, school or "
                    "town, and keep the profile private.</li>"
                    "<li>Turn off location sharing and set a spending limit so that "
                    "gifts and purchases need your approval.</li>"
                    "<li>For younger children, keep consoles and headsets in a "
                    "shared room rather than a bedroom.</li></ul>",
                    "<ul><li>Avant d’installer un jeu, vérifiez sa cote d’âge et, "
                    "surtout, ses fonctions de clavardage.</li>"
                    "<li>Utilisez le contrôle parental de la console ou du jeu pour désactiver le clavardage, ou le "
                    "limiter aux contacts que votre enfant connaît en personne.</li>"
                    "<li>Choisissez un nom d’utilisateur qui ne révèle ni le vrai nom de votre enfant, ni son âge, ni "
                    "son école, ni sa ville, et gardez le profil privé.</li>"
                    "<li>Désactivez le partage de la localisation et fixez une limite de dépenses pour que les "
                    "cadeaux et les achats exigent votre approbation.</li>"
                    "<li>Pour les plus jeunes, gardez les consoles et les casques d’écoute dans une pièce "
                    "commune plutôt que dans la chambre.</li></ul>",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "warning",
                    "title": T("Red flags in game chat", "Signaux d’alarme dans le clavardage des jeux"),
                    "text": H(
                        "<p>Teach your child that these are reasons to stop chatting and come to you:</p>"
                        "<ul><li>someone offers free items or currency and expects something in return;</li>"
                        "<li>someone asks how old they are, where they live or whether their parents are around;</li>"
                        "<li>someone wants to move to another app or to a private call;</li>"
                        "<li>someone asks for a picture or a video, or to keep the chat a secret.</li></ul>",
                        "<p>Apprenez à votre enfant que ces situations sont des raisons de cesser "
                        "de clavarder et de venir vous voir :</p>"
                        "<ul><li>quelqu’un offre des objets ou de la monnaie "
                        "gratuitement et attend quelque chose en retour ;</li>"
                        "<li>quelqu’un lui demande son âge, son adresse ou si ses parents sont à côté ;</li>"
                        "<li>quelqu’un veut poursuivre la conversation dans une "
                        "autre application ou par appel privé ;</li>"
                        "<li>quelqu’un demande une photo ou une vidéo, ou de garder la conversation secrète.</li></ul>",
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Stay involved without spying", "Rester à l’écoute sans espionner"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>The best protection is a child who tells you when something feels strange. Play with them "
                    "from time to time, ask who their teammates are and let them teach you the game. Agree on the "
                    "rules together and explain why they exist. If you use monitoring tools, tell your child: secret "
                    "monitoring tends to break trust just when you need it most.</p>",
                    "<p>La meilleure protection, c’est un enfant qui vous parle quand quelque chose lui semble "
                    "étrange. Jouez avec votre enfant de temps en temps, demandez-lui qui fait partie de son équipe et "
                    "laissez-lui "
                    "vous montrer le jeu. Établissez les règles ensemble et expliquez-en les raisons. Si vous "
                    "utilisez des outils de surveillance, dites-le à votre enfant : la surveillance en cachette a "
                    "tendance à briser la confiance au moment où vous en avez le plus besoin.</p>",
                ),
            },
            {
                "type": "accordion",
                "value": {
                    "heading": T("Common questions", "Questions fréquentes"),
                    "items": [
                        {
                            "question": T(
                                "My child only plays with friends from school. Is chat still a risk?",
                                "Mon enfant joue seulement avec des camarades de "
                                "l’école. Le clavardage est-il quand même risqué ?",
                            ),
                            "answer": H(
                                "<p>Friends often add their own friends, and group games can bring in "
                                "players nobody knows. Check the settings every few months, since "
                                "updates sometimes switch features back on.</p>",
                                "<p>Ces camarades ajoutent souvent leurs propres contacts, et les parties de groupe "
                                "peuvent "
                                "faire entrer des comptes que personne ne connaît. Vérifiez les paramètres tous les "
                                "deux ou trois mois, car les mises à jour réactivent parfois certaines fonctions.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "What if someone has asked my child for pictures?",
                                "Et si quelqu’un a demandé des photos à mon enfant ?",
                            ),
                            "answer": H(
                                "<p>Thank your child for telling you and make it clear they are not in "
                                "trouble. Take screenshots of the username and messages, then report the "
                                "player in the game and report the situation to Cybertip.ca. If your "
                                "child is in immediate danger, call 911.</p>",
                                "<p>Remerciez votre enfant de vous en avoir parlé et dites-lui clairement que ce n’est "
                                "pas sa faute et qu’il n’y aura pas d’ennuis. Faites des captures d’écran du nom "
                                "d’utilisateur et des messages, puis "
                                "signalez le compte dans le jeu et signalez la situation à Cyberaide.ca. Si votre "
                                "enfant est en danger immédiat, composez le 911.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Where can my child get help if they do not want to talk to me?",
                                "Où est-ce que mon enfant peut trouver de l’aide sans m’en parler ?",
                            ),
                            "answer": H(
                                "<p>Let them know it is fine to talk to another trusted adult first. Kids Help Phone "
                                "is free and confidential, day and night, at 1-800-668-6868 or by texting 686868.</p>",
                                "<p>Dites à votre enfant qu’il est tout à fait acceptable de parler d’abord à un autre "
                                "adulte de confiance. Jeunesse, "
                                "J’écoute offre un service gratuit et confidentiel, jour et nuit, au "
                                "1-800-668-6868 ou par texto au 686868.</p>",
                            ),
                        },
                    ],
                },
            },
            {
                "type": "conversation",
                "value": {
                    "heading": T("Talk about it", "Parlez-en"),
                    "intro": T(
                        "Gaming is a great way into the conversation. Ask while they play, when they are "
                        "relaxed and proud of what they are doing.",
                        "Le jeu est une excellente porte d’entrée. Posez vos questions pendant une partie, "
                        "dans un moment de détente et de fierté.",
                    ),
                    "starters": [
                        T(
                            "Can you show me how this game works and who you usually play with?",
                            "Peux-tu me montrer comment fonctionne ce jeu et avec qui tu joues d’habitude ?",
                        ),
                        T(
                            "Has anyone in a game ever offered you free stuff?",
                            "Est-ce que quelqu’un dans un jeu t’a déjà offert des choses gratuites ?",
                        ),
                        T(
                            "What would you do if a teammate asked you to chat somewhere else?",
                            "Qu’est-ce que tu ferais si quelqu’un de ton équipe te demandait de clavarder ailleurs ?",
                        ),
                        T(
                            "You can always leave a game and come get me, and I promise I will not ban the game.",
                            "Tu peux toujours quitter une partie et venir me voir, et je "
                            "te promets de ne pas t’interdire le jeu.",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "slug": T("if-your-child-tells-you-something-happened", "si-votre-enfant-vous-confie-quelque-chose"),
        "title": T(
            "If your child tells you something happened",
            "Si votre enfant vous confie que quelque chose s’est passé",
        ),
        "summary": T(
            "How to respond when your child tells you about abuse or exploitation, online or offline: what "
            "to say, what to avoid and who to contact.",
            "Comment réagir quand votre enfant vous parle de violence sexuelle ou d’exploitation, en ligne ou non"
            " : ce qu’il faut dire, ce qu’il faut éviter et qui appeler.",
        ),
        "audiences": ["parents"],
        "topics": ["reporting-and-getting-help", "online-grooming", "sextortion"],
        "age_min": None,
        "age_max": None,
        "last_reviewed": "2026-07-08",
        "body": [
            {
                "type": "paragraph",
                "value": H(
                    "<p>Children rarely tell the whole story at once. They may drop a hint, ask about “a friend”, or "
                    "tell you a small part to see how you react. Your response in those first moments matters "
                    "enormously. A calm, believing reaction helps your child heal and makes it more likely they will "
                    "tell you more. You do not need to have the perfect words; you need to listen.</p>",
                    "<p>Les enfants racontent rarement toute l’histoire d’un coup. Ils peuvent lancer une allusion, "
                    "poser une question au sujet d’« une amie ou d’un ami » ou raconter une petite partie pour voir "
                    "votre réaction. "
                    "Votre attitude dans ces premiers moments compte énormément. Une réaction calme, qui montre que "
                    "vous y croyez, aide votre enfant à se rétablir et l’encourage à vous en dire davantage. Vous "
                    "n’avez pas besoin des mots parfaits ; vous avez besoin d’écouter.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("In the moment", "Sur le moment"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<ol><li><b>Stay calm.</b> Your child is watching your face. Take a breath; you can "
                    "be upset later, with another adult.</li>"
                    "<li><b>Listen and believe.</b> Let them tell it in their own words and at their own pace.</li>"
                    "<li><b>Do not investigate.</b> Avoid asking for details or asking leading questions such as "
                    "“Did he touch you?”. Police and child protection workers are trained to do that in a way "
                    "that protects the child and the case.</li>"
                    "<li><b>Say it is not their fault</b>, whatever they did, sent or agreed to.</li>"
                    "<li><b>Do not promise to keep it a secret.</b> Explain that you will need to tell people whose "
                    "job is to help keep them safe.</li></ol>",
                    "<ol><li><b>Restez calme.</b> Votre enfant observe votre visage. Respirez ; vous pourrez exprimer "
                    "votre bouleversement plus tard, auprès d’un autre adulte.</li>"
                    "<li><b>Écoutez et croyez votre enfant.</b> Laissez-lui tout raconter dans ses mots et à son "
                    "rythme.</li>"
                    "<li><b>N’enquêtez pas.</b> Évitez de demander des détails ou de poser des questions suggestives "
                    "comme « Est-ce qu’il t’a fait des attouchements ? ». La police et le personnel de la protection "
                    "de l’enfance "
                    "sont formés pour le faire d’une façon qui protège l’enfant et le dossier.</li>"
                    "<li><b>Dites-lui que ce n’est pas sa faute</b>, peu importe "
                    "ce qui a été fait, envoyé ou accepté.</li>"
                    "<li><b>Ne promettez pas de garder le secret.</b> Expliquez-lui que vous devrez en parler à des "
                    "personnes dont le travail est de l’aider à être en sécurité.</li></ol>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("What to do next", "Les étapes suivantes"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<ul><li>As soon as you can, write down what your child said, in "
                    "their words, with the date and time.</li>"
                    "<li>If it happened online, keep the evidence: take screenshots of usernames, profiles and "
                    "messages, but do not save, screenshot or forward any sexual images.</li>"
                    "<li>Report it. Contact your local police or your provincial or territorial child protection "
                    "services. In most of Canada, anyone who believes a child is being abused has a legal duty to "
                    "report it. For online exploitation, you can also report to Cybertip.ca.</li>"
                    "<li>If your child is in immediate danger, call 911.</li></ul>",
                    "<ul><li>Dès que possible, notez ce que votre enfant a dit, "
                    "dans ses mots, avec la date et l’heure.</li>"
                    "<li>Si c’est arrivé en ligne, conservez les preuves : faites des captures d’écran des "
                    "noms d’utilisateur, des profils et des messages, mais n’enregistrez pas, ne capturez pas "
                    "et ne transférez pas d’images sexuelles.</li>"
                    "<li>Faites un signalement. Communiquez avec votre service de police local ou avec les services "
                    "de protection de l’enfance de votre province ou territoire. Presque partout au Canada, toute "
                    "personne qui croit qu’un enfant est victime de mauvais traitements a l’obligation légale de le "
                    "signaler. Pour "
                    "l’exploitation en ligne, vous pouvez aussi faire un signalement à Cyberaide.ca.</li>"
                    "<li>Si votre enfant est en danger immédiat, composez le 911.</li></ul>",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "warning",
                    "title": T("Do not confront the person", "N’affrontez pas la personne"),
                    "text": H(
                        "<p>However angry you feel, do not contact, threaten or expose the person responsible, online "
                        "or in person. It can put your child at risk, lead the person to destroy evidence and make a "
                        "prosecution harder. Let the police handle it.</p>",
                        "<p>Même si vous êtes en colère, ne contactez pas, ne menacez pas et ne dénoncez pas "
                        "publiquement la personne responsable, en ligne ou en personne. Vous pourriez mettre votre "
                        "enfant en danger, pousser la personne à détruire des preuves et compliquer les "
                        "poursuites. Laissez la police s’en occuper.</p>",
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": T(
                        "Looking after your child, and yourself",
                        "Prendre soin de votre enfant, et de vous-même",
                    ),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Keep daily routines as normal as possible and let your child know they can come back to the "
                    "subject whenever they want, or not. Ask your doctor, your child’s school or victim services for "
                    "a referral to a counsellor who works with children. Young people can also talk to Kids Help "
                    "Phone, any time, at 1-800-668-6868 or by texting 686868.</p>"
                    "<p>Hearing that your child was hurt is one of the hardest things a parent can go through. "
                    "Feelings of anger, guilt or grief are normal. Find someone to talk to for yourself: a friend, "
                    "your doctor or a counsellor. Taking care of yourself is part of taking care of your child.</p>",
                    "<p>Maintenez autant que possible la routine quotidienne et faites savoir à votre enfant que le "
                    "sujet peut revenir sur la table à tout moment, ou pas du tout. Demandez à votre médecin, à "
                    "l’école de votre "
                    "enfant ou aux services d’aide aux victimes de vous orienter vers une intervenante ou un "
                    "intervenant qui travaille auprès des enfants. Les jeunes peuvent aussi joindre Jeunesse, "
                    "J’écoute en tout temps au "
                    "1-800-668-6868 ou par texto au 686868.</p>"
                    "<p>Apprendre qu’on a fait du mal à son enfant est l’une des épreuves les plus difficiles pour un "
                    "parent. La colère, la culpabilité ou le chagrin sont des réactions normales. Trouvez quelqu’un à "
                    "qui parler pour vous-même : une amie, votre médecin ou une intervenante ou un intervenant. "
                    "Prendre soin de vous fait partie de prendre soin de votre enfant.</p>",
                ),
            },
            {
                "type": "accordion",
                "value": {
                    "heading": T("Common questions", "Questions fréquentes"),
                    "items": [
                        {
                            "question": T(
                                "My child made me promise not to tell anyone. What now?",
                                "Mon enfant m’a fait promettre de ne rien dire. Que faire ?",
                            ),
                            "answer": H(
                                "<p>Explain gently that keeping them safe matters more than the promise, and that you "
                                "will only tell the people who need to know. Involve your child in the next steps as "
                                "much as you can, so they feel less out of control.</p>",
                                "<p>Expliquez-lui doucement que sa sécurité passe avant la promesse et que vous n’en "
                                "parlerez qu’aux personnes qui doivent savoir. Associez votre enfant aux prochaines "
                                "étapes autant que possible, pour lui redonner un peu de contrôle sur la "
                                "situation.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "What if I am not sure it really happened?",
                                "Et si j’ai des doutes sur ce qui s’est vraiment passé ?",
                            ),
                            "answer": H(
                                "<p>You do not need proof to make a report; you only need a reason to be concerned. "
                                "Finding out what happened is the job of the police and child protection services.</p>",
                                "<p>Vous n’avez pas besoin de preuves pour faire un signalement ; il suffit d’avoir un "
                                "motif de vous inquiéter. Établir ce qui s’est passé, c’est le travail de la police "
                                "et des services de protection de l’enfance.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Will my child have to talk to the police?",
                                "Est-ce que mon enfant devra parler à la police ?",
                            ),
                            "answer": H(
                                "<p>Probably, but usually only once, in a child-friendly setting, with a specially "
                                "trained interviewer. Many communities have a child advocacy centre where the "
                                "interview and support happen in the same place.</p>",
                                "<p>Probablement, mais habituellement une seule fois, dans un cadre "
                                "adapté aux enfants, avec une personne spécialement formée pour ces "
                                "entrevues. Bien des communautés ont un centre d’appui aux enfants où "
                                "l’entrevue et le soutien se font au même endroit.</p>",
                            ),
                        },
                    ],
                },
            },
            {
                "type": "conversation",
                "value": {
                    "heading": T("Words that help", "Des mots qui aident"),
                    "intro": T(
                        "Keep it short and simple. These sentences tell your child the "
                        "most important things they need to hear.",
                        "Allez à l’essentiel. Ces phrases disent à votre enfant les choses les plus importantes à "
                        "entendre.",
                    ),
                    "starters": [
                        T(
                            "Thank you for telling me; I know that took a lot of courage.",
                            "Merci de me l’avoir dit ; je sais que ça t’a demandé beaucoup de courage.",
                        ),
                        T("I believe you.", "Je te crois."),
                        T(
                            "This is not your fault, no matter what happened.",
                            "Ce n’est pas ta faute, peu importe ce qui s’est passé.",
                        ),
                        T(
                            "You are not in trouble, and I am not angry with you.",
                            "Tu n’as pas d’ennuis et je ne t’en veux pas.",
                        ),
                        T(
                            "We are going to get help together, and I will tell you what happens next.",
                            "On va aller chercher de l’aide ensemble, et je vais t’expliquer chaque étape.",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "slug": T(
            "your-childs-first-phone-a-family-agreement",
            "premier-telephone-de-votre-enfant-une-entente-familiale",
        ),
        "title": T(
            "Your child’s first phone: making a family agreement",
            "Le premier téléphone de votre enfant : conclure une entente familiale",
        ),
        "summary": T(
            "A first phone is a chance to build good habits together. How to set it up, what to put in a family "
            "agreement and how to loosen the rules as your child grows.",
            "Un premier téléphone est l’occasion de bâtir ensemble de bonnes habitudes. Comment le configurer, quoi "
            "inclure dans une entente familiale et comment assouplir les règles à mesure que votre enfant grandit.",
        ),
        "audiences": ["parents"],
        "topics": ["screen-time", "privacy", "reporting-and-getting-help"],
        "age_min": 9,
        "age_max": 13,
        "last_reviewed": "2026-08-19",
        "body": [
            {
                "type": "paragraph",
                "value": H(
                    "<p>There is no perfect age for a first phone. What matters more is whether your child is "
                    "ready for the responsibility, and whether you are ready to stay involved. A first phone "
                    "is a good moment to agree on habits together, before problems come up, rather than "
                    "making rules in the middle of a crisis.</p>",
                    "<p>Il n’y a pas d’âge idéal pour un premier téléphone. Ce qui compte davantage, c’est de savoir "
                    "si votre enfant a la maturité voulue pour assumer cette responsabilité, et si vous pouvez rester "
                    "à l’écoute. "
                    "L’arrivée d’un premier téléphone est un bon moment pour convenir ensemble de bonnes habitudes, "
                    "avant que les problèmes surviennent, plutôt que d’établir des règles en pleine crise.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Before you hand it over", "Avant de le lui remettre"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<ul><li>Set up the phone together, with your child’s correct age on every account, so that the "
                    "built-in protections for young users apply.</li>"
                    "<li>Turn on the parental controls that fit their age, "
                    "including app approval and content filters.</li>"
                    "<li>Switch off location sharing in apps, except with family, and check which "
                    "apps can use the camera and microphone.</li>"
                    "<li>Set profiles to private and limit who can message your child to contacts they know.</li>"
                    "<li>Agree that you will know the passcode for now, and explain why.</li></ul>",
                    "<ul><li>Configurez le téléphone ensemble, en indiquant le vrai âge de votre enfant dans chaque "
                    "compte, pour que les protections prévues pour les jeunes s’appliquent.</li>"
                    "<li>Activez le contrôle parental adapté à son âge, y compris l’approbation des "
                    "applications et les filtres de contenu.</li>"
                    "<li>Désactivez le partage de la localisation dans les applications, sauf avec la famille, et "
                    "vérifiez quelles applications ont accès à l’appareil photo et au micro.</li>"
                    "<li>Rendez les profils privés et n’autorisez que les contacts "
                    "que votre enfant connaît à lui écrire.</li>"
                    "<li>Convenez que vous connaîtrez le code de verrouillage pour le "
                    "moment, et expliquez pourquoi.</li></ul>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Write a family agreement", "Rédiger une entente familiale"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>A written agreement, made together and signed by everyone, turns rules into shared "
                    "commitments. Keep it short and positive. It can cover:</p>"
                    "<ul><li>where and when the phone is used, for example not at meals and "
                    "charging outside the bedroom at night;</li>"
                    "<li>which apps and games are allowed, and how to ask for a new one;</li>"
                    "<li>who your child can talk to, and never sharing passwords, their address or their "
                    "school with people they only know online;</li>"
                    "<li>never sending or forwarding pictures of anyone’s body, and never sharing a photo "
                    "of someone without asking them first;</li>"
                    "<li>what to do if something goes wrong: stop, do not reply, take "
                    "a screenshot and tell a parent.</li></ul>"
                    "<p>Include rules for the adults too, such as asking before posting photos of your child, and "
                    "putting your own phone away at dinner.</p>",
                    "<p>Une entente écrite, rédigée ensemble et signée par tout le monde, transforme les règles en "
                    "engagements communs. Gardez-la courte et positive. Elle peut porter sur :</p>"
                    "<ul><li>l’endroit et le moment où le téléphone est utilisé, par exemple jamais aux repas et "
                    "recharge à l’extérieur de la chambre la nuit ;</li>"
                    "<li>les applications et les jeux permis, et la façon d’en demander un nouveau ;</li>"
                    "<li>les personnes à qui votre enfant peut parler, et l’interdiction de donner ses mots de passe, "
                    "son adresse ou le nom de son école à des gens rencontrés seulement en ligne ;</li>"
                    "<li>l’engagement de ne jamais envoyer ni transférer de photos du corps de qui que ce soit, et de "
                    "ne jamais partager la photo de quelqu’un sans sa permission ;</li>"
                    "<li>que faire si quelque chose tourne mal : arrêter, ne pas répondre, faire une capture "
                    "d’écran et en parler à un parent.</li></ul>"
                    "<p>Prévoyez aussi des règles pour les adultes, comme demander la permission avant de publier une "
                    "photo de votre enfant et ranger votre propre téléphone pendant le souper.</p>",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "tip",
                    "title": T("Promise not to punish honesty", "Promettez de ne pas punir l’honnêteté"),
                    "text": H(
                        "<p>The most important line in your agreement is this one: “If something goes wrong online "
                        "and you tell me, you will not lose your phone for telling me.” Children often hide serious "
                        "problems because they are afraid of losing their device. Remove that fear.</p>",
                        "<p>La ligne la plus importante de votre entente est celle-ci : « Si quelque chose "
                        "tourne mal en ligne et que tu m’en parles, tu ne perdras pas ton téléphone parce que tu "
                        "m’en as parlé. » Les enfants cachent souvent des problèmes graves par peur de perdre "
                        "leur appareil. Éliminez cette crainte.</p>",
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Review it as your child grows", "La revoir à mesure que votre enfant grandit"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Come back to the agreement every few months, and whenever your child starts a new school year "
                    "or asks for a new app. As they show good judgment, give them more privacy and independence. The "
                    "goal is not control forever: it is a young person who knows how to protect themselves and who "
                    "still comes to you when they need help.</p>",
                    "<p>Revenez sur l’entente tous les deux ou trois mois, ainsi qu’à chaque rentrée scolaire ou "
                    "chaque "
                    "demande de nouvelle application. À mesure que votre enfant fait preuve de jugement, accordez-lui "
                    "plus d’intimité et d’autonomie. Le but n’est pas de tout contrôler pour toujours : c’est que "
                    "votre jeune sache se protéger et vienne encore vous voir quand il lui faut de l’aide.</p>",
                ),
            },
            {
                "type": "accordion",
                "value": {
                    "heading": T("Common questions", "Questions fréquentes"),
                    "items": [
                        {
                            "question": T(
                                "Should I read my child’s messages?",
                                "Devrais-je lire les messages de mon enfant ?",
                            ),
                            "answer": H(
                                "<p>With younger children, occasional checks that your child knows about are "
                                "reasonable. As they grow, respect their privacy more and rely on "
                                "conversation. If you have a specific safety concern, it is fine to look, "
                                "and to explain afterwards why you did.</p>",
                                "<p>Avec les plus jeunes, des vérifications occasionnelles dont votre enfant est au "
                                "courant sont raisonnables. À mesure que votre enfant grandit, respectez davantage son "
                                "intimité "
                                "et misez sur le dialogue. Si vous avez une inquiétude précise pour sa sécurité, vous "
                                "pouvez regarder, puis lui expliquer pourquoi vous l’avez fait.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "What if my child breaks the agreement?",
                                "Et si mon enfant ne respecte pas l’entente ?",
                            ),
                            "answer": H(
                                "<p>Talk about what happened and why, and adjust the agreement if needed. Keep "
                                "consequences in proportion, and never punish your child for reporting "
                                "something that someone else did to them.</p>",
                                "<p>Discutez de ce qui s’est passé et pourquoi, puis ajustez l’entente au besoin. "
                                "Gardez des conséquences proportionnées, et ne punissez jamais votre enfant pour "
                                "avoir dénoncé ce que quelqu’un d’autre lui a fait.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "What if someone asks my child for pictures or threatens them?",
                                "Et si quelqu’un demande des photos à mon enfant ou lui fait des menaces ?",
                            ),
                            "answer": H(
                                "<p>Keep the messages, report the account and report the situation to Cybertip.ca or "
                                "your local police. If your child is in immediate danger, call 911. Your child can "
                                "also talk to Kids Help Phone at 1-800-668-6868 or by texting 686868.</p>",
                                "<p>Conservez les messages, signalez le compte et signalez la situation à "
                                "Cyberaide.ca ou à votre service de police local. Si votre enfant est en danger "
                                "immédiat, composez le 911. Votre enfant peut aussi joindre Jeunesse, J’écoute au "
                                "1-800-668-6868 ou par texto au 686868.</p>",
                            ),
                        },
                    ],
                },
            },
            {
                "type": "conversation",
                "value": {
                    "heading": T("Talk about it", "Parlez-en"),
                    "intro": T(
                        "Use these questions while you write the agreement together, "
                        "so that your child helps make the rules.",
                        "Posez ces questions pendant que vous rédigez l’entente ensemble, pour que votre "
                        "enfant participe à l’établissement des règles.",
                    ),
                    "starters": [
                        T(
                            "What do you most want to use your phone for?",
                            "À quoi as-tu le plus envie d’utiliser ton téléphone ?",
                        ),
                        T(
                            "Which rules do you think are fair for a first phone, and which ones seem too strict?",
                            "Quelles règles te semblent justes pour un premier téléphone, "
                            "et lesquelles te paraissent trop sévères ?",
                        ),
                        T(
                            "What would you do if someone you did not know sent you a message?",
                            "Qu’est-ce que tu ferais si une personne que tu ne connais pas t’envoyait un message ?",
                        ),
                        T(
                            "What rule do you think I should follow with my own phone?",
                            "Quelle règle devrais-je suivre, selon toi, avec mon propre téléphone ?",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "slug": T("if-someone-is-threatening-to-share-your-pictures", "si-quelquun-menace-de-partager-tes-photos"),
        "title": T("If someone is threatening to share your pictures", "Si quelqu’un menace de partager tes photos"),
        "summary": T(
            "Someone says they will post or send a picture of you unless you pay or send more: that is sextortion. "
            "You are not in trouble, and you are not alone. Here is what to do, step by step.",
            "Quelqu’un menace de publier ou d’envoyer une photo de toi si tu ne paies pas ou si tu n’en envoies pas "
            "d’autres : c’est de la sextorsion. Tu n’as pas d’ennuis, et tu n’as pas à vivre ça sans aide. "
            "Voici ce qu’il faut faire, étape par étape.",
        ),
        "audiences": ["youth"],
        "topics": ["sextortion", "sharing-intimate-images", "reporting-and-getting-help"],
        "age_min": 12,
        "age_max": 17,
        "last_reviewed": "2026-09-15",
        "body": [
            {
                "type": "paragraph",
                "value": H(
                    "<p>If someone is threatening to share a picture or video of you unless you pay them or send "
                    "more, stop for a second and breathe. This is called sextortion. It is a crime, and the person "
                    "doing it is the one in the wrong, not you. Lots of young people in Canada have been through "
                    "this, and there is a way through it.</p>",
                    "<p>Si quelqu’un menace de partager une photo ou une vidéo de toi si tu ne lui donnes pas "
                    "d’argent ou si tu ne lui en envoies pas d’autres, arrête-toi une seconde et respire. Ça "
                    "s’appelle de la sextorsion. C’est un crime, et c’est la personne qui te menace qui est en tort, "
                    "pas toi. Beaucoup de jeunes au Canada ont vécu la même chose, et il y a moyen de s’en sortir.</p>",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "warning",
                    "title": T("If it feels like too much right now", "Si c’est trop lourd en ce moment"),
                    "text": H(
                        "<p>Please reach out now. You can call Kids Help Phone at 1-800-668-6868 or text 686868, any "
                        "time, day or night, for free. If you are in danger or thinking about ending your life, call "
                        "911. You matter so much more than any picture.</p>",
                        "<p>Demande de l’aide tout de suite. Tu peux appeler Jeunesse, J’écoute au 1-800-668-6868 "
                        "ou envoyer un texto au 686868, en tout temps, jour et nuit, gratuitement. Si tu es en "
                        "danger ou si tu penses à mettre fin à tes jours, compose le 911. Tu comptes "
                        "infiniment plus que n’importe quelle photo.</p>",
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": T("What to do right now", "Que faire tout de suite"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<ol><li><b>Stop replying.</b> You do not owe this person an answer. "
                    "Do not argue or try to make a deal.</li>"
                    "<li><b>Do not pay and do not send anything else.</b> It almost never makes them stop.</li>"
                    "<li><b>Take screenshots before you block.</b> Capture their username, profile and messages, and "
                    "any payment details they gave you. Do not screenshot or save the pictures themselves.</li>"
                    "<li><b>Block and report the account</b> on the app or game where it is happening.</li>"
                    "<li><b>Tell an adult you trust.</b> You should not have to handle this on your own.</li>"
                    "<li><b>Report it to Cybertip.ca.</b> You can do it yourself or with an adult. They help young "
                    "people in exactly this situation every day.</li></ol>",
                    "<ol><li><b>Arrête de répondre.</b> Tu ne dois rien à cette personne. Ne "
                    "discute pas et n’essaie pas de négocier.</li>"
                    "<li><b>Ne paie pas et n’envoie rien d’autre.</b> Ça ne met presque jamais fin au chantage.</li>"
                    "<li><b>Fais des captures d’écran avant de bloquer.</b> Garde une trace de son nom d’utilisateur, "
                    "de son profil et de ses messages, et des détails de paiement qu’elle t’a donnés. Ne fais pas de "
                    "capture des photos elles-mêmes et ne les enregistre pas.</li>"
                    "<li><b>Bloque et signale le compte</b> dans l’application ou le jeu où ça se passe.</li>"
                    "<li><b>Parles-en à un adulte de confiance.</b> Tu ne devrais "
                    "pas avoir à porter ça sans soutien.</li>"
                    "<li><b>Fais un signalement à Cyberaide.ca.</b> Tu peux le faire toi-même ou avec un adulte. "
                    "L’équipe aide chaque jour des jeunes qui vivent exactement cette situation.</li></ol>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Why paying does not work", "Pourquoi payer ne règle rien"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>People who do this are usually not one person acting alone. Often they are organized groups "
                    "who target many young people at once, using fake profiles. When someone pays, they learn that "
                    "person will pay again, so the demands usually get bigger. Some of them even fake images with "
                    "editing tools or AI. Real or fake, the threat is a crime, and you have the right to get help.</p>",
                    "<p>Les gens qui font ça agissent rarement sans complices. Ce sont souvent des groupes organisés "
                    "qui ciblent plusieurs jeunes en même temps avec de faux profils. Quand quelqu’un paie, ils "
                    "comprennent que cette personne va payer encore, alors les demandes augmentent habituellement. "
                    "Certains truquent même des images avec des logiciels de retouche ou l’IA. Vraie ou truquée, la "
                    "menace est un crime, et tu as le droit d’obtenir de l’aide.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Telling someone", "En parler à quelqu’un"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Telling an adult can feel impossible. You might be scared they will be angry or disappointed. "
                    "But adults who care about you would much rather know and help than find out later that you went "
                    "through this alone. If talking to a parent feels too hard, choose another adult: a relative, a "
                    "teacher, a school counsellor or a coach.</p>"
                    "<p>Not sure how to say it? Kids Help Phone can help you figure out what to say and who to tell. "
                    "You can also show this page to the adult you choose.</p>",
                    "<p>En parler à un adulte peut sembler impossible. Tu as peut-être peur de sa colère ou de sa "
                    "déception. Mais les adultes qui tiennent à toi préfèrent de loin être au courant et t’aider "
                    "plutôt "
                    "que d’apprendre plus tard que tu as traversé ça sans eux. Si c’est trop difficile d’en parler "
                    "à un parent, choisis un autre adulte : quelqu’un de ta famille, une ou un membre du personnel "
                    "enseignant, une conseillère ou un conseiller à l’école, une entraîneuse ou un entraîneur.</p>"
                    "<p>Tu ne sais pas comment le dire ? Jeunesse, J’écoute peut t’aider à trouver les mots et à "
                    "choisir à qui en parler. Tu peux aussi montrer cette page à l’adulte que tu as choisi.</p>",
                ),
            },
            {
                "type": "accordion",
                "value": {
                    "heading": T("Questions you might have", "Les questions que tu te poses peut-être"),
                    "items": [
                        {
                            "question": T(
                                "Am I going to get in trouble with the police?",
                                "Est-ce que je vais avoir des ennuis avec la police ?",
                            ),
                            "answer": H(
                                "<p>No. When someone is threatening you, you are the victim of a crime. Police and "
                                "Cybertip.ca focus on stopping the person doing it and on keeping you safe.</p>",
                                "<p>Non. Quand quelqu’un te menace, tu es victime d’un crime. La police et "
                                "Cyberaide.ca s’occupent d’arrêter la personne responsable et de te protéger.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "What if I sent the picture because I wanted to?",
                                "Et si j’ai envoyé la photo parce que je le voulais ?",
                            ),
                            "answer": H(
                                "<p>It still is not your fault. Sharing a picture with someone you trusted does not "
                                "give anyone the right to threaten you. The person who broke that trust is "
                                "responsible for what they are doing.</p>",
                                "<p>Ce n’est quand même pas ta faute. Partager une photo avec une personne en qui tu "
                                "avais confiance ne donne à personne le droit de te menacer. C’est la personne qui a "
                                "trahi cette confiance qui est responsable de ce qu’elle fait.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Can the pictures be taken down?",
                                "Est-ce qu’on peut faire retirer les photos ?",
                            ),
                            "answer": H(
                                "<p>Often, yes. If a picture of you has been posted, report it on the platform "
                                "right away. Cybertip.ca can also help you ask websites and apps to remove it. The "
                                "sooner you report, the more can be done.</p>",
                                "<p>Souvent, oui. Si une photo de toi a été publiée, signale-la tout de suite sur la "
                                "plateforme. Cyberaide.ca peut aussi t’aider à demander aux sites et aux applications "
                                "de la retirer. Plus tu fais vite, plus on peut agir.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "What if they already sent it to my friends?",
                                "Et si la personne l’a déjà envoyée à mes amies et amis ?",
                            ),
                            "answer": H(
                                "<p>That can feel awful, but you can get through it. "
                                f'<a href="{REPORT_FORM_HREF}">Report it</a>, tell a trusted adult, '
                                "and ask a friend you trust to report it too instead of sharing it. Most people will "
                                "see that you are the one who was wronged.</p>",
                                "<p>Ça peut être vraiment difficile, mais tu peux t’en sortir. "
                                f'<a href="{REPORT_FORM_HREF}">Fais un signalement</a>, '
                                "parles-en à un adulte de confiance, "
                                "et demande à une amie ou à un ami en qui tu as "
                                "confiance de signaler l’image à son tour plutôt que de la partager. La plupart des "
                                "gens verront bien que c’est toi la victime.</p>",
                            ),
                        },
                    ],
                },
            },
            {
                "type": "conversation",
                "value": {
                    "heading": T("If you are not sure how to start", "Si tu ne sais pas comment commencer"),
                    "intro": T(
                        "Telling someone is often the hardest step. Say one of these out loud, send it "
                        "in a text or write it on a piece of paper.",
                        "En parler est souvent l’étape la plus difficile. Dis l’une de ces phrases à voix haute, "
                        "envoie-la par texto ou écris-la sur un bout de papier.",
                    ),
                    "starters": [
                        T(
                            "Something happened online and I need your help, but I need you to stay calm.",
                            "Il m’est arrivé quelque chose en ligne et j’ai besoin de ton "
                            "aide, mais j’ai besoin que tu restes calme.",
                        ),
                        T(
                            "Someone is threatening to share a picture of me and I am scared.",
                            "Quelqu’un menace de partager une photo de moi et j’ai peur.",
                        ),
                        T(
                            "I do not know what to do, can you help me report something to Cybertip.ca?",
                            "Je ne sais pas que faire, peux-tu m’aider à faire un signalement à Cyberaide.ca ?",
                        ),
                        T(
                            "I need to tell you something hard, and I need you to listen before you say anything.",
                            "J’ai quelque chose de difficile à te dire, et j’ai "
                            "besoin que tu m’écoutes avant de réagir.",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "slug": T("nudes-pressure-consent-and-the-law", "photos-intimes-pression-consentement-et-loi"),
        "title": T("Nudes: pressure, consent and the law", "Photos intimes : la pression, le consentement et la loi"),
        "summary": T(
            "Being asked for nudes is common, but it is never something you owe anyone. How to spot pressure, how to "
            "say no, what the law says and what to do if an image gets shared.",
            "Se faire demander des photos intimes arrive souvent, mais tu ne dois ça à personne. Comment reconnaître "
            "la pression, comment dire non, ce que dit la loi et que faire si une image circule.",
        ),
        "audiences": ["youth"],
        "topics": ["sharing-intimate-images", "healthy-relationships", "reporting-and-getting-help"],
        "age_min": 13,
        "age_max": 17,
        "last_reviewed": "2026-03-30",
        "body": [
            {
                "type": "paragraph",
                "value": H(
                    "<p>At some point, someone may ask you for a nude or a sexy picture: a crush, someone you are "
                    "dating, or someone you have only met online. It can feel flattering, confusing or stressful, "
                    "sometimes all at once. Here is the thing to remember: it is your body and your decision, and "
                    "saying no is always okay. Most teens are not sending nudes, whatever people say.</p>",
                    "<p>Un jour, quelqu’un te demandera peut-être une photo nue ou sexy : une personne qui te plaît, "
                    "quelqu’un avec qui tu sors, ou quelqu’un que tu as seulement rencontré en ligne. Ça peut être "
                    "flatteur, déroutant ou stressant, parfois tout ça à la fois. Retiens ceci : c’est ton corps et ta "
                    "décision, et tu as toujours le droit de dire non. La plupart des ados n’envoient pas de photos "
                    "intimes, peu importe ce qu’on raconte.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Pressure is a red flag", "La pression, c’est un signal d’alarme"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Someone who respects you accepts your answer the first time. Watch out if someone:</p>"
                    "<ul><li>keeps asking after you have said no, or acts hurt until you give in;</li>"
                    "<li>says “if you loved me, you would” or threatens to end the relationship;</li>"
                    "<li>tells you that everyone does it, or that you are being immature;</li>"
                    "<li>sends a picture first so that you feel you owe them one;</li>"
                    "<li>offers you gifts, money or followers in exchange.</li></ul>"
                    "<p>None of this is love or friendship. It is pressure, and "
                    "you do not have to go along with it.</p>",
                    "<p>Une personne qui te respecte accepte ta réponse dès la "
                    "première fois. Méfie-toi si quelqu’un :</p>"
                    "<ul><li>continue de te le demander après ton refus, ou boude "
                    "jusqu’à ce que tu cèdes ;</li>"
                    "<li>te dit « si tu m’aimais, tu le ferais » ou menace de mettre fin à votre relation ;</li>"
                    "<li>te dit que tout le monde le fait, ou que tu manques de maturité ;</li>"
                    "<li>t’envoie une photo en premier pour que tu te sentes redevable ;</li>"
                    "<li>t’offre des cadeaux, de l’argent ou des abonnés en échange.</li></ul>"
                    "<p>Rien de tout ça n’est de l’amour ou de l’amitié. C’est de la "
                    "pression, et tu n’as pas à t’y plier.</p>",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "tip",
                    "title": T("Ways to say no", "Des façons de dire non"),
                    "text": H(
                        "<p>You do not owe anyone an explanation, but having a reply ready can help:</p>"
                        "<ul><li>“Nope, not my thing.”</li>"
                        "<li>“I said no. If you keep asking, I am done talking.”</li>"
                        "<li>“My pictures stay on my phone, thanks.”</li>"
                        "<li>Send a funny meme, change the subject, or just stop replying.</li></ul>",
                        "<p>Tu n’as pas à te justifier, mais avoir une réponse toute prête peut aider :</p>"
                        "<ul><li>« Non merci, ce n’est pas mon genre. »</li>"
                        "<li>« J’ai dit non. Si tu continues, j’arrête de te parler. »</li>"
                        "<li>« Mes photos restent dans mon téléphone, merci. »</li>"
                        "<li>Envoie un mème drôle, change de sujet, ou arrête tout simplement de répondre.</li></ul>",
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": T("What the law says in Canada", "Ce que dit la loi au Canada"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Canadian laws exist to protect young people, not to punish them for being "
                    "pressured or harmed. Here are the basics:</p>"
                    "<ul><li>Sexual images of anyone under 18 are treated very seriously. There are narrow exceptions "
                    "for private images between young people in a consenting relationship, but sharing or forwarding "
                    "a sexual image of someone under 18 can be a crime.</li>"
                    "<li>Sharing an intimate image of anyone, of any age, without their consent is a crime.</li>"
                    "<li>Threatening to share someone’s images to get money or more pictures is "
                    "extortion, which is also a crime.</li></ul>"
                    "<p>When an image is shared without consent, police and schools focus on "
                    "protecting the person in the picture.</p>",
                    "<p>Au Canada, les lois existent pour protéger les jeunes, pas pour les punir parce qu’on leur a "
                    "mis de la pression ou qu’on leur a fait du tort. Voici l’essentiel :</p>"
                    "<ul><li>Les images sexuelles de personnes de moins de 18 ans sont prises très au "
                    "sérieux. Il existe des exceptions limitées pour les images privées entre jeunes dans une "
                    "relation consentie, mais partager ou transférer une image sexuelle d’une personne de "
                    "moins de 18 ans peut être un crime.</li>"
                    "<li>Partager une image intime de qui que ce soit, peu importe son âge, "
                    "sans son consentement est un crime.</li>"
                    "<li>Menacer de diffuser les images de quelqu’un pour obtenir de l’argent ou d’autres photos, "
                    "c’est de l’extorsion, et c’est aussi un crime.</li></ul>"
                    "<p>Quand une image est partagée sans consentement, la police et les écoles se concentrent sur la "
                    "protection de la personne qui y figure.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T(
                        "If someone sends you an image of someone else",
                        "Si quelqu’un t’envoie l’image d’une autre personne",
                    ),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Do not forward it, not even to one friend, and not even to show an adult what is going "
                    "around. Delete it, tell the person who sent it that it is not okay, and tell a trusted adult "
                    "what happened. You can report it on the app and to Cybertip.ca. Think about how you would want "
                    "others to act if it were your picture.</p>",
                    "<p>Ne la transfère pas, pas même à une seule personne, et pas même pour montrer à un adulte ce "
                    "qui circule. Supprime-la, dis à la personne qui te l’a envoyée que ça ne se fait "
                    "pas, et raconte à un adulte de confiance ce qui s’est passé. Tu peux signaler "
                    "l’image dans l’application et à Cyberaide.ca. Pense à la façon dont tu voudrais que les "
                    "autres réagissent si c’était ta photo.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("If your image has been shared", "Si ton image a été partagée"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>It is not your fault. The person who shared it without your consent is the one who did "
                    "something wrong. Report the image on every platform where you see it, and report it to "
                    "Cybertip.ca, which can help get it removed. Tell an adult you trust. If you are being threatened "
                    "or you are in danger, call 911. If you need to talk, Kids Help Phone is there any time at "
                    "1-800-668-6868 or by text at 686868.</p>",
                    "<p>Ce n’est pas ta faute. C’est la personne qui l’a partagée sans ton consentement qui a mal "
                    "agi. Signale l’image sur chaque plateforme où tu la vois et fais un signalement à Cyberaide.ca, "
                    "qui peut t’aider à la faire retirer. Parles-en à un adulte de confiance. Si on te menace ou si "
                    "tu es en danger, compose le 911. Si tu as besoin de parler, Jeunesse, J’écoute est là en tout "
                    "temps au 1-800-668-6868 ou par texto au 686868.</p>",
                ),
            },
            {
                "type": "conversation",
                "value": {
                    "heading": T("Talk about it with your friends", "Parles-en avec tes amies et amis"),
                    "intro": T(
                        "Friends often hear about these situations first. Here are a few "
                        "things you can say to have each other’s backs.",
                        "Souvent, l’entourage est le premier au courant de ces situations. Voici quelques "
                        "phrases pour vous soutenir mutuellement.",
                    ),
                    "starters": [
                        T(
                            "Has anyone ever kept asking you for pics after you said no?",
                            "Est-ce que quelqu’un a déjà continué à te demander des photos après que tu as dit non ?",
                        ),
                        T(
                            "A real partner would never guilt you for saying no.",
                            "Quelqu’un qui t’aime vraiment ne te ferait jamais sentir coupable de dire non.",
                        ),
                        T(
                            "If a pic of you ever got leaked, I would help you report it, not judge you.",
                            "Si une photo de toi se mettait à circuler, je "
                            "t’aiderais à la signaler au lieu de te juger.",
                        ),
                        T(
                            "That picture is going around; let’s not share it and tell someone instead.",
                            "Cette photo-là circule ; on ne la partage pas et on en parle plutôt à quelqu’un.",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "slug": T("when-an-online-friendship-feels-wrong", "quand-une-amitie-en-ligne-semble-louche"),
        "title": T(
            "When an online friendship starts to feel wrong",
            "Quand une amitié en ligne commence à sembler louche",
        ),
        "summary": T(
            "Online friends can be great friends. But if someone is pushing for secrets, pictures or a private chat, "
            "trust that feeling. Here is how to spot manipulation and what to do.",
            "Les amitiés en ligne peuvent être de vraies amitiés. Mais si quelqu’un insiste pour avoir des "
            "secrets, des photos ou une conversation privée, fie-toi à ce que tu ressens. Voici "
            "comment repérer la manipulation et que faire.",
        ),
        "audiences": ["youth"],
        "topics": ["online-grooming", "gaming-and-chat", "healthy-relationships"],
        "age_min": 12,
        "age_max": 17,
        "last_reviewed": "2026-05-27",
        "body": [
            {
                "type": "paragraph",
                "value": H(
                    "<p>Lots of people have friends they met online, in a game, a fan community or a group chat. "
                    "Those friendships can be real and important. But some people build an online friendship on "
                    "purpose, to gain a young person’s trust and then take advantage of it. If a friendship has "
                    "started to feel a bit off, that feeling is worth listening to.</p>",
                    "<p>Beaucoup de gens nouent des amitiés en ligne, dans un jeu, une communauté de fans ou un "
                    "groupe de clavardage. Ces amitiés peuvent être vraies et importantes. Mais certaines personnes "
                    "bâtissent une amitié en ligne exprès, pour gagner la confiance d’une ou d’un jeune et en profiter "
                    "ensuite. Si une amitié commence à te sembler bizarre, ce malaise mérite que tu l’écoutes.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Signs something is off", "Les signes que quelque chose cloche"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<ul><li>They seem almost too perfect: they like everything you "
                    "like and always say the right thing.</li>"
                    "<li>They want the friendship to stay secret, or they say your "
                    "parents or friends would not understand.</li>"
                    "<li>They ask a lot of personal questions about your body, your "
                    "relationships or when you are home alone.</li>"
                    "<li>They push to move to a private app, a video call or a meeting in person.</li>"
                    "<li>They give you gifts, game credits or money, then act like you owe them.</li>"
                    "<li>Their story does not add up: their age changes, or "
                    "their camera never seems to work.</li></ul>",
                    "<ul><li>La personne semble presque trop parfaite : elle aime tout ce que tu aimes et "
                    "dit toujours exactement ce qu’il faut.</li>"
                    "<li>Elle veut que votre amitié reste secrète, ou elle dit que tes "
                    "parents ou tes amies et amis ne comprendraient pas.</li>"
                    "<li>Elle te pose beaucoup de questions personnelles sur ton corps, tes relations ou les "
                    "moments où il n’y a pas d’adulte chez toi.</li>"
                    "<li>Elle insiste pour continuer dans une application privée, par appel vidéo ou en personne.</li>"
                    "<li>Elle te donne des cadeaux, des crédits de jeu ou de l’argent, puis agit "
                    "comme si tu lui devais quelque chose.</li>"
                    "<li>Son histoire ne tient pas debout : son âge change, ou "
                    "sa caméra ne fonctionne jamais.</li></ul>",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "info",
                    "title": T("It can happen to anyone", "Ça peut arriver à n’importe qui"),
                    "text": H(
                        "<p>People who manipulate young people are good at it; that is the whole point. Smart, "
                        "careful people get fooled every day. Noticing the signs does not make you paranoid, and "
                        "missing them does not make you stupid.</p>",
                        "<p>Les personnes qui manipulent les jeunes sont douées pour ça ; c’est justement "
                        "leur stratégie. Des gens intelligents et prudents se font avoir tous les jours. "
                        "Remarquer les signes ne fait pas de toi une personne paranoïaque, et ne pas les "
                        "avoir vus ne fait pas de toi une personne naïve.</p>",
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": T("What you can do", "Ce que tu peux faire"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<ul><li>Slow things down. A real friend will not mind waiting.</li>"
                    "<li>Keep personal details to yourself: your address, your "
                    "school, your location, your passwords.</li>"
                    "<li>Stay on the platform where you met, where you can report them, "
                    "instead of moving to a private app.</li>"
                    "<li>Talk to someone you trust about the friendship and see what they think.</li>"
                    "<li>If something feels wrong, block and report. You do not need a perfect reason.</li>"
                    "<li>Never go to meet someone from online on your own. If you really want to meet, bring a "
                    "trusted adult and choose a public place.</li></ul>"
                    "<p>If an adult is asking you for pictures or trying to meet you, report it to Cybertip.ca. If "
                    "you are in danger right now, call 911.</p>",
                    "<ul><li>Ralentis les choses. Une véritable amitié peut attendre.</li>"
                    "<li>Garde tes renseignements personnels pour toi : ton adresse, ton école, "
                    "ta localisation, tes mots de passe.</li>"
                    "<li>Reste sur la plateforme où vous avez fait connaissance, là où tu peux faire un signalement, "
                    "au "
                    "lieu de passer à une application privée.</li>"
                    "<li>Parle de cette amitié à quelqu’un en qui tu as "
                    "confiance et demande-lui son avis.</li>"
                    "<li>Si quelque chose cloche, bloque et signale la personne. Pas "
                    "besoin d’avoir une raison parfaite.</li>"
                    "<li>Ne va jamais rencontrer sans adulte une personne connue en ligne. Si tu tiens vraiment à la "
                    "rencontrer, amène un adulte de confiance et choisis un endroit public.</li></ul>"
                    "<p>Si un adulte te demande des photos ou essaie de te rencontrer, fais un signalement à "
                    "Cyberaide.ca. Si tu es en danger en ce moment, compose le 911.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("If you are already in deep", "Si les choses sont déjà allées loin"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Maybe you have already shared things you regret, or this person knows a lot about you, and "
                    "you feel stuck. You are still not in trouble, and it is never too late to tell someone. The "
                    "longer it goes on, the more control the other person has, so reaching out now is the "
                    "strongest thing you can do. Kids Help Phone is free, confidential and open any time at "
                    "1-800-668-6868, or by texting 686868.</p>",
                    "<p>Tu as peut-être déjà partagé des choses que tu regrettes, ou cette personne en sait beaucoup "
                    "sur toi, et tu ne vois pas comment t’en sortir. Tu n’as quand même pas d’ennuis, et il n’est "
                    "jamais trop tard pour en parler. Plus ça dure, plus l’autre personne a de l’emprise, alors "
                    "demander de l’aide maintenant, c’est ce que tu peux faire de plus fort. Jeunesse, J’écoute offre "
                    "un service gratuit et confidentiel, en tout temps, au 1-800-668-6868 ou par texto au 686868.</p>",
                ),
            },
            {
                "type": "accordion",
                "value": {
                    "heading": T("Questions you might have", "Les questions que tu te poses peut-être"),
                    "items": [
                        {
                            "question": T("What if they really are my age?", "Et si la personne a vraiment mon âge ?"),
                            "answer": H(
                                "<p>Secrecy, pressure and requests for pictures are red flags at any age. A friend "
                                "your age who pushes you like this is not treating you well either.</p>",
                                "<p>Le secret, la pression et les demandes de photos sont des "
                                "signaux d’alarme, peu importe l’âge. Une amie ou un ami de ton âge "
                                "qui insiste comme ça ne te traite pas bien non plus.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "I feel bad blocking them, they have been so nice to me.",
                                "Je me sens mal de la bloquer, elle a été tellement gentille avec moi.",
                            ),
                            "answer": H(
                                "<p>That is normal, and it is exactly how manipulation works: kindness "
                                "first, so that saying no feels rude. You are allowed to protect yourself, "
                                "even from someone who was nice to you.</p>",
                                "<p>C’est normal, et c’est exactement comme ça que fonctionne la manipulation : la "
                                "gentillesse d’abord, pour que dire non paraisse impoli. Tu as le droit de te "
                                "protéger, même d’une personne qui a été gentille avec toi.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "They said they would hurt themselves if I stopped talking to them.",
                                "La personne m’a dit qu’elle se ferait du mal si j’arrêtais de lui parler.",
                            ),
                            "answer": H(
                                "<p>That is a heavy thing to put on you, and it is a form of pressure. You are not "
                                "responsible for keeping someone else safe. Tell a trusted adult. If you believe "
                                "someone is in immediate danger, call 911.</p>",
                                "<p>C’est lourd à porter, et c’est une forme de pression. Tu n’es pas responsable de "
                                "la sécurité de quelqu’un d’autre. Parles-en à un adulte de confiance. Si tu crois "
                                "qu’une personne est en danger immédiat, compose le 911.</p>",
                            ),
                        },
                    ],
                },
            },
            {
                "type": "conversation",
                "value": {
                    "heading": T("Check in with a friend", "Prends des nouvelles de tes amies et amis"),
                    "intro": T(
                        "Sometimes it is easier to notice when it is happening to someone else. If you "
                        "are worried about a friend, you could say:",
                        "C’est parfois plus facile de voir ce qui se passe quand ça arrive à quelqu’un d’autre. Si tu "
                        "t’inquiètes pour quelqu’un de ton entourage, tu pourrais lui dire :",
                    ),
                    "starters": [
                        T(
                            "You have been talking to that new person a lot; is everything okay?",
                            "Tu parles beaucoup à cette nouvelle personne ; est-ce que tout va bien ?",
                        ),
                        T(
                            "It is kind of weird that they want you to keep it a secret, right?",
                            "C’est un peu bizarre qu’elle veuille que tu gardes ça secret, non ?",
                        ),
                        T(
                            "You would not be in trouble if you told someone, and I can come with you.",
                            "Tu n’aurais pas d’ennuis si tu en parlais à quelqu’un, et je peux venir avec toi.",
                        ),
                        T(
                            "If they ask for pictures, that is a sign to stop, not a sign they like you.",
                            "Si la personne demande des photos, c’est un signe qu’il "
                            "faut arrêter, pas un signe qu’elle t’aime.",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "slug": T("when-a-friend-needs-help", "quand-une-amie-ou-un-ami-a-besoin-daide"),
        "title": T(
            "When a friend tells you something is wrong online",
            "Quand une amie ou un ami te confie que ça ne va pas en ligne",
        ),
        "summary": T(
            "A friend is being threatened, pressured or exploited online, and they told you. You cannot fix it alone, "
            "but you can make a huge difference. Here is how.",
            "Une amie ou un ami se fait menacer, mettre de la pression ou exploiter en ligne, et c’est à toi que "
            "cette personne l’a dit. Tu ne peux pas tout régler, mais tu peux faire une énorme différence. "
            "Voici comment.",
        ),
        "audiences": ["youth"],
        "topics": ["reporting-and-getting-help", "sextortion", "online-grooming"],
        "age_min": 12,
        "age_max": 17,
        "last_reviewed": "2026-10-06",
        "body": [
            {
                "type": "paragraph",
                "value": H(
                    "<p>Young people often tell a friend before they tell any adult. If a friend has "
                    "trusted you with something that is happening to them online, that says a lot about "
                    "you. You are not expected to solve it. Your job is to listen, to be kind, and to help "
                    "them reach people who can make it stop.</p>",
                    "<p>Les jeunes se confient souvent à leurs camarades avant d’en parler à un adulte. Si une amie ou "
                    "un "
                    "ami t’a fait confiance pour te raconter ce qui lui arrive en ligne, ça en dit long sur toi. "
                    "Personne ne "
                    "s’attend à ce que tu règles la situation. Ton rôle, c’est d’écouter, de faire preuve de "
                    "bienveillance et de l’aider à joindre les personnes qui peuvent y mettre fin.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Listen first", "D’abord, écouter"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<ul><li>Let them talk without interrupting or judging. Saying “why did you "
                    "send it?” can make them feel worse.</li>"
                    "<li>Tell them clearly that it is not their fault.</li>"
                    "<li>Never ask to see, save or share any pictures, even if they offer to show you.</li>"
                    "<li>Do not call out the person responsible online or post about "
                    "it. It can make things more dangerous.</li>"
                    "<li>Do not promise to keep it a secret if your friend is in danger.</li></ul>",
                    "<ul><li>Laisse la personne parler sans l’interrompre ni la juger. Lui demander « pourquoi "
                    "tu l’as envoyée ? » pourrait la faire se sentir encore plus mal.</li>"
                    "<li>Dis-lui clairement que ce n’est pas sa faute.</li>"
                    "<li>Ne demande jamais à voir, enregistrer ou partager des photos, "
                    "même si elle propose de te les montrer.</li>"
                    "<li>Ne dénonce pas la personne responsable en ligne et ne publie rien à ce sujet. Ça pourrait "
                    "rendre la situation plus dangereuse.</li>"
                    "<li>Ne promets pas de garder le secret si cette personne est en danger.</li></ul>",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "warning",
                    "title": T("Some secrets are too big to keep", "Certains secrets sont trop lourds à garder"),
                    "text": H(
                        "<p>If your friend is being threatened or blackmailed, is being pressured by an adult, or "
                        "talks about hurting themselves, an adult needs to know now, even if your friend is upset "
                        "with you. If someone is in immediate danger, call 911.</p>",
                        "<p>Si la personne se fait menacer ou faire du chantage, subit de la pression de la part "
                        "d’un adulte ou parle de se faire du mal, un adulte doit être mis au courant tout de suite, "
                        "même si elle t’en veut. Si quelqu’un est en danger immédiat, compose le 911.</p>",
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Help them get help", "L’aider à obtenir de l’aide"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Offer to go with your friend to talk to a trusted adult, such as a parent, a teacher "
                    "or a school counsellor, or to sit with them while they call or text. You can help them "
                    "report what is happening to Cybertip.ca, which takes reports from young people and can "
                    "help get images taken down. Kids Help Phone is there for both of you, any time, at "
                    "1-800-668-6868 or by texting 686868.</p>"
                    "<p>After that, keep checking in. A text like “thinking of you, want to hang out?” can "
                    "mean a lot when someone feels alone.</p>",
                    "<p>Propose à la personne de l’accompagner pour parler à un adulte de confiance, comme un "
                    "parent, une ou un membre du personnel enseignant ou une conseillère ou un conseiller à l’école, "
                    "ou de rester à ses côtés pendant qu’elle appelle ou écrit. Tu peux l’aider à signaler ce qui se "
                    "passe à Cyberaide.ca, qui reçoit les signalements "
                    "des jeunes et peut aider à faire retirer des images. Jeunesse, J’écoute est là pour vous deux, "
                    "en tout temps, au 1-800-668-6868 ou par texto au 686868.</p>"
                    "<p>Ensuite, continue de prendre de ses nouvelles. Un texto comme « je pense à toi, on se voit ? » "
                    "peut faire beaucoup de bien à une personne qui se sent isolée.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Look after yourself too", "Prends soin de toi aussi"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Hearing that a friend is being hurt is heavy. You might feel scared, angry or worried "
                    "that you will say the wrong thing. Those feelings are normal. Talk to an adult you trust "
                    "about how you are doing, or reach out to Kids Help Phone yourself. Helping a friend does "
                    "not mean carrying it all on your own.</p>",
                    "<p>Apprendre qu’on fait du mal à une personne qu’on aime, c’est lourd. Tu peux avoir peur, être "
                    "en colère "
                    "ou craindre de dire la mauvaise chose. Ces émotions sont normales. Parle de ce que tu vis "
                    "à un adulte de confiance, ou communique toi-même avec Jeunesse, J’écoute. Aider une amie ou "
                    "un ami, ce n’est pas tout porter sur tes épaules.</p>",
                ),
            },
            {
                "type": "accordion",
                "value": {
                    "heading": T("Questions you might have", "Les questions que tu te poses peut-être"),
                    "items": [
                        {
                            "question": T(
                                "What if my friend gets mad at me for telling an adult?",
                                "Et si mon amie ou mon ami m’en veut d’en avoir parlé à un adulte ?",
                            ),
                            "answer": H(
                                "<p>They might, at first. Most people understand later that you did it because you "
                                "care. Keeping them safe is more important than avoiding an awkward moment.</p>",
                                "<p>C’est possible, au début. La plupart des gens comprennent plus tard "
                                "que tu l’as fait parce que tu tiens à eux. Sa sécurité est plus "
                                "importante que d’éviter un moment gênant.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "What if the picture is already going around at school?",
                                "Et si la photo circule déjà à l’école ?",
                            ),
                            "answer": H(
                                "<p>Do not look at it or pass it on, and ask others not to either. Report it on "
                                "the apps where it is being shared and tell a staff member you trust, so the "
                                "school can step in and support your friend.</p>",
                                "<p>Ne la regarde pas et ne la transfère pas, et demande aux autres d’en "
                                "faire autant. Signale-la dans les applications où elle circule et "
                                "avertis un membre du personnel en qui tu as confiance, pour que l’école "
                                "puisse intervenir et soutenir la personne touchée.</p>",
                            ),
                        },
                    ],
                },
            },
            {
                "type": "conversation",
                "value": {
                    "heading": T("What you can say", "Ce que tu peux dire"),
                    "intro": T(
                        "You do not need a speech. Short and honest works best.",
                        "Pas besoin d’un grand discours. Court et sincère, c’est ce qui fonctionne le mieux.",
                    ),
                    "starters": [
                        T(
                            "Thank you for telling me; it means a lot that you did.",
                            "Merci de me l’avoir dit ; ça compte beaucoup pour moi que tu l’aies fait.",
                        ),
                        T(
                            "This is not your fault; the person doing this is the one in the wrong.",
                            "Ce n’est pas ta faute ; c’est la personne qui fait ça qui est en tort.",
                        ),
                        T(
                            "Do you want me to come with you to talk to someone?",
                            "Veux-tu que je vienne avec toi pour en parler à quelqu’un ?",
                        ),
                        T(
                            "I am here for you, no matter what happens next.",
                            "Je suis là pour toi, peu importe ce qui arrive.",
                        ),
                    ],
                },
            },
        ],
    },
    {
        "slug": T("when-a-student-discloses", "quand-un-eleve-se-confie"),
        "title": T(
            "When a student discloses: a guide for school staff",
            "Quand une ou un élève se confie : guide pour le personnel scolaire",
        ),
        "summary": T(
            "What to do, and what not to do, when a student tells you they are being harmed or exploited online or "
            "in person, including your duty to report.",
            "Ce qu’il faut faire et ne pas faire quand une ou un élève vous dit subir de la violence sexuelle ou de "
            "l’exploitation, en ligne "
            "ou en personne, y compris votre obligation de signaler.",
        ),
        "audiences": ["educators", "organizations"],
        "topics": ["reporting-and-getting-help", "online-grooming", "sextortion"],
        "age_min": 5,
        "age_max": 17,
        "last_reviewed": "2026-08-25",
        "body": [
            {
                "type": "paragraph",
                "value": H(
                    "<p>Students usually disclose to an adult they already trust: a teacher, an educational "
                    "assistant, a coach, a librarian, a bus driver. A disclosure is not always a clear "
                    "statement. It may come through a journal entry, a drawing, a comment after a lesson or a "
                    "question about “what would happen if”. Every adult in a school should know how to respond "
                    "calmly and what their legal obligations are.</p>",
                    "<p>Les élèves se confient habituellement à un adulte en qui ils ont déjà confiance : une "
                    "enseignante, un technicien en éducation spécialisée, un entraîneur, une bibliothécaire, un "
                    "chauffeur d’autobus. Une confidence n’est pas toujours une déclaration claire. Elle peut passer "
                    "par un journal personnel, un dessin, un commentaire après une leçon ou une question du genre « "
                    "qu’est-ce qui arriverait si… ». Chaque adulte d’une école devrait savoir réagir avec calme "
                    "et connaître ses obligations légales.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Your duty to report", "Votre obligation de signaler"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Across Canada, anyone who has reasonable grounds to believe that a child is being abused or "
                    "is in need of protection must report it to child protection services, and professionals who work "
                    "with children are specifically bound by this duty. You do not need proof, and you are not "
                    "responsible for deciding whether abuse happened. In most provinces and territories the duty is "
                    "personal: informing your principal does not replace your own report. Follow your school board’s "
                    "procedure as well, but never let it delay the call.</p>",
                    "<p>Partout au Canada, toute personne qui a des motifs raisonnables de croire qu’un enfant est "
                    "victime de mauvais traitements ou a besoin de protection doit le signaler aux services de "
                    "protection de "
                    "l’enfance, et le personnel qui travaille auprès des enfants est expressément tenu à "
                    "cette obligation. Vous n’avez pas besoin de preuves, et ce n’est pas à vous de déterminer "
                    "s’il y a eu mauvais traitements. Dans la plupart des provinces et des territoires, l’obligation "
                    "est "
                    "personnelle : informer la direction de l’école ne remplace pas votre propre signalement. "
                    "Suivez aussi la procédure de votre centre de services scolaire ou de votre conseil scolaire, "
                    "mais ne laissez jamais celle-ci retarder l’appel.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Responding in the moment", "Réagir sur le moment"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<ol><li>Move somewhere quieter if you can, while staying within sight of others.</li>"
                    "<li>Listen calmly. Let the student use their own words and do not fill the silences.</li>"
                    "<li>Ask only open questions, and only if needed to understand whether the "
                    "student is safe, for example “Is there anything else you want to tell me?”. Do "
                    "not ask for details or suggest answers.</li>"
                    "<li>Do not promise confidentiality. Say that you will need "
                    "to tell people whose job is to help.</li>"
                    "<li>Tell the student that they did the right thing by telling "
                    "you, and that it is not their fault.</li>"
                    "<li>Explain, simply, what will happen next and when you will check in with them.</li></ol>",
                    "<ol><li>Si possible, allez dans un endroit plus calme, tout en "
                    "restant à la vue d’autres personnes.</li>"
                    "<li>Écoutez calmement. Laissez l’élève s’exprimer dans ses "
                    "mots et ne comblez pas les silences.</li>"
                    "<li>Posez seulement des questions ouvertes, et seulement si c’est nécessaire pour savoir si "
                    "l’élève est en sécurité, par exemple « Y a-t-il autre chose que tu veux me dire ? ». Ne demandez "
                    "pas de détails et ne suggérez pas de réponses.</li>"
                    "<li>Ne promettez pas la confidentialité. Dites que vous devrez en parler aux "
                    "personnes dont le travail est d’aider.</li>"
                    "<li>Dites à l’élève qu’en parler était la bonne chose à faire et que ce n’est pas sa faute.</li>"
                    "<li>Expliquez simplement ce qui va se passer ensuite et quand "
                    "vous lui donnerez des nouvelles.</li></ol>",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "warning",
                    "title": T(
                        "Never view, copy or forward images",
                        "Ne jamais regarder, copier ou transférer d’images",
                    ),
                    "text": H(
                        "<p>If a disclosure involves a sexual image of a young person, do not ask to see it, and "
                        "never copy, screenshot, forward or store it, even to report it. Note where the image is, "
                        "such as the device and the account, and leave the evidence to the police.</p>",
                        "<p>Si la confidence porte sur une image sexuelle d’une personne mineure, ne demandez pas à la "
                        "voir, "
                        "et ne la copiez, ne la capturez, ne la transférez ni ne la conservez jamais, même pour "
                        "la signaler. Notez où se trouve l’image, par exemple l’appareil et le compte, et "
                        "laissez la police s’occuper des preuves.</p>",
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": T("After the disclosure", "Après la confidence"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<ul><li>Write factual notes as soon as possible: date, time, the student’s exact words, "
                    "what you observed and what you said.</li>"
                    "<li>Report to child protection services or the police without delay. For "
                    "online sexual exploitation, you can also report to Cybertip.ca. If the "
                    "student is in immediate danger, call 911.</li>"
                    "<li>Inform your principal according to your school’s procedure, and share "
                    "details only with those who need to know.</li>"
                    "<li>Do not contact the family yourself if a family member may be involved; child protection "
                    "services will decide how and when parents are informed.</li>"
                    "<li>Plan ongoing support with the school counsellor, and remind the student that Kids Help Phone "
                    "is available any time at 1-800-668-6868 or by texting 686868.</li></ul>",
                    "<ul><li>Rédigez des notes factuelles dès que possible : la date, l’heure, les mots exacts de "
                    "l’élève, ce que vous avez observé et ce que vous avez dit.</li>"
                    "<li>Faites sans tarder un signalement aux services de protection de l’enfance ou à la police. "
                    "Pour l’exploitation sexuelle en ligne, vous pouvez aussi faire un signalement à Cyberaide.ca. Si "
                    "l’élève est en danger immédiat, composez le 911.</li>"
                    "<li>Informez la direction selon la procédure de l’école, et ne communiquez les détails qu’aux "
                    "personnes qui doivent les connaître.</li>"
                    "<li>Ne communiquez pas vous-même avec la famille si un de ses membres pourrait être en cause ; "
                    "les services de protection de l’enfance décideront comment et quand informer les parents.</li>"
                    "<li>Prévoyez un soutien continu avec le personnel d’orientation de l’école, et "
                    "rappelez à l’élève que Jeunesse, J’écoute est accessible en tout temps au "
                    "1-800-668-6868 ou par texto au 686868.</li></ul>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Taking care of yourself", "Prendre soin de vous"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Receiving a disclosure can stay with you for days. It is normal to feel shaken, angry or "
                    "unsure whether you did enough. Talk it through with your principal or your employee "
                    "assistance program, keeping the student’s identity confidential. Looking after yourself "
                    "helps you stay present for your students.</p>",
                    "<p>Recevoir une confidence peut vous habiter pendant des jours. Il est normal de ressentir un "
                    "choc ou de la colère, ou de vous demander si vous en avez fait assez. Parlez-en avec la "
                    "direction ou avec votre programme d’aide aux employés, en protégeant l’identité de l’élève. "
                    "Prendre soin de vous vous aide à rester disponible pour vos élèves.</p>",
                ),
            },
            {
                "type": "accordion",
                "value": {
                    "heading": T("Common questions", "Questions fréquentes"),
                    "items": [
                        {
                            "question": T(
                                "What if I am not sure it is serious enough to report?",
                                "Et si je ne sais pas si c’est assez grave pour être signalé ?",
                            ),
                            "answer": H(
                                "<p>When in doubt, call child protection services and describe what you know. They "
                                "can tell you whether it meets the threshold. A report made in good faith is "
                                "protected by law, even if nothing is found.</p>",
                                "<p>En cas de doute, appelez les services de protection de l’enfance et décrivez ce "
                                "que vous savez. Ils pourront vous dire si la situation justifie un signalement. Un "
                                "signalement fait de bonne foi est protégé par la loi, même si rien n’est retenu.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "What if the harm comes from another student?",
                                "Et si c’est une ou un autre élève qui est en cause ?",
                            ),
                            "answer": H(
                                "<p>Respond to the student who disclosed in the same way, and follow your "
                                "school’s procedure for incidents between students. Sexual images, "
                                "threats and coercion may still need to be reported to the police, "
                                "whatever the age of the students involved.</p>",
                                "<p>Réagissez de la même façon avec l’élève qui vous a fait cette confidence, "
                                "et suivez la "
                                "procédure de l’école pour les incidents entre élèves. Les images sexuelles, les "
                                "menaces et la coercition peuvent quand même devoir être signalées à la police, "
                                "peu importe l’âge des élèves en cause.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "The student asked me not to tell their parents. What do I do?",
                                "L’élève m’a demandé de ne pas le dire à ses parents. Que faire ?",
                            ),
                            "answer": H(
                                "<p>Acknowledge the worry, without promising anything. Pass the request on to child "
                                "protection services or the police when you report; they will take it into account "
                                "in deciding how to involve the family.</p>",
                                "<p>Reconnaissez cette inquiétude, sans rien promettre. Transmettez la demande aux "
                                "services de protection de l’enfance ou à la police au moment du signalement ; ils en "
                                "tiendront compte pour décider comment faire participer la famille.</p>",
                            ),
                        },
                    ],
                },
            },
        ],
    },
    {
        "slug": T("intimate-image-incidents-at-school", "incidents-dimages-intimes-a-lecole"),
        "title": T(
            "Responding to intimate image incidents at school",
            "Réagir aux incidents d’images intimes à l’école",
        ),
        "summary": T(
            "A step-by-step response for school leaders and staff when a sexual image of a student is shared: "
            "protecting the student, handling devices lawfully and responding to those who shared it.",
            "Une marche à suivre pour les directions et le personnel quand une image sexuelle d’un "
            "élève circule : protéger l’élève, traiter les appareils dans le respect de la loi et "
            "réagir auprès des élèves qui l’ont partagée.",
        ),
        "audiences": ["educators"],
        "topics": ["sharing-intimate-images", "reporting-and-getting-help", "sextortion"],
        "age_min": 12,
        "age_max": 17,
        "last_reviewed": "2026-10-14",
        "body": [
            {
                "type": "paragraph",
                "value": H(
                    "<p>Few situations put a school under as much pressure as a sexual image of a student "
                    "circulating among classmates. Staff have to act quickly, protect the student who is "
                    "pictured, avoid making things worse and stay within the law. Having a plan before it happens "
                    "is the best way to get all of this right.</p>",
                    "<p>Peu de situations mettent une école sous autant de pression qu’une image sexuelle d’une ou "
                    "d’un élève "
                    "qui circule entre camarades. Le personnel doit agir vite, protéger l’élève qui figure sur "
                    "l’image, éviter d’aggraver la situation et respecter la loi. Avoir un plan avant que ça arrive "
                    "est la meilleure façon de bien faire les choses.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("The first hour", "La première heure"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<ol><li><b>Do not view, copy or forward the image</b>, and never ask students to "
                    "send it to you or to show it to you.</li>"
                    "<li><b>Inform the principal</b>, who leads the response and contacts the police and, where "
                    "required, child protection services.</li>"
                    "<li><b>Handle devices according to your board’s policy.</b> In general, staff should "
                    "not search the content of a phone. If a device must be secured, switch it off and keep "
                    "it safe until the police advise you.</li>"
                    "<li><b>Report the image to Cybertip.ca</b> so that it can be "
                    "flagged for removal from online platforms.</li>"
                    "<li><b>Take care of the student who is pictured</b>: a private space, an adult they "
                    "trust, and no repeated questioning.</li>"
                    "<li><b>Contact the student’s parents</b>, unless doing so "
                    "could put the student at risk.</li></ol>",
                    "<ol><li><b>Ne regardez pas, ne copiez pas et ne transférez pas l’image</b>, et ne demandez "
                    "jamais aux élèves de vous l’envoyer ou de vous la montrer.</li>"
                    "<li><b>Informez la direction</b>, qui pilote l’intervention et communique avec la police et, au "
                    "besoin, avec les services de protection de l’enfance.</li>"
                    "<li><b>Traitez les appareils selon la politique de votre organisation scolaire.</b> En "
                    "règle générale, le personnel ne doit pas fouiller le contenu d’un téléphone. Si un "
                    "appareil doit être mis en sécurité, éteignez-le et conservez-le en lieu sûr en "
                    "attendant les consignes de la police.</li>"
                    "<li><b>Signalez l’image à Cyberaide.ca</b>, qui pourra en demander "
                    "le retrait aux plateformes en ligne.</li>"
                    "<li><b>Prenez soin de l’élève qui figure sur l’image</b> : un endroit privé, un adulte de "
                    "confiance et pas d’interrogatoires répétés.</li>"
                    "<li><b>Communiquez avec les parents de l’élève</b>, sauf si cela "
                    "risque de mettre l’élève en danger.</li></ol>",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "warning",
                    "title": T(
                        "Staff must never handle the image itself",
                        "Le personnel ne doit jamais manipuler l’image elle-même",
                    ),
                    "text": H(
                        "<p>A sexual image of a person under 18 is illegal to possess or distribute, including for "
                        "well-meaning reasons such as gathering evidence or showing a parent. Leave the image where "
                        "it is and let the police deal with it.</p>",
                        "<p>Il est illégal de posséder ou de distribuer une image sexuelle d’une personne de moins de "
                        "18 ans, même pour de bonnes raisons comme recueillir des preuves ou la montrer à un parent. "
                        "Laissez l’image là où elle se trouve et laissez la police s’en occuper.</p>",
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Supporting the student in the image", "Soutenir l’élève qui figure sur l’image"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Whatever the circumstances in which the image was first taken, the student pictured has "
                    "been harmed by its distribution. Make it clear that they are not in trouble and will not be "
                    "disciplined for being in the picture. Give them as much say as possible over who is told and "
                    "how they return to class. Arrange counselling, watch for bullying and monitor their "
                    "well-being over the following weeks. Remind them that Kids Help Phone is available any time "
                    "at 1-800-668-6868 or by texting 686868. If there is any sign of a risk of suicide, do not "
                    "leave the student alone and call 911.</p>",
                    "<p>Peu importe les circonstances dans lesquelles l’image a été prise au départ, sa diffusion "
                    "a causé du tort à l’élève qui y figure. Dites-lui clairement que le fait de "
                    "figurer sur l’image ne lui vaudra ni ennuis ni sanction. Laissez-lui le plus de contrôle "
                    "possible sur les personnes qui seront informées et sur les modalités de son retour en classe. "
                    "Organisez du soutien psychosocial, restez à l’affût de l’intimidation et suivez son bien-être "
                    "dans les semaines qui suivent. Rappelez-lui que Jeunesse, J’écoute est accessible en tout "
                    "temps au 1-800-668-6868 ou par texto au 686868. Au moindre signe de risque suicidaire, ne "
                    "laissez pas l’élève sans surveillance et composez le 911.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Responding to students who shared it", "Réagir auprès des élèves qui l’ont partagée"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Not every student involved bears the same responsibility. Distinguish between:</p>"
                    "<ul><li>a student who pressured or threatened someone to get an image, which may "
                    "be a criminal matter for the police;</li>"
                    "<li>a student who forwarded an image knowing it was shared without consent;</li>"
                    "<li>students who simply received it, who should be asked to delete it without "
                    "sharing it and to tell an adult.</li></ul>"
                    "<p>Work with the police on any criminal aspects, apply discipline in proportion to each "
                    "student’s role, and consider restorative approaches where the student who was harmed agrees. "
                    "Avoid school-wide announcements that could identify the student pictured.</p>",
                    "<p>Les élèves en cause n’ont pas tous la même part de "
                    "responsabilité. Faites la distinction entre :</p>"
                    "<ul><li>une ou un élève qui a mis de la pression ou proféré des menaces pour obtenir une "
                    "image, ce qui peut relever de la police ;</li>"
                    "<li>une ou un élève qui a transféré une image en sachant qu’elle "
                    "avait été partagée sans consentement ;</li>"
                    "<li>les élèves qui l’ont simplement reçue, à qui il faut demander de la supprimer sans la "
                    "partager et d’en parler à un adulte.</li></ul>"
                    "<p>Collaborez avec la police pour tout aspect criminel, appliquez des mesures disciplinaires "
                    "proportionnées au rôle de chaque élève et envisagez des approches réparatrices si l’élève "
                    "victime y consent. Évitez les annonces à toute l’école qui pourraient permettre "
                    "d’identifier l’élève qui figure sur l’image.</p>",
                ),
            },
            {
                "type": "accordion",
                "value": {
                    "heading": T("Common questions", "Questions fréquentes"),
                    "items": [
                        {
                            "question": T(
                                "Do we always have to call the police?",
                                "Faut-il toujours appeler la police ?",
                            ),
                            "answer": H(
                                "<p>When a sexual image of a student under 18 has been shared, involve the police. "
                                "They can assess the situation, preserve evidence properly and, in many cases, "
                                "resolve it without charges through education and diversion.</p>",
                                "<p>Quand une image sexuelle d’une ou d’un élève de moins de 18 ans a été partagée, "
                                "faites "
                                "appel à la police. Elle peut évaluer la situation, préserver les preuves "
                                "correctement et, dans bien des cas, régler l’affaire sans accusations, par la "
                                "sensibilisation et des mesures de rechange.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "How do we talk to the rest of the class?",
                                "Comment en parler avec le reste de la classe ?",
                            ),
                            "answer": H(
                                "<p>Without naming anyone, remind students that sharing intimate images without "
                                "consent is harmful and illegal, that anyone who receives one should delete it and "
                                "tell an adult, and that the school will support anyone who needs help.</p>",
                                "<p>Sans nommer personne, rappelez aux élèves que partager des images "
                                "intimes sans consentement est nuisible et illégal, que toute personne qui "
                                "en reçoit une devrait la supprimer et en parler à un adulte, et que l’école "
                                "soutiendra quiconque a besoin d’aide.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "What if the student is being sextorted by someone outside the school?",
                                "Et si l’élève est victime de sextorsion de la part d’une personne de l’extérieur ?",
                            ),
                            "answer": H(
                                "<p>Treat it as urgent. Help the student stop contact without paying, keep the "
                                "messages, and report to the police and Cybertip.ca. Make sure the student is not "
                                "left alone with the situation overnight.</p>",
                                "<p>Traitez la situation comme une urgence. Aidez l’élève à cesser tout "
                                "contact sans payer, à conserver les messages, et faites un signalement "
                                "à la police et à Cyberaide.ca. Assurez-vous que l’élève ne reste pas "
                                "sans soutien pendant la nuit.</p>",
                            ),
                        },
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "tone": "tip",
                    "title": T("Prevention starts before an incident", "La prévention commence avant l’incident"),
                    "text": H(
                        "<p>Teach consent, the law and how to get help before any incident happens, and make "
                        "sure students know which adults they can go to. The lesson plans in our library for "
                        "grades 7 to 12 are a good place to start.</p>",
                        "<p>Enseignez le consentement, la loi et les façons d’obtenir de l’aide avant qu’un incident "
                        "se produise, et assurez-vous que les élèves savent vers quels adultes se tourner. Les plans "
                        "de leçon de notre bibliothèque de la 7e à la 12e année sont un bon point de départ.</p>",
                    ),
                },
            },
        ],
    },
    {
        "slug": T(
            "digital-communication-policy-for-youth-organizations",
            "politique-de-communication-numerique-pour-les-organismes-jeunesse",
        ),
        "title": T(
            "Safe digital communication with young people: a policy guide",
            "Communiquer en ligne avec les jeunes en toute sécurité : guide de politique",
        ),
        "summary": T(
            "Coaches, leaders and volunteers text, message and post with the young people they serve. What a clear "
            "digital communication policy should cover, and how to respond when a concern is raised.",
            "Le personnel d’entraînement et d’animation et les bénévoles échangent des textos et des messages avec les "
            "jeunes "
            "qu’ils accompagnent et publient du contenu avec eux. Ce que doit prévoir une politique claire de "
            "communication numérique, et comment réagir quand une inquiétude est soulevée.",
        ),
        "audiences": ["organizations"],
        "topics": ["online-grooming", "privacy", "reporting-and-getting-help"],
        "age_min": None,
        "age_max": None,
        "last_reviewed": "2026-02-16",
        "body": [
            {
                "type": "paragraph",
                "value": H(
                    "<p>A quick text about a change of practice time, a team group chat, photos from a tournament: "
                    "digital communication is now part of every youth program. It also blurs boundaries. Private "
                    "messages late at night, personal social media accounts and one-to-one video calls are exactly "
                    "the conditions that offenders use to groom young people. A clear policy protects children, and "
                    "it protects the many staff and volunteers who would never harm them.</p>",
                    "<p>Un texto rapide pour annoncer un changement d’horaire, une conversation de groupe de "
                    "l’équipe, des photos d’un tournoi : les communications numériques font désormais partie de "
                    "toutes les activités jeunesse. Elles brouillent aussi les limites. Les messages privés tard le "
                    "soir, les comptes personnels de médias sociaux et les appels vidéo en tête-à-tête sont "
                    "précisément les conditions dont se servent les personnes qui cherchent à manipuler les jeunes. "
                    "Une "
                    "politique claire protège les enfants, et elle protège aussi les nombreux membres du personnel "
                    "et bénévoles qui ne leur feraient jamais de mal.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("What a good policy covers", "Ce que doit prévoir une bonne politique"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<ul><li><b>Approved channels.</b> Staff use organization accounts and group tools, not personal "
                    "phones or accounts, to contact participants.</li>"
                    "<li><b>No private one-to-one messaging with a minor.</b> Include a second adult or, for younger "
                    "participants, a parent in every conversation.</li>"
                    "<li><b>Reasonable hours.</b> No messages late in the evening or at "
                    "night, except in a genuine emergency.</li>"
                    "<li><b>Program content only.</b> Messages are about schedules, activities and logistics, not "
                    "personal matters, appearance or relationships.</li>"
                    "<li><b>Social media.</b> Staff do not friend, follow or privately message "
                    "participants from personal accounts.</li>"
                    "<li><b>Photos and video.</b> Only with consent, only on organization devices, never in change "
                    "rooms or washrooms, and never shared publicly with identifying details.</li>"
                    "<li><b>Records.</b> Communication with participants is kept and can be reviewed.</li></ul>",
                    "<ul><li><b>Des canaux approuvés.</b> Le personnel utilise les comptes et les outils de groupe de "
                    "l’organisme, et non ses téléphones ou comptes personnels, pour joindre les jeunes.</li>"
                    "<li><b>Aucune messagerie privée en tête-à-tête avec une personne mineure.</b> Incluez un "
                    "deuxième adulte ou, pour les plus jeunes, un parent dans chaque conversation.</li>"
                    "<li><b>Des heures raisonnables.</b> Aucun message en soirée avancée ou la "
                    "nuit, sauf en cas de réelle urgence.</li>"
                    "<li><b>Seulement le contenu lié aux activités.</b> Les messages portent sur les "
                    "horaires, les activités et la logistique, et non sur des questions "
                    "personnelles, l’apparence ou les relations.</li>"
                    "<li><b>Les médias sociaux.</b> Le personnel n’ajoute pas les jeunes à ses contacts, ne les "
                    "suit pas et ne leur écrit pas en privé à partir de comptes personnels.</li>"
                    "<li><b>Les photos et les vidéos.</b> Uniquement avec consentement, uniquement sur les appareils "
                    "de l’organisme, jamais dans les vestiaires ou les toilettes, et jamais diffusées publiquement "
                    "avec des renseignements permettant d’identifier les jeunes.</li>"
                    "<li><b>La conservation.</b> Les communications avec les jeunes sont "
                    "conservées et peuvent être consultées.</li></ul>",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "tip",
                    "title": T("A simple test for every message", "Un test simple pour chaque message"),
                    "text": H(
                        "<p>Would you be comfortable if the young person’s parent, your supervisor and a colleague "
                        "all read this message? If the answer is no, do not send it.</p>",
                        "<p>Seriez-vous à l’aise si ce message était lu par un parent de la personne à qui vous "
                        "écrivez, par la personne qui vous supervise et par une ou un collègue ? Si la "
                        "réponse est non, ne l’envoyez pas.</p>",
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Roles and responsibilities", "Rôles et responsabilités"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Name a safeguarding lead who keeps the policy up to date, answers questions and "
                    "receives concerns. Every staff member and volunteer should read and sign the policy before "
                    "their first contact with participants, and again each year. Share a short version with "
                    "parents and with participants old enough to understand it, so that they know what to "
                    "expect and can recognize when a rule is broken.</p>",
                    "<p>Désignez une personne responsable de la protection qui tient la politique à jour, répond "
                    "aux questions et reçoit les signalements d’inquiétude. Chaque membre du personnel et chaque "
                    "bénévole devrait lire et signer la politique avant son premier contact avec les "
                    "jeunes, puis chaque année. Transmettez-en une version abrégée aux parents et aux "
                    "jeunes assez âgés pour la comprendre, pour qu’ils sachent à quoi s’attendre et "
                    "puissent reconnaître un manquement aux règles.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("When a concern is raised", "Quand une inquiétude est soulevée"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<ol><li>Take every concern seriously, whoever it is about and however minor it seems.</li>"
                    "<li>Make sure the young person is safe. If they are in immediate danger, call 911.</li>"
                    "<li>If there are grounds to believe a child is being abused or exploited, report to "
                    "the police or child protection services right away. For online sexual exploitation, "
                    "you can also report to Cybertip.ca.</li>"
                    "<li>Do not investigate internally before reporting, and do not alert the person concerned.</li>"
                    "<li>Preserve messages and records, and remove the person from contact with "
                    "participants while the situation is assessed.</li>"
                    "<li>Support the young person and their family, and give them information about help such as Kids "
                    "Help Phone, 1-800-668-6868 or text 686868.</li></ol>",
                    "<ol><li>Prenez chaque inquiétude au sérieux, peu importe la personne "
                    "visée et même si elle paraît mineure.</li>"
                    "<li>Assurez-vous que la ou le jeune est en sécurité. En cas de danger immédiat, composez le "
                    "911.</li>"
                    "<li>S’il y a des motifs de croire qu’un enfant est victime de violence ou d’exploitation, faites "
                    "immédiatement un signalement à la police ou aux services de protection de l’enfance. Pour "
                    "l’exploitation sexuelle en ligne, vous pouvez aussi faire un signalement à Cyberaide.ca.</li>"
                    "<li>Ne menez pas d’enquête interne avant le signalement et n’alertez pas la personne visée.</li>"
                    "<li>Conservez les messages et les dossiers, et retirez la personne de tout contact avec les "
                    "jeunes pendant l’évaluation de la situation.</li>"
                    "<li>Soutenez la ou le jeune et sa famille, et informez-les des ressources d’aide comme Jeunesse, "
                    "J’écoute, au 1-800-668-6868 ou par texto au 686868.</li></ol>",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "warning",
                    "title": T("Do not wait for certainty", "N’attendez pas d’avoir une certitude"),
                    "text": H(
                        "<p>Organizations often hesitate because the person concerned is well liked or because the "
                        "evidence seems thin. Reporting a reasonable concern is not an accusation; it lets trained "
                        "professionals assess it. Waiting can leave a child at risk.</p>",
                        "<p>Les organismes hésitent souvent parce que la personne visée est appréciée "
                        "ou que les éléments semblent minces. Signaler une inquiétude raisonnable n’est "
                        "pas une accusation ; cela permet à des spécialistes de l’évaluer. "
                        "Attendre peut laisser un enfant en danger.</p>",
                    ),
                },
            },
            {
                "type": "accordion",
                "value": {
                    "heading": T("Common questions", "Questions fréquentes"),
                    "items": [
                        {
                            "question": T(
                                "Can a coach ever text an athlete directly?",
                                "Une personne qui entraîne peut-elle écrire directement à une ou un athlète ?",
                            ),
                            "answer": H(
                                "<p>For participants under 18, copy a parent or another adult on the message, "
                                "or use a group tool. If a young person writes privately to a coach, the coach "
                                "should answer briefly in a group or copied thread and let the safeguarding "
                                "lead know if the content raises concern.</p>",
                                "<p>Pour les jeunes de moins de 18 ans, mettez un parent ou un autre "
                                "adulte en copie du message, ou utilisez un outil de groupe. Si une ou un jeune écrit "
                                "en privé à la personne qui l’entraîne, celle-ci devrait répondre brièvement dans un "
                                "fil de "
                                "groupe ou avec un adulte en copie, et aviser la personne responsable de la "
                                "protection si le contenu soulève une inquiétude.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "What about volunteers who are teenagers themselves?",
                                "Qu’en est-il des bénévoles d’âge adolescent ?",
                            ),
                            "answer": H(
                                "<p>Young volunteers and junior leaders should follow the same rules with the younger "
                                "participants they supervise, and they need training adapted to their age. They are "
                                "also young people in your care, so your policy should protect them too.</p>",
                                "<p>Les jeunes bénévoles et les aides à l’animation devraient suivre les mêmes règles "
                                "avec les enfants plus jeunes qu’ils encadrent, et recevoir une formation "
                                "adaptée à leur âge. Ce sont aussi des jeunes dont vous avez la responsabilité : "
                                "votre politique doit donc les protéger eux aussi.</p>",
                            ),
                        },
                    ],
                },
            },
        ],
    },
    {
        "slug": T("training-staff-and-volunteers", "former-le-personnel-et-les-benevoles"),
        "title": T(
            "Training staff and volunteers to recognize and respond",
            "Former le personnel et les bénévoles à reconnaître les signes et à réagir",
        ),
        "summary": T(
            "Policies only protect children when people know them and feel confident acting on them. What to include "
            "in safeguarding training, and how to build a culture where people speak up.",
            "Les politiques ne protègent les enfants que si les gens les connaissent et se sentent "
            "capables de les appliquer. Ce qu’une formation en protection doit contenir, et "
            "comment bâtir une culture où l’on ose parler.",
        ),
        "audiences": ["organizations", "educators"],
        "topics": ["online-grooming", "body-safety", "reporting-and-getting-help"],
        "age_min": None,
        "age_max": None,
        "last_reviewed": "2026-06-23",
        "body": [
            {
                "type": "paragraph",
                "value": H(
                    "<p>In many cases of abuse within organizations, someone had noticed something: a leader who "
                    "always found reasons to be alone with one child, messages sent late at night, gifts that seemed "
                    "too generous. They did not act because they were unsure what they had seen, did not know who to "
                    "tell or worried about being wrong. Good training closes that gap.</p>",
                    "<p>Dans bien des cas de violence sexuelle au sein d’organismes, quelqu’un avait remarqué quelque "
                    "chose : une "
                    "personne en autorité qui trouvait toujours une raison d’être en tête-à-tête avec un enfant, des "
                    "messages envoyés "
                    "tard le soir, des cadeaux qui semblaient trop généreux. Ces personnes n’ont pas agi parce "
                    "qu’elles doutaient de ce qu’elles avaient vu, ne savaient pas à qui en parler ou craignaient de "
                    "se tromper. Une bonne formation comble cette lacune.</p>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("What everyone should learn", "Ce que tout le monde devrait apprendre"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<ul><li>How grooming works, in person and online, and the boundary violations that often come "
                    "before abuse: special attention, gifts, secrets, time alone and private messages.</li>"
                    "<li>Your organization’s code of conduct and digital communication policy, with concrete "
                    "examples of what is and is not acceptable.</li>"
                    "<li>How to respond to a disclosure: listen, stay calm, do not "
                    "investigate and do not promise secrecy.</li>"
                    "<li>The legal duty to report, and exactly how to report: child protection services, the police, "
                    "Cybertip.ca for online exploitation, and 911 in an emergency.</li>"
                    "<li>Why no one should ever view, copy or forward a sexual image "
                    "of a young person, even to report it.</li>"
                    "<li>Where participants can get confidential support, including Kids Help Phone at "
                    "1-800-668-6868 or by texting 686868.</li></ul>",
                    "<ul><li>Le fonctionnement du pédopiégeage, en personne et en ligne, et les manquements aux "
                    "limites "
                    "qui précèdent souvent la violence sexuelle : l’attention particulière, les cadeaux, les secrets, "
                    "les moments "
                    "seul à seul et les messages privés.</li>"
                    "<li>Le code de conduite de votre organisme et sa politique de communication numérique, avec des "
                    "exemples concrets de ce qui est acceptable ou non.</li>"
                    "<li>La façon de réagir à une confidence : écouter, rester calme, ne pas "
                    "enquêter et ne pas promettre le secret.</li>"
                    "<li>L’obligation légale de signaler, et la façon précise de le faire : les "
                    "services de protection de l’enfance, la police, Cyberaide.ca pour l’exploitation "
                    "en ligne, et le 911 en cas d’urgence.</li>"
                    "<li>Pourquoi personne ne doit jamais regarder, copier ou transférer une image "
                    "sexuelle d’une personne mineure, même pour la signaler.</li>"
                    "<li>Les ressources de soutien confidentielles offertes aux jeunes, dont Jeunesse, J’écoute "
                    "au 1-800-668-6868 ou par texto au 686868.</li></ul>",
                ),
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Make it practical", "Miser sur le concret"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>People remember what they practise. Build training around realistic scenarios from your own "
                    "setting, whether a hockey arena, a summer camp or a youth group, and let people discuss what "
                    "they would do. Keep sessions short and repeat them: a full session before anyone starts "
                    "working with young people, then a yearly refresher and brief reminders at team meetings. Keep "
                    "a record of who has been trained and when.</p>",
                    "<p>On retient ce qu’on met en pratique. Construisez la formation autour de mises en "
                    "situation réalistes tirées de votre propre milieu, que ce soit un aréna, un camp de jour ou "
                    "un groupe jeunesse, et laissez les gens discuter de ce qu’ils feraient. Gardez des séances "
                    "courtes et répétez-les : une séance complète avant tout travail auprès des jeunes, puis un "
                    "rappel annuel et de brefs retours lors des réunions d’équipe. Tenez un registre des "
                    "personnes formées et des dates de formation.</p>",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "tone": "info",
                    "title": T("A scenario to discuss", "Une mise en situation à discuter"),
                    "text": H(
                        "<p>A volunteer notices that an assistant coach has been messaging a 14-year-old "
                        "player privately, often after 11 p.m., and recently gave her a new phone case. "
                        "The coach is popular and has been with the club for years. What should the "
                        "volunteer do, and who should they tell?</p>"
                        "<p>Points to bring out: the messages and the gift break the policy whatever the intent; the "
                        "volunteer should tell the safeguarding lead the same day; if there is any sign of sexual "
                        "content or exploitation, a report to police or child protection must follow; and the "
                        "volunteer should not confront the coach.</p>",
                        "<p>Une personne bénévole remarque qu’un membre adjoint du personnel d’entraînement écrit en "
                        "privé "
                        "à une joueuse de 14 ans, souvent après 23 h, et lui a récemment offert un étui de "
                        "téléphone neuf. Ce membre du personnel est populaire et fait partie du club depuis des "
                        "années. Que devrait faire la personne bénévole, et à qui devrait-elle en parler ?</p>"
                        "<p>Points à faire ressortir : les messages et le cadeau contreviennent à la politique, peu "
                        "importe l’intention ; la personne bénévole devrait en informer la personne responsable de la "
                        "protection le jour même ; au moindre signe de contenu sexuel ou d’exploitation, un "
                        "signalement à la police ou aux services de protection de l’enfance doit suivre ; et la "
                        "personne bénévole ne devrait pas interpeller le membre du personnel en question.</p>",
                    ),
                },
            },
            {
                "type": "heading",
                "value": {
                    "text": T("Build a culture where people speak up", "Bâtir une culture où l’on ose parler"),
                    "level": "h2",
                },
            },
            {
                "type": "paragraph",
                "value": H(
                    "<p>Training works best when leaders show that concerns are welcome. Thank people who raise "
                    "them, even when a concern turns out to be unfounded. Make it clear that no one will face "
                    "retaliation for reporting in good faith, including reports about senior staff or board "
                    "members. Give people more than one person to go to, so that a concern about the "
                    "safeguarding lead can still be raised.</p>",
                    "<p>La formation donne les meilleurs résultats quand la direction montre que les inquiétudes sont "
                    "les bienvenues. Remerciez les personnes qui en soulèvent, même quand l’inquiétude se révèle non "
                    "fondée. Indiquez clairement que personne ne subira de représailles pour un signalement fait de "
                    "bonne foi, y compris au sujet de cadres ou de membres du conseil d’administration. Offrez plus "
                    "d’une personne-ressource, pour qu’une inquiétude concernant la personne responsable de la "
                    "protection puisse elle aussi être soulevée.</p>",
                ),
            },
            {
                "type": "accordion",
                "value": {
                    "heading": T("Common questions", "Questions fréquentes"),
                    "items": [
                        {
                            "question": T(
                                "Do occasional volunteers need training too?",
                                "Faut-il aussi former les bénévoles qui viennent à l’occasion ?",
                            ),
                            "answer": H(
                                "<p>Yes, scaled to their role. Anyone who is around young people should at least know "
                                "the code of conduct, the warning signs and who to tell. A short briefing and a "
                                "one-page summary can be enough for a one-day event.</p>",
                                "<p>Oui, selon leur rôle. Toute personne en présence de jeunes devrait au moins "
                                "connaître le code de conduite, les signaux d’alarme et la personne à qui en "
                                "parler. Une courte séance d’information et un résumé d’une page peuvent "
                                "suffire pour un événement d’une journée.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "How do we train without frightening people?",
                                "Comment former sans effrayer les gens ?",
                            ),
                            "answer": H(
                                "<p>Keep the focus on prevention and on what to do, not on graphic "
                                "details of abuse. Most people feel reassured, not frightened, once they "
                                "know the rules and the steps to take.</p>",
                                "<p>Mettez l’accent sur la prévention et sur ce qu’il faut faire, et non sur les "
                                "détails crus de la violence sexuelle. La plupart des gens se sentent rassurés, et non "
                                "effrayés, une "
                                "fois qu’ils connaissent les règles et les étapes à suivre.</p>",
                            ),
                        },
                    ],
                },
            },
            {
                "type": "conversation",
                "value": {
                    "heading": T("Questions to discuss as a team", "Questions à discuter en équipe"),
                    "intro": T(
                        "Use these at a staff meeting or at the end of a "
                        "training session to keep the conversation going.",
                        "Utilisez-les lors d’une réunion d’équipe ou à la fin d’une séance "
                        "de formation pour poursuivre la réflexion.",
                    ),
                    "starters": [
                        T(
                            "What would you do if a young person asked you to keep a secret?",
                            "Que feriez-vous si une ou un jeune vous demandait de garder un secret ?",
                        ),
                        T(
                            "Which situations in our program leave an adult alone "
                            "with a child, and how could we change that?",
                            "Quelles situations, dans nos activités, laissent un adulte en tête-à-tête avec un "
                            "enfant, et comment pourrions-nous changer cela ?",
                        ),
                        T(
                            "Who would you tell if you were worried about a colleague’s behaviour?",
                            "À qui parleriez-vous si le comportement d’une ou d’un collègue vous inquiétait ?",
                        ),
                        T(
                            "What makes it hard to speak up here, and what would make it easier?",
                            "Qu’est-ce qui rend difficile de parler ici, et "
                            "qu’est-ce qui rendrait la chose plus facile ?",
                        ),
                    ],
                },
            },
        ],
    },
]


# Lesson plans by grade band; `downloads` become small PDFs in each language.
LESSON_PLANS = [
    {
        "slug": T("uh-oh-feelings-and-trusted-adults", "la-sensation-oh-oh-et-mes-adultes-de-confiance"),
        "title": T("Uh-oh feelings and my trusted adults", "La sensation « oh oh » et mes adultes de confiance"),
        "summary": T(
            "Young children learn to notice the feelings that warn them something is not okay, to tell surprises from "
            "worrying secrets, and to name the adults they can tell.",
            "Les jeunes enfants apprennent à reconnaître les sensations qui les avertissent que "
            "quelque chose ne va pas, à distinguer les surprises des secrets inquiétants et à nommer "
            "les adultes à qui ils peuvent en parler.",
        ),
        "grade_band": "k-3",
        "duration_minutes": 30,
        "subjects": T("Health and physical education; Language", "Éducation physique et à la santé ; Français"),
        "topics": ["body-safety", "reporting-and-getting-help"],
        "learning_outcomes": H(
            "<ul><li>Students will describe how their body feels when something "
            "is not okay, their “uh-oh feeling”.</li>"
            "<li>Students will tell the difference between a happy surprise and a secret that makes them worried.</li>"
            "<li>Students will name at least three trusted adults, including one outside their home.</li>"
            "<li>Students will practise a simple plan: say no, go away, tell a trusted adult.</li></ul>",
            "<ul><li>Les élèves décriront ce que ressent leur corps quand quelque chose "
            "ne va pas, leur sensation « oh oh ».</li>"
            "<li>Les élèves feront la différence entre une surprise joyeuse et un secret qui les inquiète.</li>"
            "<li>Les élèves nommeront au moins trois adultes de confiance, dont un à l’extérieur de la maison.</li>"
            "<li>Les élèves s’exerceront à appliquer un plan simple : dire non, s’éloigner, en "
            "parler à un adulte de confiance.</li></ul>",
        ),
        "materials": H(
            "<ul><li>Chart paper and markers</li>"
            "<li>The “Surprise or secret?” scenarios (in the lesson plan download)</li>"
            "<li>One copy of the “My helping hand” worksheet per student, and crayons</li></ul>",
            "<ul><li>Grandes feuilles et marqueurs</li>"
            "<li>Les mises en situation « Surprise ou secret ? » (dans le plan de leçon à télécharger)</li>"
            "<li>Un exemplaire de la fiche « Ma main de confiance » par élève, et des crayons de cire</li></ul>",
        ),
        "adult_preparation": True,
        "adult_preparation_note": T(
            "Body safety lessons can lead a child to share something that is happening to them, sometimes right away "
            "and sometimes days later. Read the whole plan beforehand, tell your principal and school counsellor when "
            "you will teach it, and consider letting families know. Keep the tone calm and positive: the lesson talks "
            "about feelings and helpers, not about abuse. If a student discloses harm, listen calmly, thank them, do "
            "not ask questions beyond what they offer, and follow your school’s duty-to-report procedure the same day.",
            "Les leçons sur la sécurité corporelle peuvent amener un enfant à confier ce qui lui arrive, parfois "
            "sur-le-champ, parfois quelques jours plus tard. Lisez tout le plan à l’avance, informez la direction et "
            "le personnel d’orientation de la date de la leçon, et songez à en aviser les familles. Gardez un ton "
            "calme et positif : la leçon parle de sensations et de personnes de confiance, pas de violence sexuelle. "
            "Si une ou un élève vous confie qu’on lui fait du mal, écoutez calmement, remerciez l’élève, "
            "ne posez pas de questions au-delà de ce qui vous est raconté, et suivez la procédure de signalement "
            "obligatoire de votre école le jour même.",
        ),
        "activities": [
            {
                "title": T("Our bodies send us signals", "Notre corps nous envoie des signaux"),
                "minutes": 8,
                "instructions": H(
                    "<p>Gather students in a circle on the carpet.</p>"
                    "<ol><li>Ask: “How does your body feel when you are happy? Excited? Scared?” Accept all "
                    "answers and write a few on chart paper.</li>"
                    "<li>Introduce the uh-oh feeling: “Sometimes our body warns us that something is not okay. Our "
                    "tummy feels funny, our heart beats fast, or we want to hide. That is our uh-oh feeling.”</li>"
                    "<li>Explain that an uh-oh feeling is a signal to get help from a grown-up we trust, and that it "
                    "is always okay to ask for help.</li></ol>",
                    "<p>Réunissez les élèves en cercle sur le tapis.</p>"
                    "<ol><li>Demandez : « Comment se sent ton corps quand tu as de la joie ? Quand tu as hâte ? De la "
                    "peur ? » "
                    "Acceptez toutes les réponses et notez-en quelques-unes sur une grande feuille.</li>"
                    "<li>Présentez la sensation « oh oh » : « Parfois, notre corps nous avertit que "
                    "quelque chose ne va pas. On a mal au ventre, notre cœur bat vite ou on a envie de se "
                    "cacher. C’est notre sensation “oh oh”. »</li>"
                    "<li>Expliquez que la sensation « oh oh » est un signal pour demander l’aide d’un adulte de "
                    "confiance, et qu’on a toujours le droit de demander de l’aide.</li></ol>",
                ),
            },
            {
                "title": T("Surprise or secret?", "Surprise ou secret ?"),
                "minutes": 10,
                "instructions": H(
                    "<p>Explain: “A surprise is fun, and everyone finds out soon. A secret that gives you an uh-oh "
                    "feeling is one you should always tell.”</p>"
                    "<ol><li>Read each scenario from the lesson plan aloud.</li>"
                    "<li>Students show a thumbs up for a surprise that is okay to keep, or a thumbs down for a "
                    "secret they should tell a grown-up.</li>"
                    "<li>After each one, ask two or three students why they chose their answer, "
                    "and praise the idea of telling.</li></ol>",
                    "<p>Expliquez : « Une surprise, c’est amusant, et tout le monde la découvre bientôt. Un secret "
                    "qui te donne une sensation “oh oh”, il faut toujours en parler. »</p>"
                    "<ol><li>Lisez à voix haute chaque mise en situation du plan de leçon.</li>"
                    "<li>Les élèves lèvent le pouce pour une surprise qu’on peut garder, ou le baissent pour un "
                    "secret dont il faut parler à un adulte.</li>"
                    "<li>Après chaque mise en situation, demandez à deux ou trois élèves d’expliquer leur choix, "
                    "et valorisez l’idée d’en parler.</li></ol>",
                ),
            },
            {
                "title": T("My helping hand", "Ma main de confiance"),
                "minutes": 8,
                "instructions": H(
                    "<p>Hand out the worksheet.</p>"
                    "<ol><li>Students trace their hand, or use the printed outline.</li>"
                    "<li>On each finger, they draw or write one trusted adult they could tell if "
                    "they had an uh-oh feeling. Encourage at least one adult outside their home, "
                    "such as a teacher, a coach or a neighbour.</li>"
                    "<li>Circulate and help students who find it hard to name adults; "
                    "suggest school staff they know.</li></ol>",
                    "<p>Distribuez la fiche.</p>"
                    "<ol><li>Les élèves tracent le contour de leur main, ou utilisent le contour imprimé.</li>"
                    "<li>Sur chaque doigt, ils dessinent ou écrivent le nom d’un adulte de confiance à qui ils "
                    "pourraient parler s’ils avaient une sensation « oh oh ». Encouragez-les à inclure au moins un "
                    "adulte à l’extérieur de la maison, comme une enseignante, un entraîneur ou une voisine.</li>"
                    "<li>Circulez et aidez les élèves qui ont du mal à nommer des adultes ; suggérez des membres du "
                    "personnel de l’école qu’ils connaissent.</li></ol>",
                ),
            },
            {
                "title": T("Say no, go away, tell", "Dire non, s’éloigner, en parler"),
                "minutes": 4,
                "instructions": H(
                    "<ol><li>Teach the three steps with a gesture for each: a hand held up for “say no”, walking on "
                    "the spot for “go away”, a hand cupped at the mouth for “tell”.</li>"
                    "<li>Practise together two or three times.</li>"
                    "<li>Close by saying: “If you tell a grown-up and they do not help, keep telling until someone "
                    "does. You will never be in trouble for telling.”</li></ol>",
                    "<ol><li>Enseignez les trois étapes avec un geste pour chacune : la main levée pour « dire non », "
                    "la marche sur place pour « s’éloigner », la main en porte-voix pour « en parler ».</li>"
                    "<li>Exercez-vous ensemble deux ou trois fois.</li>"
                    "<li>Terminez en disant : « Si tu en parles à un adulte et que personne ne t’aide, "
                    "continue d’en parler jusqu’à ce que quelqu’un t’aide. Tu n’auras jamais "
                    "d’ennuis parce que tu en as parlé. »</li></ol>",
                ),
            },
        ],
        "assessment": H(
            "<p>Observe students’ answers during “Surprise or secret?”. Check that each helping hand names at "
            "least three adults, with at least one outside the home. As students line up, ask each one to "
            "tell you one adult they could go to.</p>",
            "<p>Observez les réponses des élèves pendant l’activité « Surprise ou secret ? ». Vérifiez que chaque main "
            "de confiance nomme au moins trois adultes, dont au moins un à l’extérieur de la maison. Quand les "
            "élèves se "
            "mettent en rang, demandez à chaque élève de vous nommer un adulte vers qui se tourner.</p>",
        ),
        "take_home": H(
            "<p>Students take their helping hand home and show it to their family. Families are invited to "
            "talk about the difference between surprises and secrets, and to make a family rule: “In our "
            "family, we keep surprises, not secrets.”</p>",
            "<p>Les élèves rapportent leur main de confiance à la maison et la montrent à leur famille. Les familles "
            "sont "
            "invitées à parler de la différence entre les surprises et les secrets, et à adopter une règle familiale"
            " : « Dans notre famille, on garde les surprises, pas les secrets. »</p>",
        ),
        "downloads": [
            {
                "kind": "lesson-plan",
                "title": T(
                    "Lesson plan: Uh-oh feelings and my trusted adults",
                    "Plan de leçon : La sensation « oh oh » et mes adultes de confiance",
                ),
                "text": T(
                    "Kindergarten to grade 3. Duration: 30 minutes.\n"
                    "Before teaching: read the adult preparation note and tell your "
                    "principal and school counsellor the date.\n\n"
                    "1. Our bodies send us signals (8 minutes)\n"
                    "Talk about how our body feels when we are happy, excited "
                    "or scared. Introduce the uh-oh feeling.\n"
                    "2. Surprise or secret? (10 minutes)\n"
                    "Thumbs up for a surprise that is okay to keep, thumbs down for a secret to tell a grown-up.\n"
                    "- Your class is making a card for the principal’s birthday. (Surprise)\n"
                    "- An older kid says you must not tell anyone that he took your snack. (Tell)\n"
                    "- Someone in a game says not to tell your parents that you talk to them. (Tell)\n"
                    "- Grandpa is planning a party for Grandma and it will happen on Saturday. (Surprise)\n"
                    "- A grown-up gives you a present and says it is just between the two of you. (Tell)\n"
                    "3. My helping hand (8 minutes)\n"
                    "Students name or draw a trusted adult on each finger, including one outside their home.\n"
                    "4. Say no, go away, tell (4 minutes)\n"
                    "Practise the three steps with gestures. End with: you will never be in trouble for telling.\n\n"
                    "If a student discloses harm: listen calmly, thank them, do not investigate,\n"
                    "and follow your school’s duty-to-report procedure the same day.",
                    "De la maternelle à la 3e année. Durée : 30 minutes.\n"
                    "Avant la leçon : lisez la note de préparation et informez la direction et "
                    "le personnel d’orientation de la date.\n\n"
                    "1. Notre corps nous envoie des signaux (8 minutes)\n"
                    "Parler de ce que ressent notre corps quand on ressent de la joie, de l’impatience ou "
                    "de la peur. Présenter la sensation « oh oh ».\n"
                    "2. Surprise ou secret ? (10 minutes)\n"
                    "Pouce levé pour une surprise qu’on peut garder, pouce baissé pour un "
                    "secret dont il faut parler à un adulte.\n"
                    "- Ta classe prépare une carte pour l’anniversaire de la directrice. (Surprise)\n"
                    "- Un enfant plus grand a pris ta collation et te dit de n’en parler à personne. (En parler)\n"
                    "- Quelqu’un dans un jeu te dit de ne pas dire à tes parents que vous vous parlez. (En parler)\n"
                    "- Grand-papa prépare une fête pour grand-maman, qui aura lieu samedi. (Surprise)\n"
                    "- Un adulte te donne un cadeau et te dit que ça doit rester entre vous deux. (En parler)\n"
                    "3. Ma main de confiance (8 minutes)\n"
                    "Les élèves nomment ou dessinent un adulte de confiance sur chaque "
                    "doigt, dont un à l’extérieur de la maison.\n"
                    "4. Dire non, s’éloigner, en parler (4 minutes)\n"
                    "Pratiquer les trois étapes avec des gestes. Conclure : tu n’auras "
                    "jamais d’ennuis parce que tu en as parlé.\n\n"
                    "Si une ou un élève vous confie qu’on lui fait du mal : écoutez calmement, "
                    "remerciez l’élève, n’enquêtez pas,\n"
                    "et suivez la procédure de signalement obligatoire de votre école le jour même.",
                ),
            },
            {
                "kind": "worksheet",
                "title": T("Worksheet: My helping hand", "Fiche d’activité : Ma main de confiance"),
                "text": T(
                    "My name: ____________________\n\n"
                    "Trace your hand in the space below.\n"
                    "On each finger, write or draw a grown-up you trust.\n"
                    "You can tell these grown-ups if you have an uh-oh feeling.\n\n"
                    "Thumb: ____________________\n"
                    "Pointer finger: ____________________\n"
                    "Middle finger: ____________________\n"
                    "Ring finger: ____________________\n"
                    "Little finger: ____________________\n\n"
                    "Remember: say no, go away, tell.\n"
                    "If the first grown-up does not help, keep telling until someone does.\n"
                    "You will never be in trouble for telling.",
                    "Mon nom : ____________________\n\n"
                    "Trace le contour de ta main dans l’espace ci-dessous.\n"
                    "Sur chaque doigt, écris le nom ou fais le dessin d’un adulte en qui tu as confiance.\n"
                    "Tu peux parler à ces adultes si tu as une sensation « oh oh ».\n\n"
                    "Pouce : ____________________\n"
                    "Index : ____________________\n"
                    "Majeur : ____________________\n"
                    "Annulaire : ____________________\n"
                    "Auriculaire : ____________________\n\n"
                    "N’oublie pas : dire non, s’éloigner, en parler.\n"
                    "Si le premier adulte ne t’aide pas, continue d’en parler jusqu’à ce que quelqu’un t’aide.\n"
                    "Tu n’auras jamais d’ennuis parce que tu en as parlé.",
                ),
            },
        ],
    },
    {
        "slug": T("my-password-is-private", "mon-mot-de-passe-cest-prive"),
        "title": T("My password is private", "Mon mot de passe, c’est privé"),
        "summary": T(
            "Through a toothbrush comparison and a sorting game, young students learn that passwords and some "
            "personal information are private, and what to do when a screen asks for them.",
            "Grâce à une comparaison avec la brosse à dents et à un jeu de tri, les jeunes élèves "
            "apprennent que les mots de passe et certains renseignements personnels sont privés, et "
            "que faire quand un écran les leur demande.",
        ),
        "grade_band": "k-3",
        "duration_minutes": 30,
        "subjects": T(
            "Health and physical education; Digital literacy",
            "Éducation physique et à la santé ; Compétence numérique",
        ),
        "topics": ["privacy", "screen-time"],
        "learning_outcomes": H(
            "<ul><li>Students will explain in their own words what a password is for and why it is kept private.</li>"
            "<li>Students will sort information into “okay to share” and “private”.</li>"
            "<li>Students will name the adults who may know their passwords, such as a parent or caregiver.</li>"
            "<li>Students will show what to do when a game or an app asks for private "
            "information: stop and ask a grown-up.</li></ul>",
            "<ul><li>Les élèves expliqueront dans leurs mots à quoi sert un mot de "
            "passe et pourquoi on le garde privé.</li>"
            "<li>Les élèves classeront des renseignements selon qu’on peut les partager ou qu’ils sont privés.</li>"
            "<li>Les élèves nommeront les adultes qui peuvent connaître leurs mots de passe, comme un "
            "parent ou une personne responsable.</li>"
            "<li>Les élèves montreront ce qu’il faut faire quand un jeu ou une application demande un renseignement "
            "privé : "
            "s’arrêter et demander à un adulte.</li></ul>",
        ),
        "materials": H(
            "<ul><li>A new toothbrush, still in its package</li>"
            "<li>The sorting cards and the “Private or okay to share?” worksheet</li>"
            "<li>Two hoops or two sheets of chart paper labelled “Okay to share” and “Private”</li></ul>",
            "<ul><li>Une brosse à dents neuve, encore dans son emballage</li>"
            "<li>Les cartes de tri et la fiche « Privé ou on peut le partager ? »</li>"
            "<li>Deux cerceaux ou deux grandes feuilles portant les mots « On "
            "peut le partager » et « Privé »</li></ul>",
        ),
        "adult_preparation": False,
        "adult_preparation_note": T("", ""),
        "activities": [
            {
                "title": T("What is a password?", "C’est quoi, un mot de passe ?"),
                "minutes": 7,
                "instructions": H(
                    "<ol><li>Ask students what a key does for a house. Explain that a password is like a "
                    "key for a tablet, a game or an app.</li>"
                    "<li>Show the toothbrush and ask: “Would you share your toothbrush "
                    "with a friend?” Let students react.</li>"
                    "<li>Explain: “A password is like a toothbrush. It is just for you, and you do not "
                    "share it with friends, even your best friend. The grown-ups who take care of you can "
                    "know it, to help keep you safe.”</li></ol>",
                    "<ol><li>Demandez aux élèves à quoi sert une clé pour une maison. Expliquez qu’un mot de passe "
                    "est comme une clé pour une tablette, un jeu ou une application.</li>"
                    "<li>Montrez la brosse à dents et demandez : « Est-ce que tu prêterais ta brosse à dents à "
                    "une amie ou à un ami ? » Laissez les élèves réagir.</li>"
                    "<li>Expliquez : « Un mot de passe, c’est comme une brosse à dents. C’est juste pour toi, et on "
                    "ne le prête à personne, même pas à sa meilleure amie ou à son meilleur ami. Les adultes qui "
                    "prennent soin de toi "
                    "peuvent le connaître, pour t’aider à être en sécurité. »</li></ol>",
                ),
            },
            {
                "title": T("Private or okay to share?", "Privé ou on peut le partager ?"),
                "minutes": 10,
                "instructions": H(
                    "<p>Place the two hoops on the floor.</p>"
                    "<ol><li>Read one sorting card at a time: favourite colour, home address, password, favourite "
                    "animal, phone number, the name of your school, your first name, a picture of you.</li>"
                    "<li>A volunteer places the card in a hoop, and the class agrees or suggests a change.</li>"
                    "<li>Point out that some things, like your first name, are fine to share in class but are private "
                    "when someone you do not know asks for them online.</li></ol>",
                    "<p>Placez les deux cerceaux sur le sol.</p>"
                    "<ol><li>Lisez une carte de tri à la fois : ta couleur préférée, ton adresse, "
                    "ton mot de passe, ton animal préféré, ton numéro de téléphone, le nom de ton "
                    "école, ton prénom, une photo de toi.</li>"
                    "<li>Une ou un élève volontaire place la carte dans un cerceau, et la "
                    "classe approuve ou propose un changement.</li>"
                    "<li>Faites remarquer que certaines choses, comme ton prénom, peuvent être dites en classe, mais "
                    "deviennent privées quand une personne que tu ne connais pas te les demande en ligne.</li></ol>",
                ),
            },
            {
                "title": T("Who can know?", "Qui peut le savoir ?"),
                "minutes": 8,
                "instructions": H(
                    "<ol><li>Name different people and ask students to stand up if that person may know their "
                    "password: my mom or dad, my best friend, my teacher at school, a character in a game, my "
                    "grandmother who takes care of me, someone who sends me a message.</li>"
                    "<li>Discuss the answers. The adults who take care of the child at home may "
                    "know; friends and people online may not.</li>"
                    "<li>Explain that a real company or game will never ask for "
                    "your password in a chat message.</li></ol>",
                    "<ol><li>Nommez différentes personnes et demandez aux élèves de se lever si cette "
                    "personne peut connaître leur mot de passe : ma mère ou mon père, mon meilleur ami, "
                    "mon enseignante à l’école, un personnage dans un jeu, ma grand-mère qui prend soin de "
                    "moi, quelqu’un qui m’envoie un message.</li>"
                    "<li>Discutez des réponses. Les adultes qui prennent soin de l’enfant à la maison peuvent le "
                    "savoir ; les amies et amis et les gens en ligne, non.</li>"
                    "<li>Expliquez qu’une vraie entreprise ou un vrai jeu ne te demandera jamais "
                    "ton mot de passe dans un message.</li></ol>",
                ),
            },
            {
                "title": T("Stop and ask", "Je m’arrête et je demande"),
                "minutes": 5,
                "instructions": H(
                    "<ol><li>Act out a short scene: you are playing a game on a tablet and a message pops up asking "
                    "for your password or where you live.</li>"
                    "<li>Ask students what to do. Guide them to the answer: stop, do "
                    "not type anything, and ask a grown-up.</li>"
                    "<li>Practise saying together: “Stop and ask!”</li></ol>",
                    "<ol><li>Jouez une courte scène : vous jouez à un jeu sur une tablette et un message apparaît "
                    "pour vous demander votre mot de passe ou l’endroit où vous habitez.</li>"
                    "<li>Demandez aux élèves ce qu’il faut faire. Guidez-les vers la réponse : s’arrêter, ne "
                    "rien écrire et demander à un adulte.</li>"
                    "<li>Répétez ensemble : « Je m’arrête et je demande ! »</li></ol>",
                ),
            },
        ],
        "assessment": H(
            "<p>Use the sorting activity to check understanding. On the worksheet, students circle the private items; "
            "most students should identify the password, home address and phone number as private.</p>",
            "<p>Servez-vous de l’activité de tri pour vérifier la compréhension. Sur la fiche, les élèves "
            "encerclent les renseignements privés ; la plupart devraient reconnaître que le mot de passe, l’adresse "
            "et le numéro de téléphone sont privés.</p>",
        ),
        "take_home": H(
            "<p>Students explain the toothbrush comparison to their family. Together, families check one device or "
            "game at home and make sure a grown-up knows the password and that the account is private.</p>",
            "<p>Les élèves expliquent la comparaison de la brosse à dents à leur famille. Ensemble, les "
            "familles vérifient un appareil ou un jeu à la maison et s’assurent qu’un adulte connaît le mot "
            "de passe et que le compte est privé.</p>",
        ),
        "downloads": [
            {
                "kind": "lesson-plan",
                "title": T("Lesson plan: My password is private", "Plan de leçon : Mon mot de passe, c’est privé"),
                "text": T(
                    "Kindergarten to grade 3. Duration: 30 minutes.\n"
                    "Materials: a new toothbrush, sorting cards, two hoops, the worksheet.\n\n"
                    "1. What is a password? (7 minutes)\n"
                    "A password is like a key, and like a toothbrush: it is just for you.\n"
                    "The grown-ups who take care of you can know it.\n"
                    "2. Private or okay to share? (10 minutes)\n"
                    "Sort the cards into two hoops. Discuss why some things are private online.\n"
                    "3. Who can know? (8 minutes)\n"
                    "Students stand up for people who may know their password.\n"
                    "A real company or game never asks for your password in a message.\n"
                    "4. Stop and ask (5 minutes)\n"
                    "Act out a pop-up asking for a password. Practise: stop, do not type, ask a grown-up.\n\n"
                    "Assessment: students circle the private items on the worksheet.",
                    "De la maternelle à la 3e année. Durée : 30 minutes.\n"
                    "Matériel : une brosse à dents neuve, des cartes de tri, deux cerceaux, la fiche.\n\n"
                    "1. C’est quoi, un mot de passe ? (7 minutes)\n"
                    "Un mot de passe, c’est comme une clé, et comme une brosse à dents : c’est juste pour toi.\n"
                    "Les adultes qui prennent soin de toi peuvent le connaître.\n"
                    "2. Privé ou on peut le partager ? (10 minutes)\n"
                    "Classer les cartes dans les deux cerceaux. Discuter des raisons pour lesquelles "
                    "certaines choses sont privées en ligne.\n"
                    "3. Qui peut le savoir ? (8 minutes)\n"
                    "Les élèves se lèvent pour les personnes qui peuvent connaître leur mot de passe.\n"
                    "Une vraie entreprise ou un vrai jeu ne demande jamais ton mot de passe dans un message.\n"
                    "4. Je m’arrête et je demande (5 minutes)\n"
                    "Jouer la scène d’un message qui demande un mot de passe. S’exercer : "
                    "s’arrêter, ne rien écrire, demander à un adulte.\n\n"
                    "Évaluation : les élèves encerclent les renseignements privés sur la fiche.",
                ),
            },
            {
                "kind": "worksheet",
                "title": T("Worksheet: Private or okay to share?", "Fiche d’activité : Privé ou on peut le partager ?"),
                "text": T(
                    "My name: ____________________\n\n"
                    "Circle the things that are private.\n"
                    "Do not share them with people online.\n\n"
                    "My favourite colour\n"
                    "My password\n"
                    "My favourite animal\n"
                    "Where I live\n"
                    "My phone number\n"
                    "My favourite game\n"
                    "The name of my school\n\n"
                    "Who can know my password? ____________________\n"
                    "If a game or an app asks for something private, I stop and ask a grown-up.",
                    "Mon nom : ____________________\n\n"
                    "Encercle les choses qui sont privées.\n"
                    "Ne les donne pas aux gens en ligne.\n\n"
                    "Ma couleur préférée\n"
                    "Mon mot de passe\n"
                    "Mon animal préféré\n"
                    "L’endroit où j’habite\n"
                    "Mon numéro de téléphone\n"
                    "Mon jeu préféré\n"
                    "Le nom de mon école\n\n"
                    "Qui peut connaître mon mot de passe ? ____________________\n"
                    "Si un jeu ou une application me demande quelque chose de "
                    "privé, je m’arrête et je demande à un adulte.",
                ),
            },
        ],
    },
    {
        "slug": T("online-friends-and-game-chat", "amities-en-ligne-et-clavardage-dans-les-jeux"),
        "title": T("Online friends and game chat", "Amitiés en ligne et clavardage dans les jeux"),
        "summary": T(
            "Students sort real game chat messages into green flags and red flags, and build a plan for what to do "
            "when someone online asks for personal information, secrets or pictures.",
            "Les élèves classent des messages de clavardage de jeux en feux verts et en signaux "
            "d’alarme, et préparent un plan pour réagir quand une personne en ligne demande des "
            "renseignements personnels, des secrets ou des photos.",
        ),
        "grade_band": "4-6",
        "duration_minutes": 45,
        "subjects": T(
            "Health and physical education; Digital literacy",
            "Éducation physique et à la santé ; Compétence numérique",
        ),
        "topics": ["gaming-and-chat", "online-grooming", "privacy"],
        "learning_outcomes": H(
            "<ul><li>Students will explain the difference between friends they know in "
            "person and people they only know online.</li>"
            "<li>Students will identify warning signs in online chat: requests for personal information, pictures or "
            "secrecy, offers of gifts, and pressure to move to another app.</li>"
            "<li>Students will demonstrate a response plan: stop, save, block, report and tell a trusted adult.</li>"
            "<li>Students will explain that it is never a child’s fault when "
            "someone online tries to trick them.</li></ul>",
            "<ul><li>Les élèves expliqueront la différence entre les camarades qu’ils connaissent en personne et les "
            "gens "
            "qu’ils connaissent seulement en ligne.</li>"
            "<li>Les élèves repéreront les signaux d’alarme dans le clavardage : demandes de "
            "renseignements personnels, de photos ou de secret, offres de cadeaux et pression "
            "pour passer à une autre application.</li>"
            "<li>Les élèves mettront en pratique un plan d’action : arrêter, garder une trace, bloquer, signaler et "
            "en parler à un adulte de confiance.</li>"
            "<li>Les élèves expliqueront que ce n’est jamais la faute d’un enfant quand "
            "quelqu’un en ligne essaie de le piéger.</li></ul>",
        ),
        "materials": H(
            "<ul><li>The slides, or the chat messages written on the board</li>"
            "<li>One red card and one green card per student</li>"
            "<li>The “My game plan” worksheet</li></ul>",
            "<ul><li>Le diaporama, ou les messages de clavardage écrits au tableau</li>"
            "<li>Un carton rouge et un carton vert par élève</li>"
            "<li>La fiche « Mon plan de match »</li></ul>",
        ),
        "adult_preparation": False,
        "adult_preparation_note": T("", ""),
        "activities": [
            {
                "title": T("Who do we play with?", "Avec qui jouons-nous ?"),
                "minutes": 8,
                "instructions": H(
                    "<ol><li>Ask students which games and apps they use to play or chat with others. "
                    "List them on the board without judging.</li>"
                    "<li>Draw a two-column chart: “People I know in person” and “People I only know online”. Ask "
                    "where a teammate met only in a game belongs.</li>"
                    "<li>Explain that online friends can be fun, but that we cannot be sure who someone is "
                    "when we have only met them online.</li></ol>",
                    "<ol><li>Demandez aux élèves à quels jeux et à quelles applications ils jouent ou clavardent avec "
                    "d’autres. Notez-les au tableau sans porter de jugement.</li>"
                    "<li>Tracez un tableau à deux colonnes : « Les gens que je connais en personne » et « "
                    "Les gens que je connais seulement en ligne ». Demandez dans quelle colonne va une "
                    "personne de son équipe rencontrée seulement dans un jeu.</li>"
                    "<li>Expliquez que les amitiés en ligne peuvent être agréables, mais qu’on ne peut jamais avoir de "
                    "certitude "
                    "quant à l’identité d’une personne qu’on a seulement rencontrée en ligne.</li></ol>",
                ),
            },
            {
                "title": T("Green flag or red flag?", "Feu vert ou signal d’alarme ?"),
                "minutes": 15,
                "instructions": H(
                    "<p>Show the chat messages one at a time. Students raise a green card if the message seems fine, "
                    "or a red card if it is a warning sign.</p>"
                    "<ol><li>“Good game! Want to be on our team next round?” (green)</li>"
                    "<li>“How old are you? Are your parents home?” (red)</li>"
                    "<li>“I can give you 1,000 free coins if you add me on another app.” (red)</li>"
                    "<li>“Send me a picture of yourself so I know you are real.” (red)</li>"
                    "<li>“Do not tell your parents about me. They would not get it.” (red)</li>"
                    "<li>“Nice build! How did you make the roof?” (green)</li></ol>"
                    "<p>After each message, ask students to explain their choice. Stress that asking for pictures, "
                    "secrets or personal details is always a red flag, even from someone who has been friendly.</p>",
                    "<p>Présentez les messages de clavardage un à la fois. Les élèves lèvent le carton vert si le "
                    "message semble sans danger, ou le carton rouge s’il s’agit d’un signal d’alarme.</p>"
                    "<ol><li>« Bonne partie ! Veux-tu être dans notre équipe la prochaine fois ? » (vert)</li>"
                    "<li>« Quel âge as-tu ? Tes parents sont-ils à la maison ? » (rouge)</li>"
                    "<li>« Je peux te donner 1 000 pièces gratuites si tu m’ajoutes "
                    "dans une autre application. » (rouge)</li>"
                    "<li>« Envoie-moi une photo de toi pour que je sache que tu existes vraiment. » (rouge)</li>"
                    "<li>« Ne parle pas de moi à tes parents. Ils ne comprendraient pas. » (rouge)</li>"
                    "<li>« Belle construction ! Comment as-tu fait le toit ? » (vert)</li></ol>"
                    "<p>Après chaque message, demandez aux élèves d’expliquer leur choix. Insistez sur le fait que "
                    "demander des photos, des secrets ou des renseignements personnels est toujours un signal "
                    "d’alarme, même de la part d’une personne qui a été gentille.</p>",
                ),
            },
            {
                "title": T("What would you do?", "Que ferais-tu ?"),
                "minutes": 15,
                "instructions": H(
                    "<p>Divide the class into small groups and give each group one "
                    "red-flag message from the previous activity.</p>"
                    "<ol><li>Each group decides what the player should do, using the five steps: stop replying, save "
                    "the messages with a screenshot, block, report in the game, and tell a trusted adult.</li>"
                    "<li>Groups act out their scene in one minute, showing the player telling an adult.</li>"
                    "<li>After each scene, ask the class: “Is the player in trouble?” "
                    "Make sure the answer is always no.</li></ol>",
                    "<p>Formez de petits groupes et remettez à chacun un message « "
                    "signal d’alarme » de l’activité précédente.</p>"
                    "<ol><li>Chaque groupe décide de ce que le personnage devrait faire, à l’aide des cinq étapes : "
                    "arrêter de répondre, garder une trace des messages avec une capture d’écran, bloquer, signaler "
                    "dans le jeu et en parler à un adulte de confiance.</li>"
                    "<li>Les groupes jouent leur scène en une minute, en montrant "
                    "le personnage qui en parle à un adulte.</li>"
                    "<li>Après chaque scène, demandez à la classe : « Est-ce que le personnage a des ennuis ? » "
                    "Assurez-vous que la réponse est toujours non.</li></ol>",
                ),
            },
            {
                "title": T("My game plan", "Mon plan de match"),
                "minutes": 7,
                "instructions": H(
                    "<ol><li>Students complete the worksheet: the five steps in their own words, and "
                    "three trusted adults they could tell.</li>"
                    "<li>Remind students that they can also reach Kids Help Phone at 1-800-668-6868 or by texting "
                    "686868, and that adults can report online exploitation to Cybertip.ca.</li>"
                    "<li>If a student tells you privately about something that happened to them, thank them, and "
                    "follow your school’s procedure.</li></ol>",
                    "<ol><li>Les élèves remplissent la fiche : les cinq étapes dans leurs mots, et trois adultes de "
                    "confiance à qui ils pourraient en parler.</li>"
                    "<li>Rappelez aux élèves qu’ils peuvent aussi joindre Jeunesse, J’écoute au 1-800-668-6868 ou par "
                    "texto au 686868, et que les adultes peuvent signaler l’exploitation en ligne à Cyberaide.ca.</li>"
                    "<li>Si une ou un élève vous confie en privé quelque chose qui lui est arrivé, remerciez l’élève "
                    "et "
                    "suivez la procédure de votre école.</li></ol>",
                ),
            },
        ],
        "assessment": H(
            "<p>During the flag activity, note whether students can explain why a message is a red flag. Collect the "
            "worksheets: each should list the five steps and at least two trusted adults.</p>",
            "<p>Pendant l’activité des cartons, notez si les élèves savent expliquer pourquoi un "
            "message est un signal d’alarme. Ramassez les fiches : chacune devrait présenter les cinq "
            "étapes et au moins deux adultes de confiance.</p>",
        ),
        "take_home": H(
            "<p>Students show a parent or caregiver one game they play and check its chat settings together. Families "
            "agree on who the child can chat with and what to do if a message feels wrong.</p>",
            "<p>Les élèves montrent à un parent ou à une personne responsable un jeu auquel ils jouent et "
            "vérifient ensemble ses paramètres de clavardage. La famille convient des personnes avec qui l’enfant "
            "peut clavarder et de ce qu’il faut faire si un message semble louche.</p>",
        ),
        "downloads": [
            {
                "kind": "lesson-plan",
                "title": T(
                    "Lesson plan: Online friends and game chat",
                    "Plan de leçon : Amitiés en ligne et clavardage dans les jeux",
                ),
                "text": T(
                    "Grades 4 to 6. Duration: 45 minutes.\n"
                    "Materials: slides, red and green cards, the My game plan worksheet.\n\n"
                    "1. Who do we play with? (8 minutes)\n"
                    "List games and apps. Chart: people I know in person / people I only know online.\n"
                    "2. Green flag or red flag? (15 minutes)\n"
                    "Students react to six chat messages with cards and explain their choices.\n"
                    "Key message: asking for pictures, secrets or personal details is always a red flag.\n"
                    "3. What would you do? (15 minutes)\n"
                    "Groups act out the five steps: stop, save, block, report, tell.\n"
                    "Ask after each scene: is the player in trouble? The answer is always no.\n"
                    "4. My game plan (7 minutes)\n"
                    "Students complete the worksheet.\n\n"
                    "Help for students: Kids Help Phone, 1-800-668-6868 or text 686868.\n"
                    "To report online exploitation: Cybertip.ca. In an emergency: 911.",
                    "De la 4e à la 6e année. Durée : 45 minutes.\n"
                    "Matériel : diaporama, cartons rouges et verts, fiche Mon plan de match.\n\n"
                    "1. Avec qui jouons-nous ? (8 minutes)\n"
                    "Dresser la liste des jeux et des applications. Tableau : les gens que je "
                    "connais en personne / seulement en ligne.\n"
                    "2. Feu vert ou signal d’alarme ? (15 minutes)\n"
                    "Les élèves réagissent à six messages avec leurs cartons et expliquent leurs choix.\n"
                    "Message clé : demander des photos, des secrets ou des renseignements "
                    "personnels est toujours un signal d’alarme.\n"
                    "3. Que ferais-tu ? (15 minutes)\n"
                    "Les groupes jouent les cinq étapes : arrêter, garder une trace, bloquer, signaler, en parler.\n"
                    "Après chaque scène, demander : le personnage a-t-il des ennuis ? La réponse est toujours non.\n"
                    "4. Mon plan de match (7 minutes)\n"
                    "Les élèves remplissent la fiche.\n\n"
                    "Aide pour les élèves : Jeunesse, J’écoute, 1-800-668-6868 ou texto au 686868.\n"
                    "Pour signaler l’exploitation en ligne : Cyberaide.ca. En cas d’urgence : 911.",
                ),
            },
            {
                "kind": "worksheet",
                "title": T("Worksheet: My game plan", "Fiche d’activité : Mon plan de match"),
                "text": T(
                    "My name: ____________________\n\n"
                    "If someone online asks for my picture, my address or a secret, I will:\n"
                    "1. Stop: ____________________\n"
                    "2. Save: ____________________\n"
                    "3. Block: ____________________\n"
                    "4. Report: ____________________\n"
                    "5. Tell: ____________________\n\n"
                    "Three trusted adults I can tell:\n"
                    "____________________\n"
                    "____________________\n"
                    "____________________\n\n"
                    "It is never my fault if someone online tries to trick me.\n"
                    "I can also call Kids Help Phone at 1-800-668-6868 or text 686868.",
                    "Mon nom : ____________________\n\n"
                    "Si quelqu’un en ligne me demande ma photo, mon adresse ou de garder un secret, je vais :\n"
                    "1. Arrêter : ____________________\n"
                    "2. Garder une trace : ____________________\n"
                    "3. Bloquer : ____________________\n"
                    "4. Signaler : ____________________\n"
                    "5. En parler : ____________________\n\n"
                    "Trois adultes de confiance à qui je peux en parler :\n"
                    "____________________\n"
                    "____________________\n"
                    "____________________\n\n"
                    "Ce n’est jamais ma faute si quelqu’un en ligne essaie de me piéger.\n"
                    "Je peux aussi appeler Jeunesse, J’écoute au 1-800-668-6868 ou envoyer un texto au 686868.",
                ),
            },
            {
                "kind": "slides",
                "title": T(
                    "Slides: Online friends and game chat",
                    "Diaporama : Amitiés en ligne et clavardage dans les jeux",
                ),
                "text": T(
                    "Slide 1. Online friends and game chat\n"
                    "Slide 2. Who do you play with? People I know in person, people I only know online.\n"
                    "Slide 3. Green flag or red flag?\n"
                    "Slide 4. “Good game! Want to be on our team next round?”\n"
                    "Slide 5. “How old are you? Are your parents home?”\n"
                    "Slide 6. “I can give you 1,000 free coins if you add me on another app.”\n"
                    "Slide 7. “Send me a picture of yourself so I know you are real.”\n"
                    "Slide 8. “Do not tell your parents about me. They would not get it.”\n"
                    "Slide 9. “Nice build! How did you make the roof?”\n"
                    "Slide 10. Red flags: personal questions, pictures, secrets, gifts, another app.\n"
                    "Slide 11. My game plan: stop, save, block, report, tell.\n"
                    "Slide 12. It is never your fault. Kids Help Phone: 1-800-668-6868 or text 686868.",
                    "Diapositive 1. Amitiés en ligne et clavardage dans les jeux\n"
                    "Diapositive 2. Avec qui joues-tu ? Les gens que je connais en personne, les "
                    "gens que je connais seulement en ligne.\n"
                    "Diapositive 3. Feu vert ou signal d’alarme ?\n"
                    "Diapositive 4. « Bonne partie ! Veux-tu être dans notre équipe la prochaine fois ? »\n"
                    "Diapositive 5. « Quel âge as-tu ? Tes parents sont-ils à la maison ? »\n"
                    "Diapositive 6. « Je peux te donner 1 000 pièces gratuites si tu "
                    "m’ajoutes dans une autre application. »\n"
                    "Diapositive 7. « Envoie-moi une photo de toi pour que je sache que tu existes vraiment. »\n"
                    "Diapositive 8. « Ne parle pas de moi à tes parents. Ils ne comprendraient pas. »\n"
                    "Diapositive 9. « Belle construction ! Comment as-tu fait le toit ? »\n"
                    "Diapositive 10. Signaux d’alarme : questions personnelles, "
                    "photos, secrets, cadeaux, autre application.\n"
                    "Diapositive 11. Mon plan de match : arrêter, garder une trace, bloquer, signaler, en parler.\n"
                    "Diapositive 12. Ce n’est jamais ta faute. Jeunesse, J’écoute : 1-800-668-6868 ou texto au 686868.",
                ),
            },
        ],
    },
    {
        "slug": T("recognizing-manipulation-online", "reconnaitre-la-manipulation-en-ligne"),
        "title": T(
            "Recognizing manipulation online: grooming and sextortion",
            "Reconnaître la manipulation en ligne : pédopiégeage et sextorsion",
        ),
        "summary": T(
            "Through a fictional story told in stages, students learn the tactics people use to manipulate young "
            "people online, why sextortion is never the victim’s fault, and exactly what to do and who to tell.",
            "À l’aide d’une histoire fictive racontée en étapes, les élèves découvrent les tactiques utilisées pour "
            "manipuler les jeunes en ligne, comprennent pourquoi la sextorsion n’est jamais la faute de la victime et "
            "apprennent ce qu’il faut faire et à qui en parler.",
        ),
        "grade_band": "7-8",
        "duration_minutes": 60,
        "subjects": T("Health and physical education; Language", "Éducation physique et à la santé ; Français"),
        "topics": ["online-grooming", "sextortion", "reporting-and-getting-help"],
        "learning_outcomes": H(
            "<ul><li>Students will describe common manipulation tactics used online: flattery, "
            "gifts, secrecy, isolation and pressure.</li>"
            "<li>Students will explain what sextortion is and why paying or "
            "sending more images does not make it stop.</li>"
            "<li>Students will list the steps to take if they or a friend are targeted: stop, save evidence, block "
            "and report, tell a trusted adult, report to Cybertip.ca.</li>"
            "<li>Students will explain why a young person who is manipulated "
            "or threatened is never to blame.</li></ul>",
            "<ul><li>Les élèves décriront les tactiques de manipulation courantes en ligne : la flatterie, les "
            "cadeaux, le secret, l’isolement et la pression.</li>"
            "<li>Les élèves expliqueront ce qu’est la sextorsion et pourquoi payer ou envoyer "
            "d’autres images ne la fait pas cesser.</li>"
            "<li>Les élèves énuméreront les étapes à suivre si quelqu’un les cible, ou cible une amie ou un ami : "
            "arrêter, conserver les preuves, bloquer et signaler, en parler à un adulte de confiance, "
            "faire un signalement à Cyberaide.ca.</li>"
            "<li>Les élèves expliqueront pourquoi une victime de manipulation ou de menaces n’est jamais à "
            "blâmer.</li></ul>",
        ),
        "materials": H(
            "<ul><li>The slides</li>"
            "<li>The “Jordan’s story” worksheet, one per group</li>"
            "<li>A box for anonymous questions, and index cards for exit cards</li>"
            "<li>Contact details for your school counsellor, written on the board</li></ul>",
            "<ul><li>Le diaporama</li>"
            "<li>La fiche « L’histoire de Jordan », une par équipe</li>"
            "<li>Une boîte pour les questions anonymes, et des fiches pour les billets de sortie</li>"
            "<li>Les coordonnées du personnel d’orientation de l’école, écrites au tableau</li></ul>",
        ),
        "adult_preparation": True,
        "adult_preparation_note": T(
            "This lesson discusses how people exploit young people online, including sextortion. Some students may "
            "have experienced it, or may be going through it right now. Read the plan and our parents’ guide on "
            "sextortion beforehand, tell your school counsellor when you will teach it, and give students a way to "
            "ask questions privately. Never ask students to share personal experiences in class. If a student "
            "discloses harm, listen, do not investigate, and follow your school’s duty-to-report procedure; if a "
            "student is being threatened right now, treat it as urgent and involve your principal the same day.",
            "Cette leçon porte sur la façon dont certaines personnes exploitent les jeunes en ligne, y compris "
            "par la sextorsion. Des élèves l’ont peut-être vécu ou le vivent peut-être en ce moment. Lisez à "
            "l’avance le plan et notre guide sur la sextorsion destiné aux parents, informez le personnel "
            "d’orientation de la date de la leçon, et offrez aux élèves un moyen de poser des questions en privé. Ne "
            "demandez jamais aux élèves de raconter leurs expériences personnelles en classe. Si une ou un élève vous "
            "confie qu’on lui fait du mal, écoutez, n’enquêtez pas et suivez la procédure de signalement "
            "obligatoire de votre école ; si une ou un élève reçoit des menaces en ce moment, traitez la situation "
            "comme "
            "une urgence et informez la direction le jour même.",
        ),
        "activities": [
            {
                "title": T("Ground rules and anonymous questions", "Règles de discussion et questions anonymes"),
                "minutes": 5,
                "instructions": H(
                    "<ol><li>Explain that today’s topic is how some people manipulate young people online, and that "
                    "the class will talk about a fictional character, not about anyone in the room.</li>"
                    "<li>Agree on ground rules: no personal stories in class, "
                    "no names, respect for every question.</li>"
                    "<li>Show the anonymous question box and tell students they can add a question at any time, or "
                    "speak to you or the counsellor privately.</li></ol>",
                    "<ol><li>Expliquez que le sujet du jour est la façon dont certaines personnes "
                    "manipulent les jeunes en ligne, et que la classe parlera d’un personnage "
                    "fictif, et non de quelqu’un dans la salle.</li>"
                    "<li>Convenez de règles de discussion : pas d’histoires personnelles en classe, pas de "
                    "noms, respect de toutes les questions.</li>"
                    "<li>Montrez la boîte à questions anonymes et dites aux élèves qu’ils peuvent y déposer une "
                    "question en tout temps, ou vous parler en privé, à vous ou au personnel d’orientation.</li></ol>",
                ),
            },
            {
                "title": T("The manipulation playbook", "Les tactiques de manipulation"),
                "minutes": 20,
                "instructions": H(
                    "<p>In groups of four, students read “Jordan’s story” one stage at a time. "
                    "Jordan, 13, meets “Sam” in an online game.</p>"
                    "<ol><li>Stage 1: Sam is friendly, compliments Jordan’s skills and gives Jordan a rare "
                    "item. Ask: what is Sam doing, and why?</li>"
                    "<li>Stage 2: Sam suggests chatting on another app and says Jordan’s parents would not understand "
                    "their friendship. Ask: what changed?</li>"
                    "<li>Stage 3: Sam asks for a photo that Jordan would not want other people to see, and keeps "
                    "asking after Jordan hesitates. Ask: what is the pressure here?</li>"
                    "<li>Stage 4: After Jordan sends one, Sam demands $200 in gift cards and threatens to send the "
                    "photo to Jordan’s friends. Ask: what is this called?</li></ol>"
                    "<p>Debrief as a class. Name each tactic on the board: flattery, gifts, secrecy, isolation, "
                    "pressure, threats. Explain that this last stage is sextortion, a crime, and that people who do "
                    "this often target many young people at once.</p>",
                    "<p>En équipes de quatre, les élèves lisent « L’histoire de Jordan » une étape à la fois. Jordan, "
                    "13 ans, rencontre « Sam » dans un jeu en ligne.</p>"
                    "<ol><li>Étape 1 : Sam se montre sympathique, complimente Jordan sur son habileté et lui donne un "
                    "objet "
                    "rare. Demandez : que fait Sam, et pourquoi ?</li>"
                    "<li>Étape 2 : Sam propose de clavarder dans une autre application et dit que les parents de "
                    "Jordan ne comprendraient pas leur amitié. Demandez : qu’est-ce qui a changé ?</li>"
                    "<li>Étape 3 : Sam demande une photo que Jordan ne voudrait pas que d’autres voient, et insiste "
                    "quand Jordan hésite. Demandez : où est la pression ?</li>"
                    "<li>Étape 4 : Après que Jordan en a envoyé une, Sam exige 200 $ en cartes-cadeaux et menace "
                    "d’envoyer la photo aux amies et amis de Jordan. Demandez : comment ça s’appelle ?</li></ol>"
                    "<p>Faites un retour en grand groupe. Nommez chaque tactique au tableau : la flatterie, "
                    "les cadeaux, le secret, l’isolement, la pression, les menaces. Expliquez que cette "
                    "dernière étape s’appelle la sextorsion, un crime, et que les gens qui la pratiquent "
                    "ciblent souvent plusieurs jeunes à la fois.</p>",
                ),
            },
            {
                "title": T("What Jordan can do", "Ce que Jordan peut faire"),
                "minutes": 15,
                "instructions": H(
                    "<ol><li>Ask the class: “Is it Jordan’s fault?” Make it clear that it is not: Sam "
                    "planned every step to manipulate Jordan.</li>"
                    "<li>Ask: “Should Jordan pay?” Explain that paying or sending more almost never stops the "
                    "threats and often leads to bigger demands.</li>"
                    "<li>Build Jordan’s action plan together on the board: stop replying; take screenshots of the "
                    "messages and the username, but not of the photo; block and report the account; tell a "
                    "trusted adult; report to Cybertip.ca.</li>"
                    "<li>Add the supports: Kids Help Phone at 1-800-668-6868 or text 686868, "
                    "any time; 911 in an emergency.</li></ol>",
                    "<ol><li>Demandez à la classe : « Est-ce la faute de Jordan ? » Dites clairement que non : Sam a "
                    "planifié chaque étape pour manipuler Jordan.</li>"
                    "<li>Demandez : « Est-ce que Jordan devrait payer ? » Expliquez que payer ou envoyer d’autres "
                    "images ne "
                    "fait presque jamais cesser les menaces et entraîne souvent des exigences plus grandes.</li>"
                    "<li>Construisez ensemble au tableau le plan d’action de Jordan : arrêter de répondre ; faire des "
                    "captures d’écran des messages et du nom d’utilisateur, mais pas de la photo ; bloquer et signaler "
                    "le compte ; en parler à un adulte de confiance ; faire un signalement à Cyberaide.ca.</li>"
                    "<li>Ajoutez les ressources : Jeunesse, J’écoute au 1-800-668-6868 ou par texto au 686868, en "
                    "tout temps ; le 911 en cas d’urgence.</li></ol>",
                ),
            },
            {
                "title": T("If a friend tells you", "Si une amie ou un ami se confie à toi"),
                "minutes": 12,
                "instructions": H(
                    "<p>In pairs, students practise responding to a friend who says: “Someone is "
                    "threatening to share a picture of me.”</p>"
                    "<ol><li>One student reads the line; the other responds using the prompts on "
                    "the slide: listen, say it is not their fault, do not ask to see anything, "
                    "offer to go with them to a trusted adult.</li>"
                    "<li>Partners switch roles.</li>"
                    "<li>Ask two or three pairs to share a helpful sentence they used.</li></ol>",
                    "<p>En duos, les élèves s’exercent à répondre à une amie ou à un ami qui dit : « Quelqu’un "
                    "menace de partager une photo de moi. »</p>"
                    "<ol><li>Une ou un élève lit la phrase ; l’autre répond à l’aide des pistes de la diapositive : "
                    "écouter, dire que ce n’est pas sa faute, ne rien demander à voir, proposer de "
                    "l’accompagner auprès d’un adulte de confiance.</li>"
                    "<li>Les partenaires échangent les rôles.</li>"
                    "<li>Demandez à deux ou trois duos de partager une phrase utile qu’ils ont employée.</li></ol>",
                ),
            },
            {
                "title": T("Exit card", "Billet de sortie"),
                "minutes": 8,
                "instructions": H(
                    "<ol><li>On an index card, students write one warning sign, one step Jordan should take, and one "
                    "adult they could go to. They may add a private question.</li>"
                    "<li>Collect the cards and the anonymous questions. Answer general questions in the next class, "
                    "and follow up privately on anything that suggests a student needs help.</li></ol>",
                    "<ol><li>Sur une fiche, les élèves écrivent un signal d’alarme, une étape que "
                    "Jordan devrait suivre et un adulte vers qui ils pourraient se tourner. Ils "
                    "peuvent ajouter une question confidentielle.</li>"
                    "<li>Ramassez les fiches et les questions anonymes. Répondez aux questions "
                    "générales au cours suivant, et assurez un suivi en privé si une réponse laisse "
                    "croire qu’une ou un élève a besoin d’aide.</li></ol>",
                ),
            },
        ],
        "assessment": H(
            "<p>Use the exit cards to check that each student can name at least one manipulation tactic, one correct "
            "step, and one trusted adult. Listen during the pair practice for responses that avoid blame.</p>",
            "<p>Servez-vous des billets de sortie pour vérifier que chaque élève peut nommer au moins une tactique de "
            "manipulation, une étape appropriée et un adulte de confiance. Pendant l’exercice en duos, soyez "
            "à l’écoute des réponses qui évitent de blâmer.</p>",
        ),
        "take_home": H(
            "<p>Students share Jordan’s action plan with a parent or caregiver. Families read our parents’ guide on "
            "sextortion together, and the adult tells the student, in their own words, that they would help, not "
            "punish, if something like this ever happened.</p>",
            "<p>Les élèves présentent le plan d’action de Jordan à un parent ou à une personne responsable. La "
            "famille lit ensemble notre guide sur la sextorsion destiné aux parents, et l’adulte dit à l’élève, dans "
            "ses mots, que si une telle situation se présentait, sa réaction serait d’aider et non de punir.</p>",
        ),
        "downloads": [
            {
                "kind": "lesson-plan",
                "title": T(
                    "Lesson plan: Recognizing manipulation online",
                    "Plan de leçon : Reconnaître la manipulation en ligne",
                ),
                "text": T(
                    "Grades 7 and 8. Duration: 60 minutes. Sensitive topic: read the adult preparation note first.\n\n"
                    "1. Ground rules and anonymous questions (5 minutes)\n"
                    "No personal stories, no names. Questions can go in the box at any time.\n"
                    "2. The manipulation playbook (20 minutes)\n"
                    "Groups read Jordan’s story in four stages and name the tactics:\n"
                    "flattery, gifts, secrecy, isolation, pressure, threats.\n"
                    "3. What Jordan can do (15 minutes)\n"
                    "It is not Jordan’s fault. Paying does not make it stop.\n"
                    "Plan: stop replying, save evidence, block and report, tell "
                    "a trusted adult, report it online at Cybertip.ca.\n"
                    "4. If a friend tells you (12 minutes)\n"
                    "Pairs practise: listen, it is not your fault, do not ask "
                    "to see anything, go together to an adult.\n"
                    "5. Exit card (8 minutes)\n"
                    "One warning sign, one step, one trusted adult.\n\n"
                    "If a student discloses harm: listen, do not investigate, follow your duty-to-report procedure.\n"
                    "Help: Kids Help Phone 1-800-668-6868 or text 686868. Report: Cybertip.ca. Emergency: 911.",
                    "7e et 8e années. Durée : 60 minutes. Sujet délicat : lisez d’abord la note de préparation.\n\n"
                    "1. Règles de discussion et questions anonymes (5 minutes)\n"
                    "Pas d’histoires personnelles, pas de noms. Les questions "
                    "peuvent aller dans la boîte en tout temps.\n"
                    "2. Les tactiques de manipulation (20 minutes)\n"
                    "Les équipes lisent l’histoire de Jordan en quatre étapes et nomment les tactiques :\n"
                    "la flatterie, les cadeaux, le secret, l’isolement, la pression, les menaces.\n"
                    "3. Ce que Jordan peut faire (15 minutes)\n"
                    "Ce n’est pas la faute de Jordan. Payer ne règle rien.\n"
                    "Plan : arrêter de répondre, conserver les preuves, bloquer et signaler, en parler à un adulte de "
                    "confiance, faire un signalement en ligne à Cyberaide.ca.\n"
                    "4. Si une amie ou un ami se confie à toi (12 minutes)\n"
                    "Duos : écouter, ce n’est pas ta faute, ne rien demander à voir, aller voir un adulte ensemble.\n"
                    "5. Billet de sortie (8 minutes)\n"
                    "Un signal d’alarme, une étape, un adulte de confiance.\n\n"
                    "Si une ou un élève vous confie qu’on lui fait du mal : écoutez, n’enquêtez pas, suivez "
                    "la procédure de signalement obligatoire.\n"
                    "Aide : Jeunesse, J’écoute, 1-800-668-6868 ou texto au 686868. "
                    "Signalement : Cyberaide.ca. Urgence : 911.",
                ),
            },
            {
                "kind": "worksheet",
                "title": T("Worksheet: Jordan’s story", "Fiche d’activité : L’histoire de Jordan"),
                "text": T(
                    "Jordan is 13 and loves an online building game. This story is fictional.\n\n"
                    "Stage 1. A player named Sam starts chatting with Jordan. Sam says Jordan is the best builder on "
                    "the server and sends Jordan a rare item. What is Sam doing, and why?\n"
                    "____________________\n"
                    "Stage 2. Sam suggests moving to another app and says Jordan’s parents would not "
                    "understand their friendship. What changed?\n"
                    "____________________\n"
                    "Stage 3. Sam asks for a photo that Jordan would not want other people to see. Jordan hesitates, "
                    "and Sam keeps asking. Where is the pressure?\n"
                    "____________________\n"
                    "Stage 4. Jordan sends one photo. Sam now demands $200 in gift cards, or else Sam will send the "
                    "photo to Jordan’s friends. What is this called? Is it Jordan’s fault?\n"
                    "____________________\n\n"
                    "Jordan’s action plan: ____________________\n"
                    "A trusted adult I could go to: ____________________",
                    "Jordan a 13 ans et adore un jeu de construction en ligne. Cette histoire est fictive.\n\n"
                    "Étape 1. Sam, qui joue au même jeu, commence à clavarder avec Jordan. Sam lui dit que personne ne "
                    "construit mieux sur le serveur et lui envoie un objet rare. Que fait Sam, et pourquoi ?\n"
                    "____________________\n"
                    "Étape 2. Sam propose de passer à une autre application et dit que les parents de Jordan ne "
                    "comprendraient pas leur amitié. Qu’est-ce qui a changé ?\n"
                    "____________________\n"
                    "Étape 3. Sam demande une photo que Jordan ne voudrait pas que d’autres voient. Jordan "
                    "hésite, et Sam insiste. Où est la pression ?\n"
                    "____________________\n"
                    "Étape 4. Jordan envoie une photo. Sam exige maintenant 200 $ en cartes-cadeaux, sinon Sam enverra "
                    "la photo aux amies et amis de Jordan. Comment ça s’appelle ? Est-ce la faute de Jordan ?\n"
                    "____________________\n\n"
                    "Le plan d’action de Jordan : ____________________\n"
                    "Un adulte de confiance vers qui je pourrais me tourner : ____________________",
                ),
            },
            {
                "kind": "slides",
                "title": T(
                    "Slides: Recognizing manipulation online",
                    "Diaporama : Reconnaître la manipulation en ligne",
                ),
                "text": T(
                    "Slide 1. Recognizing manipulation online\n"
                    "Slide 2. Our ground rules: no personal stories, no names, every question is welcome.\n"
                    "Slide 3. The tactics: flattery, gifts, secrecy, isolation, pressure, threats.\n"
                    "Slide 4. Sextortion: threatening to share someone’s images to "
                    "get money or more images. It is a crime.\n"
                    "Slide 5. It is never the fault of the young person who is targeted.\n"
                    "Slide 6. Do not pay and do not send more. It almost never makes it stop.\n"
                    "Slide 7. The plan: stop, save evidence, block and report, tell "
                    "a trusted adult, report it online at Cybertip.ca.\n"
                    "Slide 8. If a friend tells you: listen, it is not your fault, do not ask "
                    "to see anything, go together to an adult.\n"
                    "Slide 9. Kids Help Phone: 1-800-668-6868 or text 686868, any time.\n"
                    "Slide 10. In an emergency, call 911.",
                    "Diapositive 1. Reconnaître la manipulation en ligne\n"
                    "Diapositive 2. Nos règles : pas d’histoires personnelles, pas de noms, "
                    "toutes les questions sont les bienvenues.\n"
                    "Diapositive 3. Les tactiques : la flatterie, les cadeaux, le "
                    "secret, l’isolement, la pression, les menaces.\n"
                    "Diapositive 4. La sextorsion : menacer de diffuser les images de quelqu’un pour obtenir de "
                    "l’argent ou d’autres images. C’est un crime.\n"
                    "Diapositive 5. Ce n’est jamais la faute de la personne ciblée.\n"
                    "Diapositive 6. Ne paie pas et n’envoie rien d’autre. Ça ne règle presque jamais rien.\n"
                    "Diapositive 7. Le plan : arrêter, conserver les preuves, bloquer et signaler, en parler à un "
                    "adulte de confiance, faire un signalement en ligne à Cyberaide.ca.\n"
                    "Diapositive 8. Si une amie ou un ami se confie à toi : écoute, ce n’est pas sa faute, ne demande "
                    "rien à voir, allez voir un adulte ensemble.\n"
                    "Diapositive 9. Jeunesse, J’écoute : 1-800-668-6868 ou texto au 686868, en tout temps.\n"
                    "Diapositive 10. En cas d’urgence, compose le 911.",
                ),
            },
        ],
    },
    {
        "slug": T("healthy-relationships-and-digital-boundaries", "relations-saines-et-limites-numeriques"),
        "title": T("Healthy relationships and digital boundaries", "Relations saines et limites numériques"),
        "summary": T(
            "Students explore what respect looks like in friendships and dating when phones are involved: checking "
            "messages, sharing locations and photos, and saying no to pressure.",
            "Les élèves explorent ce que signifie le respect dans les amitiés et les relations "
            "amoureuses quand le téléphone s’en mêle : vérifier les messages, partager sa localisation "
            "et des photos, et dire non à la pression.",
        ),
        "grade_band": "7-8",
        "duration_minutes": 50,
        "subjects": T("Health and physical education; Language", "Éducation physique et à la santé ; Français"),
        "topics": ["healthy-relationships", "privacy", "sharing-intimate-images"],
        "learning_outcomes": H(
            "<ul><li>Students will classify online behaviours in relationships as healthy, "
            "unhealthy or controlling, and explain why.</li>"
            "<li>Students will explain digital consent: asking before posting or sharing someone’s photo "
            "or information, and respecting a no.</li>"
            "<li>Students will practise clear, respectful ways to set a boundary and respond to pressure.</li>"
            "<li>Students will identify people and services they can turn to about a "
            "relationship that worries them.</li></ul>",
            "<ul><li>Les élèves classeront des comportements en ligne dans les relations comme sains, malsains ou "
            "contrôlants, et expliqueront pourquoi.</li>"
            "<li>Les élèves expliqueront le consentement numérique : demander la permission avant de publier ou de "
            "partager la photo ou les renseignements de quelqu’un, et respecter un refus.</li>"
            "<li>Les élèves s’exerceront à poser une limite et à répondre à la "
            "pression de façon claire et respectueuse.</li>"
            "<li>Les élèves nommeront des personnes et des services vers qui se tourner au sujet "
            "d’une relation qui les inquiète.</li></ul>",
        ),
        "materials": H(
            "<ul><li>Three signs posted across the room: “Healthy”, “Unhealthy”, “Controlling”</li>"
            "<li>The behaviour statements (in the lesson plan download)</li>"
            "<li>The “Setting a boundary” worksheet</li></ul>",
            "<ul><li>Trois affiches placées dans la classe : « Sain », « Malsain », « Contrôlant »</li>"
            "<li>Les énoncés de comportements (dans le plan de leçon à télécharger)</li>"
            "<li>La fiche « Poser une limite »</li></ul>",
        ),
        "adult_preparation": False,
        "adult_preparation_note": T("", ""),
        "activities": [
            {
                "title": T("Healthy, unhealthy or controlling?", "Sain, malsain ou contrôlant ?"),
                "minutes": 15,
                "instructions": H(
                    "<p>Read each statement aloud. Students move to the sign that best "
                    "matches, then a few explain their choice.</p>"
                    "<ol><li>“My partner texts me good luck before a big test.”</li>"
                    "<li>“My friend asks for my password to prove I trust her.”</li>"
                    "<li>“My boyfriend gets angry if I do not answer his messages right away.”</li>"
                    "<li>“My friend asks before posting a photo of me.”</li>"
                    "<li>“My girlfriend wants to see my location all the time.”</li>"
                    "<li>“Someone I like keeps asking for a picture after I said no.”</li></ol>"
                    "<p>Point out that controlling behaviour often starts small and is presented as love or trust. "
                    "Anyone, of any gender, can act in a controlling way or experience it.</p>",
                    "<p>Lisez chaque énoncé à voix haute. Les élèves se déplacent vers l’affiche qui correspond le "
                    "mieux, puis quelques-uns expliquent leur choix.</p>"
                    "<ol><li>« Mon copain ou ma copine m’écrit bonne chance avant un gros examen. »</li>"
                    "<li>« Mon amie me demande mon mot de passe pour prouver que j’ai confiance en elle. »</li>"
                    "<li>« Mon copain se fâche si je ne réponds pas tout de suite à ses messages. »</li>"
                    "<li>« Mon ami me demande la permission avant de publier une photo de moi. »</li>"
                    "<li>« Ma copine veut voir ma localisation en tout temps. »</li>"
                    "<li>« Quelqu’un qui me plaît continue de me demander une "
                    "photo après que j’ai dit non. »</li></ol>"
                    "<p>Faites remarquer que les comportements contrôlants commencent souvent par de petites choses "
                    "et se présentent comme de l’amour ou de la confiance. N’importe qui, peu importe son genre, peut "
                    "adopter des comportements contrôlants ou en subir.</p>",
                ),
            },
            {
                "title": T("Digital consent", "Le consentement numérique"),
                "minutes": 12,
                "instructions": H(
                    "<ol><li>Ask: “What does consent mean when it comes to photos, "
                    "screenshots and posts?” Collect ideas.</li>"
                    "<li>Draw out three principles: ask first; a no, or no answer, "
                    "means no; you can change your mind.</li>"
                    "<li>Discuss: is it okay to screenshot a private message and share it in a group chat? To post a "
                    "group photo when one friend does not like it? To forward a picture someone sent only to you?</li>"
                    "<li>Note that sharing an intimate image of someone without their consent is a crime "
                    "in Canada, whatever their age.</li></ol>",
                    "<ol><li>Demandez : « Que veut dire le consentement quand il est question de photos, de captures "
                    "d’écran et de publications ? » Recueillez les idées.</li>"
                    "<li>Dégagez trois principes : on demande d’abord ; un non, ou une absence de réponse, veut dire "
                    "non ; on a le droit de changer d’idée.</li>"
                    "<li>Discutez : est-il acceptable de faire une capture d’écran d’un message privé "
                    "et de la partager "
                    "dans un groupe ? De publier une photo de groupe quand une amie ou un ami ne l’aime pas ? De "
                    "transférer une "
                    "photo que quelqu’un a envoyée seulement à toi ?</li>"
                    "<li>Précisez que partager une image intime d’une personne sans son consentement est un crime "
                    "au Canada, peu importe son âge.</li></ol>",
                ),
            },
            {
                "title": T("Setting a boundary", "Poser une limite"),
                "minutes": 15,
                "instructions": H(
                    "<ol><li>Model a boundary statement: name the behaviour, say how you feel, say "
                    "what you want. For example: “When you ask for my password, I feel like you do not "
                    "trust me. I want to keep it private.”</li>"
                    "<li>In pairs, students use the worksheet to write a boundary statement for two "
                    "situations from the first activity.</li>"
                    "<li>Pairs practise saying their statements aloud, and the partner responds respectfully.</li>"
                    "<li>Discuss: what if the other person does not respect the boundary? Guide students to the "
                    "answer: it is a red flag, and it is a good time to talk to a trusted adult.</li></ol>",
                    "<ol><li>Donnez un exemple d’énoncé de limite : nommer le comportement, dire ce qu’on ressent, "
                    "dire ce qu’on veut. Par exemple : « Quand tu me demandes mon mot de passe, j’ai l’impression que "
                    "tu ne me fais pas confiance. Je veux le garder pour moi. »</li>"
                    "<li>En duos, les élèves se servent de la fiche pour rédiger un énoncé de limite pour deux "
                    "situations de la première activité.</li>"
                    "<li>Les duos s’exercent à dire leurs énoncés à voix haute, "
                    "et l’autre élève répond avec respect.</li>"
                    "<li>Discutez : et si l’autre personne ne respecte pas la limite ? Guidez les "
                    "élèves vers la réponse : c’est un signal d’alarme, et c’est le bon moment pour en "
                    "parler à un adulte de confiance.</li></ol>",
                ),
            },
            {
                "title": T("Where to get help", "Où trouver de l’aide"),
                "minutes": 8,
                "instructions": H(
                    "<ol><li>Students write a short private reflection: one thing they want in a relationship, "
                    "and one thing they will not accept.</li>"
                    "<li>Share the supports: trusted adults at home and at school, the school counsellor, Kids Help "
                    "Phone at 1-800-668-6868 or by texting 686868, Cybertip.ca if an image is shared or someone is "
                    "threatening them, and 911 in an emergency.</li>"
                    "<li>Remind students that they can talk to you privately after class.</li></ol>",
                    "<ol><li>Les élèves rédigent une courte réflexion personnelle : une chose qu’ils veulent dans une "
                    "relation, et une chose qu’ils n’accepteront pas.</li>"
                    "<li>Présentez les ressources : les adultes de confiance à la maison et à l’école, "
                    "le personnel d’orientation de l’école, Jeunesse, J’écoute au 1-800-668-6868 ou par "
                    "texto au 686868, Cyberaide.ca si une image est partagée ou si quelqu’un les "
                    "menace, et le 911 en cas d’urgence.</li>"
                    "<li>Rappelez aux élèves qu’ils peuvent vous parler en privé après le cours.</li></ol>",
                ),
            },
        ],
        "assessment": H(
            "<p>Collect the worksheets and check that each boundary statement names the behaviour, a feeling and a "
            "request. During the first activity, note whether students can explain why a behaviour is controlling.</p>",
            "<p>Ramassez les fiches et vérifiez que chaque énoncé de limite nomme le comportement, une "
            "émotion et une demande. Pendant la première activité, notez si les élèves savent expliquer "
            "pourquoi un comportement est contrôlant.</p>",
        ),
        "take_home": H(
            "<p>Students ask a parent or caregiver: “What did a healthy relationship look like when "
            "you were my age, and what is different now with phones?” Families agree on one household "
            "rule about posting photos of each other.</p>",
            "<p>Les élèves demandent à un parent ou à une personne responsable : « À quoi ressemblait une relation "
            "saine quand tu avais mon âge, et qu’est-ce qui a changé avec les téléphones ? » La famille adopte une "
            "règle sur la publication de photos des uns et des autres.</p>",
        ),
        "downloads": [
            {
                "kind": "lesson-plan",
                "title": T(
                    "Lesson plan: Healthy relationships and digital boundaries",
                    "Plan de leçon : Relations saines et limites numériques",
                ),
                "text": T(
                    "Grades 7 and 8. Duration: 50 minutes.\n\n"
                    "1. Healthy, unhealthy or controlling? (15 minutes)\n"
                    "Statements to read:\n"
                    "- My partner texts me good luck before a big test.\n"
                    "- My friend asks for my password to prove I trust her.\n"
                    "- My boyfriend gets angry if I do not answer his messages right away.\n"
                    "- My friend asks before posting a photo of me.\n"
                    "- My girlfriend wants to see my location all the time.\n"
                    "- Someone I like keeps asking for a picture after I said no.\n"
                    "2. Digital consent (12 minutes)\n"
                    "Ask first. No, or no answer, means no. You can change your mind.\n"
                    "3. Setting a boundary (15 minutes)\n"
                    "Name the behaviour, say how you feel, say what you want.\n"
                    "4. Where to get help (8 minutes)\n"
                    "Kids Help Phone: 1-800-668-6868 or text 686868. Report "
                    "shared images: Cybertip.ca. Emergency: 911.",
                    "7e et 8e années. Durée : 50 minutes.\n\n"
                    "1. Sain, malsain ou contrôlant ? (15 minutes)\n"
                    "Énoncés à lire :\n"
                    "- Mon copain ou ma copine m’écrit bonne chance avant un gros examen.\n"
                    "- Mon amie me demande mon mot de passe pour prouver que j’ai confiance en elle.\n"
                    "- Mon copain se fâche si je ne réponds pas tout de suite à ses messages.\n"
                    "- Mon ami me demande la permission avant de publier une photo de moi.\n"
                    "- Ma copine veut voir ma localisation en tout temps.\n"
                    "- Quelqu’un qui me plaît continue de me demander une photo après que j’ai dit non.\n"
                    "2. Le consentement numérique (12 minutes)\n"
                    "On demande d’abord. Un non, ou une absence de réponse, veut dire non. On peut changer d’idée.\n"
                    "3. Poser une limite (15 minutes)\n"
                    "Nommer le comportement, dire ce qu’on ressent, dire ce qu’on veut.\n"
                    "4. Où trouver de l’aide (8 minutes)\n"
                    "Jeunesse, J’écoute : 1-800-668-6868 ou texto au 686868. Signaler "
                    "des images partagées : Cyberaide.ca. Urgence : 911.",
                ),
            },
            {
                "kind": "worksheet",
                "title": T("Worksheet: Setting a boundary", "Fiche d’activité : Poser une limite"),
                "text": T(
                    "My name: ____________________\n\n"
                    "A boundary statement has three parts:\n"
                    "1. When you… (name the behaviour)\n"
                    "2. I feel… (say how you feel)\n"
                    "3. I want… (say what you want)\n\n"
                    "Situation 1: ____________________\n"
                    "My boundary statement: ____________________\n\n"
                    "Situation 2: ____________________\n"
                    "My boundary statement: ____________________\n\n"
                    "If someone does not respect my boundary, I can talk to: ____________________\n"
                    "Kids Help Phone: 1-800-668-6868 or text 686868, any time.",
                    "Mon nom : ____________________\n\n"
                    "Un énoncé de limite comporte trois parties :\n"
                    "1. Quand tu… (nommer le comportement)\n"
                    "2. Je me sens… (dire ce qu’on ressent)\n"
                    "3. Je veux… (dire ce qu’on veut)\n\n"
                    "Situation 1 : ____________________\n"
                    "Mon énoncé de limite : ____________________\n\n"
                    "Situation 2 : ____________________\n"
                    "Mon énoncé de limite : ____________________\n\n"
                    "Si quelqu’un ne respecte pas ma limite, je peux en parler à : ____________________\n"
                    "Jeunesse, J’écoute : 1-800-668-6868 ou texto au 686868, en tout temps.",
                ),
            },
        ],
    },
    {
        "slug": T("intimate-images-consent-and-the-law", "images-intimes-consentement-et-loi"),
        "title": T("Intimate images, consent and the law in Canada", "Images intimes, consentement et loi au Canada"),
        "summary": T(
            "Students separate myths from facts about sending nudes, learn what Canadian law says and why, and "
            "analyze case studies to build a plan for pressure, receiving an image and sextortion.",
            "Les élèves départagent les mythes et les faits sur l’envoi de photos intimes, apprennent ce que dit la "
            "loi canadienne et pourquoi, et analysent des études de cas pour se doter d’un plan face à la pression, à "
            "la réception d’une image et à la sextorsion.",
        ),
        "grade_band": "9-12",
        "duration_minutes": 75,
        "subjects": T(
            "Health and physical education; Law; Civics",
            "Éducation physique et à la santé ; Droit ; Éducation à la citoyenneté",
        ),
        "topics": ["sharing-intimate-images", "sextortion", "healthy-relationships", "reporting-and-getting-help"],
        "learning_outcomes": H(
            "<ul><li>Students will explain how consent applies to creating, sending and sharing intimate images.</li>"
            "<li>Students will summarize the main Canadian laws on intimate images, child sexual abuse material, "
            "extortion and luring, and explain why they exist.</li>"
            "<li>Students will analyze the responsibilities of the people in a case study, including bystanders.</li>"
            "<li>Students will create a personal plan for responding to pressure, "
            "receiving an image or being threatened.</li>"
            "<li>Students will identify supports, including Cybertip.ca, Kids Help Phone, "
            "trusted adults and the police.</li></ul>",
            "<ul><li>Les élèves expliqueront comment le consentement s’applique à la création, à "
            "l’envoi et au partage d’images intimes.</li>"
            "<li>Les élèves résumeront les principales lois canadiennes sur les images intimes, le matériel "
            "d’exploitation "
            "sexuelle d’enfants, l’extorsion et le leurre, et expliqueront leur raison d’être.</li>"
            "<li>Les élèves analyseront les responsabilités des personnes en cause dans une "
            "étude de cas, y compris les témoins.</li>"
            "<li>Les élèves élaboreront un plan personnel pour réagir à la pression, à la "
            "réception d’une image ou à des menaces.</li>"
            "<li>Les élèves nommeront des ressources d’aide, dont Cyberaide.ca, Jeunesse, J’écoute, les "
            "adultes de confiance et la police.</li></ul>",
        ),
        "materials": H(
            "<ul><li>The slides on the law</li>"
            "<li>The “Case studies” worksheet, one per group</li>"
            "<li>“Myth” and “Fact” cards, or a show of hands</li>"
            "<li>An anonymous question box</li></ul>",
            "<ul><li>Le diaporama sur la loi</li>"
            "<li>La fiche « Études de cas », une par équipe</li>"
            "<li>Des cartons « Mythe » et « Fait », ou un vote à main levée</li>"
            "<li>Une boîte à questions anonymes</li></ul>",
        ),
        "adult_preparation": True,
        "adult_preparation_note": T(
            "This lesson discusses intimate images, sextortion and the criminal law. Some students may have had "
            "images shared, may have shared someone else’s image, or may be under pressure right now. Read the whole "
            "plan, check your school board’s guidance on teaching about the law, and tell your school counsellor the "
            "date. Present the law accurately and without scare tactics, and never show or describe real images. If a "
            "student discloses harm, listen, do not investigate, and follow your school’s duty-to-report procedure; "
            "if a student is being threatened, treat it as urgent and involve your principal the same day.",
            "Cette leçon porte sur les images intimes, la sextorsion et le droit criminel. Des élèves ont peut-être "
            "vu leurs images partagées, ont peut-être partagé l’image de quelqu’un d’autre ou subissent peut-être "
            "de la pression en ce moment. Lisez tout le plan, vérifiez les consignes de votre organisation scolaire "
            "sur l’enseignement du droit, et informez le personnel d’orientation de la date. Présentez la loi avec "
            "exactitude et sans chercher à faire peur, et ne montrez ni ne décrivez jamais de vraies images. Si une "
            "ou un élève vous confie qu’on lui fait du mal, écoutez, n’enquêtez pas et suivez la procédure de "
            "signalement obligatoire de votre école ; si une ou un élève reçoit des menaces, traitez la situation "
            "comme une "
            "urgence et informez la direction le jour même.",
        ),
        "activities": [
            {
                "title": T("Myth or fact?", "Mythe ou fait ?"),
                "minutes": 15,
                "instructions": H(
                    "<p>Read each statement. Students vote “myth” or “fact”, then discuss.</p>"
                    "<ol><li>“Most teens send nudes.” Myth: most do not, even if it can seem that way.</li>"
                    "<li>“If you sent a picture first, it is your fault if it gets shared.” Myth: the person who "
                    "shares it without consent is responsible.</li>"
                    "<li>“Sharing someone’s intimate image without their consent is a "
                    "crime in Canada, at any age.” Fact.</li>"
                    "<li>“Once a picture is online, nothing can be done.” Myth: reporting to platforms and to "
                    "Cybertip.ca can get images removed.</li>"
                    "<li>“Paying someone who threatens to share your pictures makes the problem go away.” Myth: it "
                    "usually leads to more demands.</li></ol>",
                    "<p>Lisez chaque énoncé. Les élèves votent « mythe » ou « fait », puis en discutent.</p>"
                    "<ol><li>« La plupart des ados envoient des photos intimes. » Mythe : la plupart ne le font pas, "
                    "même si on peut avoir cette impression.</li>"
                    "<li>« Si tu as envoyé une photo en premier, c’est ta faute si elle est partagée. » Mythe : c’est "
                    "la personne qui la partage sans consentement qui est responsable.</li>"
                    "<li>« Au Canada, partager l’image intime de quelqu’un sans son consentement est "
                    "un crime, peu importe l’âge. » Fait.</li>"
                    "<li>« Une fois qu’une photo est en ligne, il n’y a plus rien à faire. » Mythe : un signalement "
                    "aux plateformes et à Cyberaide.ca peut permettre de faire retirer des images.</li>"
                    "<li>« Payer une personne qui menace de diffuser tes photos règle le problème. » Mythe : ça "
                    "entraîne habituellement d’autres exigences.</li></ol>",
                ),
            },
            {
                "title": T("What the law says, and why", "Ce que dit la loi, et pourquoi"),
                "minutes": 20,
                "instructions": H(
                    "<p>Present the slides, pausing for questions. Cover four points:</p>"
                    "<ol><li>Distributing an intimate image of anyone without their consent is a crime under the "
                    "Criminal Code, whatever the ages of the people involved.</li>"
                    "<li>Making, possessing or sharing sexual images of anyone under 18 is a serious crime. Courts "
                    "recognize a narrow exception for private images made and kept by young people in a consenting "
                    "relationship, but it ends the moment an image is shared.</li>"
                    "<li>Threatening to share someone’s images to get money, images or anything else "
                    "is extortion, and using the internet to communicate with a young person in order "
                    "to sexually exploit them is luring.</li>"
                    "<li>The age of consent to sexual activity is 16, with close-in-age exceptions, and 18 when the "
                    "other person is in a position of trust or authority.</li></ol>"
                    "<p>Ask: “Who are these laws designed to protect?” Emphasize that police and schools focus on "
                    "protecting young people who are harmed, and that police often use education rather than charges "
                    "with young people who made a mistake.</p>",
                    "<p>Présentez le diaporama en faisant des pauses pour les questions. Abordez quatre points :</p>"
                    "<ol><li>Distribuer l’image intime d’une personne sans son consentement est un crime au sens du "
                    "Code criminel, peu importe l’âge des personnes en cause.</li>"
                    "<li>Produire, posséder ou partager des images sexuelles d’une personne de moins de "
                    "18 ans est un crime grave. Les tribunaux reconnaissent une exception limitée pour les "
                    "images privées créées et conservées par des jeunes dans une relation consentie, mais "
                    "elle cesse dès qu’une image est partagée.</li>"
                    "<li>Menacer de diffuser les images de quelqu’un pour obtenir de l’argent, des images ou quoi que "
                    "ce soit d’autre, c’est de l’extorsion, et communiquer avec une personne mineure par Internet dans "
                    "le but de "
                    "l’exploiter sexuellement, c’est du leurre d’enfants.</li>"
                    "<li>L’âge du consentement aux activités sexuelles est de 16 ans, avec des exceptions "
                    "pour les partenaires proches en âge, et de 18 ans quand l’autre personne est en "
                    "situation de confiance ou d’autorité.</li></ol>"
                    "<p>Demandez : « Qui ces lois cherchent-elles à protéger ? » Insistez sur le fait que la "
                    "police et les écoles se concentrent sur la protection des jeunes victimes, "
                    "et que la police mise souvent sur la sensibilisation plutôt que sur des accusations avec "
                    "les jeunes qui ont commis une erreur.</p>",
                ),
            },
            {
                "title": T("Case studies", "Études de cas"),
                "minutes": 25,
                "instructions": H(
                    "<p>Give each group one case from the worksheet. All cases are fictional.</p>"
                    "<ol><li>Maya’s ex-boyfriend forwards a private photo she sent him "
                    "to a group chat after they break up.</li>"
                    "<li>Alex receives that photo in the group chat and is unsure what to do.</li>"
                    "<li>Sam, 16, is contacted by an account that demands money and threatens to "
                    "send a photo to his followers.</li></ol>"
                    "<p>Groups answer: Who is responsible for the harm? What can each person do now? Who can help? "
                    "Each group reports back in two minutes. Make sure every discussion ends with the supports: a "
                    "trusted adult, Cybertip.ca, Kids Help Phone, and 911 if someone is in danger.</p>",
                    "<p>Remettez à chaque équipe un cas de la fiche. Tous les cas sont fictifs.</p>"
                    "<ol><li>Après leur rupture, l’ex de Maya transfère dans une conversation de groupe une "
                    "photo privée qu’elle lui avait envoyée.</li>"
                    "<li>Alex reçoit cette photo dans la conversation de groupe et ne sait pas que faire.</li>"
                    "<li>Sam, 16 ans, est contacté par un compte qui exige de l’argent et menace "
                    "d’envoyer une photo à ses abonnés.</li></ol>"
                    "<p>Les équipes répondent aux questions suivantes : Qui est responsable du tort causé ? Que peut "
                    "faire chaque personne maintenant ? Qui peut aider ? Chaque équipe présente ses réponses en deux "
                    "minutes. Assurez-vous que chaque discussion se termine par les ressources d’aide : un adulte de "
                    "confiance, Cyberaide.ca, Jeunesse, J’écoute, et le 911 si quelqu’un est en danger.</p>",
                ),
            },
            {
                "title": T("My plan", "Mon plan"),
                "minutes": 15,
                "instructions": H(
                    "<ol><li>Individually, students complete the last part of the worksheet: what "
                    "they would do if pressured for an image, if they received someone else’s "
                    "image, and if someone threatened them.</li>"
                    "<li>Invite volunteers to share one upstander action, such as refusing to forward an image "
                    "and telling the group chat to stop.</li>"
                    "<li>Close by repeating that it is never the fault of the person who is pressured "
                    "or threatened, and that help is available any time: Kids Help Phone at "
                    "1-800-668-6868 or by texting 686868.</li></ol>",
                    "<ol><li>Individuellement, les élèves remplissent la dernière partie de la fiche : ce qu’ils "
                    "feraient si on leur mettait de la pression pour obtenir une image, s’ils recevaient l’image de "
                    "quelqu’un d’autre et si quelqu’un les menaçait.</li>"
                    "<li>Invitez des volontaires à nommer un geste de témoin actif, comme refuser de transférer une "
                    "image et demander au groupe d’arrêter.</li>"
                    "<li>Concluez en répétant que ce n’est jamais la faute de la personne qui subit de la pression "
                    "ou des menaces, et que de l’aide est offerte en tout temps : Jeunesse, J’écoute au "
                    "1-800-668-6868 ou par texto au 686868.</li></ol>",
                ),
            },
        ],
        "assessment": H(
            "<p>Assess the case study presentations for accurate use of the law and for responses that do not blame "
            "the person harmed. Collect the personal plans, without grading their content, to check that each "
            "includes at least one trusted adult and one reporting option.</p>",
            "<p>Évaluez les présentations des études de cas selon l’exactitude de l’information juridique "
            "et l’absence de blâme envers la victime. Ramassez les plans personnels, "
            "sans en noter le contenu, pour vérifier que chacun comprend au moins un adulte de confiance "
            "et une façon de faire un signalement.</p>",
        ),
        "take_home": H(
            "<p>Students share the myth-or-fact statements with a parent or caregiver and ask which ones surprised "
            "them. Families can read our guide for parents on sextortion and agree that, if something happens, the "
            "first step is to talk, not to punish.</p>",
            "<p>Les élèves présentent les énoncés « mythe ou fait » à un parent ou à une personne "
            "responsable et lui demandent lesquels l’ont surpris. La famille peut lire notre guide "
            "sur la sextorsion destiné aux parents et convenir que, si quelque chose arrive, la "
            "première étape est de se parler, et non de punir.</p>",
        ),
        "downloads": [
            {
                "kind": "lesson-plan",
                "title": T(
                    "Lesson plan: Intimate images, consent and the law in Canada",
                    "Plan de leçon : Images intimes, consentement et loi au Canada",
                ),
                "text": T(
                    "Grades 9 to 12. Duration: 75 minutes. Sensitive topic: read the adult preparation note first.\n\n"
                    "1. Myth or fact? (15 minutes)\n"
                    "Five statements about nudes, sharing and sextortion. Vote, then discuss.\n"
                    "2. What the law says, and why (20 minutes)\n"
                    "Non-consensual sharing of intimate images; images of anyone under "
                    "18; extortion and luring; age of consent.\n"
                    "Key question: who are these laws designed to protect?\n"
                    "3. Case studies (25 minutes)\n"
                    "Maya, Alex and Sam. Who is responsible? What can each person do? Who can help?\n"
                    "4. My plan (15 minutes)\n"
                    "Students plan their response to pressure, to receiving an image and to threats.\n\n"
                    "Never show or describe real images.\n"
                    "If a student discloses harm: listen, do not investigate, follow your duty-to-report procedure.\n"
                    "Help: Kids Help Phone 1-800-668-6868 or text 686868. Report: Cybertip.ca. Emergency: 911.",
                    "De la 9e à la 12e année. Durée : 75 minutes. Sujet délicat"
                    " : lisez d’abord la note de préparation.\n\n"
                    "1. Mythe ou fait ? (15 minutes)\n"
                    "Cinq énoncés sur les photos intimes, le partage et la sextorsion. Voter, puis discuter.\n"
                    "2. Ce que dit la loi, et pourquoi (20 minutes)\n"
                    "Le partage non consensuel d’images intimes ; les images de personnes de moins de 18 ans ; "
                    "l’extorsion et le leurre ; l’âge du consentement.\n"
                    "Question clé : qui ces lois cherchent-elles à protéger ?\n"
                    "3. Études de cas (25 minutes)\n"
                    "Maya, Alex et Sam. Qui est responsable ? Que peut faire chaque personne ? Qui peut aider ?\n"
                    "4. Mon plan (15 minutes)\n"
                    "Les élèves planifient leur réaction à la pression, à la réception d’une image et aux menaces.\n\n"
                    "Ne montrez ni ne décrivez jamais de vraies images.\n"
                    "Si une ou un élève vous confie qu’on lui fait du mal : écoutez, n’enquêtez pas, suivez "
                    "la procédure de signalement obligatoire.\n"
                    "Aide : Jeunesse, J’écoute, 1-800-668-6868 ou texto au 686868. "
                    "Signalement : Cyberaide.ca. Urgence : 911.",
                ),
            },
            {
                "kind": "worksheet",
                "title": T("Worksheet: Case studies and my plan", "Fiche d’activité : Études de cas et mon plan"),
                "text": T(
                    "All cases are fictional.\n\n"
                    "Case 1. Maya’s ex-boyfriend forwards a private photo she sent "
                    "him to a group chat after they break up.\n"
                    "Case 2. Alex receives that photo in the group chat and is unsure what to do.\n"
                    "Case 3. Sam, 16, is contacted by an account that demands money and "
                    "threatens to send a photo to his followers.\n\n"
                    "Our case: ______\n"
                    "Who is responsible for the harm? ____________________\n"
                    "What can each person do now? ____________________\n"
                    "Who can help? ____________________\n\n"
                    "My plan\n"
                    "If someone pressures me for an image, I will: ____________________\n"
                    "If I receive someone else’s image, I will: ____________________\n"
                    "If someone threatens to share my image, I will: ____________________\n"
                    "A trusted adult I can talk to: ____________________\n"
                    "Report: Cybertip.ca. Kids Help Phone: 1-800-668-6868 or text 686868. Emergency: 911.",
                    "Tous les cas sont fictifs.\n\n"
                    "Cas 1. Après leur rupture, l’ex de Maya transfère dans une conversation de groupe une "
                    "photo privée qu’elle lui avait envoyée.\n"
                    "Cas 2. Alex reçoit cette photo dans la conversation de groupe et ne sait pas que faire.\n"
                    "Cas 3. Sam, 16 ans, est contacté par un compte qui exige de l’argent et "
                    "menace d’envoyer une photo à ses abonnés.\n\n"
                    "Notre cas : ______\n"
                    "Qui est responsable du tort causé ? ____________________\n"
                    "Que peut faire chaque personne maintenant ? ____________________\n"
                    "Qui peut aider ? ____________________\n\n"
                    "Mon plan\n"
                    "Si quelqu’un me met de la pression pour obtenir une image, je vais : ____________________\n"
                    "Si je reçois l’image de quelqu’un d’autre, je vais : ____________________\n"
                    "Si quelqu’un menace de diffuser mon image, je vais : ____________________\n"
                    "Un adulte de confiance à qui je peux parler : ____________________\n"
                    "Signalement : Cyberaide.ca. Jeunesse, J’écoute : 1-800-668-6868 ou texto au 686868. Urgence : "
                    "911.",
                ),
            },
            {
                "kind": "slides",
                "title": T(
                    "Slides: What the law says about intimate images",
                    "Diaporama : Ce que dit la loi sur les images intimes",
                ),
                "text": T(
                    "Slide 1. Intimate images, consent and the law in Canada\n"
                    "Slide 2. Consent: ask first. No, or no answer, means no. A yes to send is not a yes to share.\n"
                    "Slide 3. Sharing an intimate image without consent is a crime, at "
                    "any age (Criminal Code, section 162.1).\n"
                    "Slide 4. Sexual images of anyone under 18 are illegal to "
                    "make, possess or share (section 163.1).\n"
                    "Slide 5. A narrow exception covers private images between young people in a consenting "
                    "relationship. It ends when an image is shared.\n"
                    "Slide 6. Threatening to share images to get money or more images is extortion (section 346).\n"
                    "Slide 7. Communicating online with a young person to sexually "
                    "exploit them is luring (section 172.1).\n"
                    "Slide 8. Age of consent: 16, with close-in-age exceptions; 18 with a "
                    "person in a position of trust or authority.\n"
                    "Slide 9. These laws exist to protect young people. It is never the fault of "
                    "the person who is pressured or threatened.\n"
                    "Slide 10. Get help: a trusted adult, online reporting at Cybertip.ca, Kids Help Phone "
                    "1-800-668-6868 "
                    "or text 686868, and 911 in an emergency.",
                    "Diapositive 1. Images intimes, consentement et loi au Canada\n"
                    "Diapositive 2. Le consentement : on demande d’abord. Un non, ou une absence de réponse, veut "
                    "dire non. Accepter d’envoyer, ce n’est pas accepter que ce soit partagé.\n"
                    "Diapositive 3. Partager une image intime sans consentement est un crime, peu "
                    "importe l’âge (Code criminel, article 162.1).\n"
                    "Diapositive 4. Il est illégal de produire, de posséder ou de partager des images sexuelles d’une "
                    "personne de moins de 18 ans (article 163.1).\n"
                    "Diapositive 5. Une exception limitée vise les images privées entre jeunes dans une relation "
                    "consentie. Elle cesse dès qu’une image est partagée.\n"
                    "Diapositive 6. Menacer de diffuser des images pour obtenir de l’argent ou d’autres "
                    "images, c’est de l’extorsion (article 346).\n"
                    "Diapositive 7. Communiquer en ligne avec une personne mineure dans le but de l’exploiter "
                    "sexuellement, c’est du leurre (article 172.1).\n"
                    "Diapositive 8. Âge du consentement : 16 ans, avec des exceptions pour les partenaires proches en "
                    "âge ; 18 ans avec une personne en situation de confiance ou d’autorité.\n"
                    "Diapositive 9. Ces lois existent pour protéger les jeunes. Ce n’est jamais la faute de la "
                    "personne qui subit de la pression ou des menaces.\n"
                    "Diapositive 10. Obtenir de l’aide : un adulte de confiance, le signalement en ligne à "
                    "Cyberaide.ca, "
                    "Jeunesse, J’écoute au "
                    "1-800-668-6868 ou par texto au 686868, et le 911 en cas d’urgence.",
                ),
            },
        ],
    },
]
