"""Demo content of the print catalogue: printed resources with their editions, and police agencies."""

from website.bilingual import H, T

CATALOGUE = {
    "slug": T("print-resources", "ressources-imprimees"),
    "title": T("Printed resources", "Ressources imprimées"),
    "summary": T(
        "Brochures, posters, booklets, wallet cards and bookmarks on preventing the online sexual exploitation of "
        "children, in English, in French and in bilingual editions.",
        "Des dépliants, des affiches, des livrets, des cartes de poche et des signets pour prévenir l’exploitation "
        "sexuelle des enfants en ligne, en français, en anglais et en version bilingue.",
    ),
    "intro": T(
        "Police services across Canada can order printed copies of our resources free of charge, to hand out in "
        "schools, at community events and to the families they meet. Anyone can download the PDF of every "
        "resource to read, print or share: it has the same text as the printed piece.",
        "Les services de police de partout au Canada peuvent commander gratuitement des exemplaires imprimés de "
        "nos ressources pour les distribuer dans les écoles, lors d’événements communautaires et aux familles "
        "qu’ils rencontrent. Tout le monde peut télécharger le PDF de chaque ressource pour le lire, l’imprimer "
        "ou le diffuser : son texte est le même que celui de la version imprimée.",
    ),
}


# Print formats: brochure, poster, booklet, card, bookmark. Audiences and topics use the codes and slugs of
# education.demo_data. Each edition is one printed version of a resource: "en", "fr" or "bilingual";
# quantities are in copies, and always a multiple of the pack size.
RESOURCES = [
    {
        "slug": T("sextortion-how-to-help-your-child", "sextorsion-comment-aider-votre-enfant"),
        "title": T("Sextortion: how to help your child", "Sextorsion : comment aider votre enfant"),
        "summary": T(
            "A brochure for parents and caregivers: how sextortion works, the warning signs, and the first steps "
            "to take if your child is being threatened.",
            "Un dépliant pour les parents et les personnes responsables : comment fonctionne la sextorsion, "
            "les signaux d’alarme et les premières choses à faire si votre enfant est menacé.",
        ),
        "description": H(
            "<p>This brochure explains sextortion in plain language: how offenders make contact through social "
            "media, games and chat apps, how quickly the threats escalate, and why young people so often stay "
            "silent out of shame or fear.</p>"
            "<p>Its centre panels walk parents through the first hour: stay calm, do not pay, stop replying but "
            "keep the messages, report to Cybertip.ca or the police, and remind their child that it is not their "
            "fault. The back panel lists where young people and families can find support, day and night.</p>"
            "<p>Officers hand it out at parent information evenings, add it to the package given to families after "
            "a report, and leave copies at community centres, libraries and family doctors’ offices.</p>",
            "<p>Ce dépliant explique la sextorsion en langage clair : comment les personnes malintentionnées "
            "établissent le "
            "contact dans les réseaux sociaux, les jeux et les applications de clavardage, à quelle vitesse les "
            "menaces s’intensifient, et pourquoi les jeunes se taisent si souvent par honte ou par peur.</p>"
            "<p>Ses volets centraux guident les parents dans la première heure : rester calme, ne pas payer, "
            "cesser de répondre tout en conservant les messages, faire un signalement à Cyberaide.ca ou à la "
            "police, et rappeler à l’enfant que ce n’est pas sa faute. Le volet arrière indique où les jeunes et "
            "les familles peuvent trouver du soutien, jour et nuit.</p>"
            "<p>Les membres des services de police le remettent lors des soirées d’information pour les parents, "
            "l’ajoutent à la trousse remise aux familles après un signalement et en laissent des exemplaires dans "
            "les centres communautaires, les bibliothèques et les cabinets de médecins de famille.</p>",
        ),
        "print_format": "brochure",
        "size": T("8.5 × 11 in, folded to 3.7 × 8.5 in", "8,5 × 11 po, plié en 3,7 × 8,5 po"),
        "page_count": 6,
        "audiences": ["parents"],
        "topics": ["sextortion", "sharing-intimate-images", "reporting-and-getting-help"],
        "pdf_text": T(
            "SEXTORTION: HOW TO HELP YOUR CHILD\n"
            "Sextortion is blackmail. Someone threatens to share sexual images of a young person unless they "
            "send money or more images.\n"
            "It can start with a friendly message in a game, an app or on social media, and turn into threats "
            "within hours.\n"
            "Any young person can be targeted. It is never their fault.\n\n"
            "WARNING SIGNS\n"
            "- Sudden fear, anxiety or withdrawal after being online\n"
            "- Avoiding their phone, or being unable to put it down\n"
            "- Asking for money or gift cards without a clear reason\n"
            "- Deleting accounts, or avoiding school and friends\n\n"
            "IF YOUR CHILD COMES TO YOU\n"
            "1. Stay calm. Thank them for telling you.\n"
            "2. Do not pay or send anything. Paying rarely ends the threats.\n"
            "3. Stop replying, but do not delete the account or the messages.\n"
            "4. Take screenshots of the messages, usernames and profile links. Never save or forward sexual "
            "images.\n"
            "5. Report it online at Cybertip.ca or to your local police.\n"
            "6. Stay close. Check in with your child over the next days and weeks.\n\n"
            "GET HELP\n"
            "In an emergency, call 911.\n"
            "Report online sexual exploitation and get help having images removed: Cybertip.ca.\n"
            "Kids Help Phone: 1-800-668-6868 or text 686868, any time.\n"
            "Northbridge Child Protection Foundation – northbridge.example",
            "SEXTORSION : COMMENT AIDER VOTRE ENFANT\n"
            "La sextorsion, c’est du chantage. Une personne menace de diffuser des images sexuelles d’une ou d’un "
            "jeune pour lui soutirer de l’argent ou d’autres images.\n"
            "Tout peut commencer par un message amical dans un jeu, une application ou un réseau social, et "
            "tourner aux menaces en quelques heures.\n"
            "N’importe quel jeune peut être ciblé. Ce n’est jamais sa faute.\n\n"
            "LES SIGNAUX D’ALARME\n"
            "- De la peur, de l’anxiété ou un repli soudain après avoir été en ligne\n"
            "- Éviter son téléphone, ou être incapable de le lâcher\n"
            "- Demander de l’argent ou des cartes-cadeaux sans raison claire\n"
            "- Supprimer ses comptes, ou éviter l’école et ses amies et amis\n\n"
            "SI VOTRE ENFANT SE CONFIE À VOUS\n"
            "1. Restez calme. Remerciez votre enfant de vous en avoir parlé.\n"
            "2. Ne payez pas et n’envoyez rien. Payer met rarement fin aux menaces.\n"
            "3. Cessez de répondre, mais ne supprimez ni le compte ni les messages.\n"
            "4. Faites des captures d’écran des messages, des noms d’utilisateur et des liens vers les profils. "
            "N’enregistrez et ne transférez jamais d’images sexuelles.\n"
            "5. Signalez la situation en ligne à Cyberaide.ca ou à votre service de police local.\n"
            "6. Restez à ses côtés. Prenez de ses nouvelles dans les jours et les semaines qui suivent.\n\n"
            "OBTENIR DE L’AIDE\n"
            "En cas d’urgence, composez le 911.\n"
            "Signaler l’exploitation sexuelle en ligne et obtenir de l’aide pour faire retirer des images : "
            "Cyberaide.ca.\n"
            "Jeunesse, J’écoute : 1-800-668-6868 ou texto au 686868, en tout temps.\n"
            "Fondation Northbridge pour la protection de l’enfance – northbridge.example",
        ),
        "editions": [
            {
                "language": "en",
                "sku": "NB-SXT-BR-EN",
                "pack_size": 50,
                "max_per_order": 1000,
                "stock": 6400,
                "low_stock_threshold": 1000,
            },
            {
                "language": "fr",
                "sku": "NB-SXT-BR-FR",
                "pack_size": 50,
                "max_per_order": 1000,
                "stock": 3200,
                "low_stock_threshold": 1000,
            },
        ],
    },
    {
        "slug": T("online-grooming-know-the-signs", "pedopiegeage-en-ligne-reconnaitre-les-signes"),
        "title": T("Online grooming: know the signs", "Pédopiégeage en ligne : reconnaître les signes"),
        "summary": T(
            "How adults build a child’s trust online in order to exploit them, the warning signs at home, and "
            "simple family habits that make grooming harder.",
            "Comment des adultes gagnent la confiance d’un enfant en ligne pour l’exploiter, les signaux d’alarme "
            "à la maison et de simples habitudes familiales qui rendent le pédopiégeage plus difficile.",
        ),
        "description": H(
            "<p>Grooming rarely looks dangerous at first. This brochure describes its usual stages, from flattery, "
            "gifts and game currency to requests for secrecy and a move to a private app, so that parents can "
            "recognize them early.</p>"
            "<p>It is written for parents and caregivers of children aged 8 to 14, the age when many children get "
            "their first phone or start playing online with people they do not know. Conversation starters and a "
            "short family technology agreement help parents turn worry into simple routines.</p>"
            "<p>Officers often hand it out with the sextortion brochure at school information nights, and "
            "community liaison officers keep copies for parents who ask what to watch for after an incident at "
            "school.</p>",
            "<p>Le pédopiégeage a rarement l’air dangereux au début. Ce dépliant en décrit les étapes habituelles, "
            "des compliments, des cadeaux et de la monnaie de jeu jusqu’aux demandes de garder le secret et au "
            "passage vers une application privée, pour que les parents puissent les reconnaître tôt.</p>"
            "<p>Il s’adresse aux parents et aux personnes responsables d’enfants de 8 à 14 ans, l’âge où "
            "beaucoup d’enfants reçoivent leur premier téléphone ou commencent à jouer en ligne avec des gens "
            "qu’ils ne connaissent pas. Des pistes pour amorcer la discussion et une courte entente familiale sur "
            "la technologie aident les parents à transformer leur inquiétude en habitudes simples.</p>"
            "<p>Les membres des services de police le distribuent souvent avec le dépliant sur la sextorsion lors des "
            "soirées d’information dans les écoles, et le personnel de liaison communautaire en garde "
            "des exemplaires pour les parents qui se demandent ce qu’il faut surveiller après un incident à "
            "l’école.</p>",
        ),
        "print_format": "brochure",
        "size": T("8.5 × 11 in, folded to 3.7 × 8.5 in", "8,5 × 11 po, plié en 3,7 × 8,5 po"),
        "page_count": 6,
        "audiences": ["parents"],
        "topics": ["online-grooming", "gaming-and-chat", "screen-time"],
        "pdf_text": T(
            "ONLINE GROOMING: KNOW THE SIGNS\n"
            "Grooming is when someone builds a child’s trust, online or in person, in order to sexually exploit "
            "them.\n"
            "Online, it often starts in games, chat apps and social media, where anyone can claim to be 13.\n\n"
            "HOW GROOMING OFTEN UNFOLDS\n"
            "- Attention and flattery: “You’re so mature for your age.”\n"
            "- Gifts: game currency, virtual items, gift cards\n"
            "- Secrecy: “Your parents wouldn’t understand.”\n"
            "- A move to a private app or a video call\n"
            "- Testing boundaries with jokes, dares or personal questions\n\n"
            "SIGNS TO WATCH FOR AT HOME\n"
            "- A new online friend your child will not talk about\n"
            "- Gifts, money or game items you cannot explain\n"
            "- Hiding the screen or switching apps when you walk in\n"
            "- Using devices late at night, or a second account\n\n"
            "FAMILY HABITS THAT HELP\n"
            "- Keep games and devices in shared spaces for younger children.\n"
            "- Set chat and privacy settings together, game by game.\n"
            "- Agree on one rule: no secrets with online friends.\n"
            "- Ask often: “Who do you play with? Has anyone made you uncomfortable?”\n\n"
            "IF YOU ARE WORRIED\n"
            "Do not confront the person or pose as your child. Keep the messages.\n"
            "Report it online at Cybertip.ca or to your local police. In an emergency, call 911.\n"
            "Northbridge Child Protection Foundation – northbridge.example",
            "PÉDOPIÉGEAGE EN LIGNE : RECONNAÎTRE LES SIGNES\n"
            "Le pédopiégeage, c’est quand une personne gagne la confiance d’un enfant, en ligne ou en personne, dans "
            "le "
            "but de l’exploiter sexuellement.\n"
            "En ligne, tout commence souvent dans les jeux, les applications de clavardage et les réseaux sociaux, "
            "où n’importe qui peut prétendre avoir 13 ans.\n\n"
            "COMMENT LE PÉDOPIÉGEAGE SE DÉROULE SOUVENT\n"
            "- De l’attention et des compliments : « Tu es tellement mature pour ton âge. »\n"
            "- Des cadeaux : monnaie de jeu, objets virtuels, cartes-cadeaux\n"
            "- Le secret : « Tes parents ne comprendraient pas. »\n"
            "- Le passage vers une application privée ou un appel vidéo\n"
            "- Des limites mises à l’épreuve par des blagues, des défis ou des questions personnelles\n\n"
            "LES SIGNES À SURVEILLER À LA MAISON\n"
            "- Une nouvelle connaissance en ligne dont votre enfant refuse de parler\n"
            "- Des cadeaux, de l’argent ou des objets de jeu que vous ne pouvez pas expliquer\n"
            "- Un écran qu’on cache ou une application qu’on ferme quand vous entrez dans la pièce\n"
            "- L’utilisation des appareils tard le soir, ou un deuxième compte\n\n"
            "DES HABITUDES FAMILIALES QUI AIDENT\n"
            "- Pour les plus jeunes, gardez les jeux et les appareils dans les pièces communes.\n"
            "- Réglez ensemble les paramètres de clavardage et de confidentialité, jeu par jeu.\n"
            "- Adoptez une règle : pas de secrets avec les gens rencontrés en ligne.\n"
            "- Demandez souvent : « Avec qui joues-tu ? Quelqu’un a-t-il déjà dit ou fait quelque chose qui te "
            "gênait ? »\n\n"
            "SI QUELQUE CHOSE VOUS INQUIÈTE\n"
            "N’affrontez pas la personne et ne vous faites pas passer pour votre enfant. Conservez les messages.\n"
            "Signalez la situation en ligne à Cyberaide.ca ou à votre service de police local. En cas d’urgence, "
            "composez "
            "le 911.\n"
            "Fondation Northbridge pour la protection de l’enfance – northbridge.example",
        ),
        "editions": [
            {
                "language": "en",
                "sku": "NB-GRM-BR-EN",
                "pack_size": 50,
                "max_per_order": 1000,
                "stock": 8500,
                "low_stock_threshold": 1000,
            },
            {
                "language": "fr",
                "sku": "NB-GRM-BR-FR",
                "pack_size": 50,
                "max_per_order": 1000,
                "stock": 750,
                "low_stock_threshold": 1000,
            },
        ],
    },
    {
        "slug": T("asked-for-a-nude-know-your-options", "on-te-demande-une-photo-intime-connais-tes-options"),
        "title": T("Asked for a nude? Know your options", "On te demande une photo intime ? Connais tes options"),
        "summary": T(
            "A brochure for teens on pressure to send intimate images: how to say no, what the law says, and what "
            "to do if an image of you is being shared.",
            "Un dépliant pour les ados sur la pression pour envoyer des images intimes : comment dire non, ce que "
            "dit la loi et que faire si une image de toi circule.",
        ),
        "description": H(
            "<p>Written for teens aged 13 to 17, this brochure talks about pressure to send nudes without "
            "lecturing or shaming. It helps young people recognize pressure, say no in their own words and "
            "respect other people’s boundaries.</p>"
            "<p>It explains in plain terms that sharing a sexual image of anyone under 18 is a crime in Canada, "
            "and that passing on anyone’s intimate image without their consent is harmful and illegal at any age. "
            "Above all, it tells young people what to do if an image of them is out there: they are not in trouble "
            "for asking for help, and images can often be taken down.</p>"
            "<p>School resource officers use it during classroom visits in grades 8 to 12 and leave copies in "
            "guidance offices and school health rooms, where students can pick one up discreetly.</p>",
            "<p>Conçu pour les ados de 13 à 17 ans, ce dépliant parle de la pression pour envoyer des photos "
            "intimes sans faire la morale ni culpabiliser. Il aide les jeunes à reconnaître la pression, à dire "
            "non dans leurs propres mots et à respecter les limites des autres.</p>"
            "<p>Il explique clairement qu’au Canada, partager une image sexuelle d’une personne de moins de "
            "18 ans est un crime, et que diffuser l’image intime de quelqu’un sans son consentement est blessant et "
            "illégal à tout âge. Surtout, il indique aux jeunes ce qu’il faut faire si une image d’eux circule : ils "
            "n’auront pas d’ennuis parce qu’ils demandent de l’aide, et il est souvent possible de faire retirer "
            "les images.</p>"
            "<p>Les membres des services de police affectés aux écoles l’utilisent lors de leurs visites en classe, de "
            "la "
            "8e à la 12e année, et en laissent des exemplaires au bureau d’orientation et à l’infirmerie de "
            "l’école, où les élèves peuvent en prendre un discrètement.</p>",
        ),
        "print_format": "brochure",
        "size": T("8.5 × 14 in, folded to 3.5 × 8.5 in", "8,5 × 14 po, plié en 3,5 × 8,5 po"),
        "page_count": 8,
        "audiences": ["youth"],
        "topics": ["sharing-intimate-images", "healthy-relationships", "reporting-and-getting-help"],
        "pdf_text": T(
            "ASKED FOR A NUDE? KNOW YOUR OPTIONS\n"
            "Getting asked for a nude can feel flattering, confusing or stressful. Whatever you feel, you get to "
            "decide.\n\n"
            "PRESSURE CAN LOOK LIKE\n"
            "- Asking again and again after you said no\n"
            "- “If you really liked me, you would.”\n"
            "- “Everyone does it.” or “I’ll delete it right away.”\n"
            "- Sending a picture first so you feel you owe one back\n\n"
            "WAYS TO SAY NO\n"
            "- “Not happening.”\n"
            "- “I’m not into that.”\n"
            "- Send a meme or a picture of your cat instead.\n"
            "- Leave the chat. You don’t owe anyone an explanation.\n\n"
            "KNOW THE LAW\n"
            "Sharing a sexual image of someone under 18 is a crime in Canada, even if they agreed to it.\n"
            "Sharing anyone’s intimate image without their consent is illegal at any age.\n"
            "If someone sends you an image of another person, don’t forward it or show it to anyone. Report it online "
            "at Cybertip.ca and tell a trusted adult.\n\n"
            "IF AN IMAGE OF YOU IS OUT THERE\n"
            "- It is not your fault, and you are not in trouble for asking for help.\n"
            "- Tell an adult you trust.\n"
            "- Report it online at Cybertip.ca and get help having the images taken down.\n"
            "- Talk to Kids Help Phone any time: 1-800-668-6868 or text 686868.\n"
            "Northbridge Child Protection Foundation – northbridge.example",
            "ON TE DEMANDE UNE PHOTO INTIME ? CONNAIS TES OPTIONS\n"
            "Se faire demander une photo intime, ça peut être flatteur, déroutant ou stressant. Peu importe ce que "
            "tu ressens, c’est toi qui décides.\n\n"
            "À QUOI PEUT RESSEMBLER LA PRESSION\n"
            "- Redemander encore et encore après que tu as dit non\n"
            "- « Si tu m’aimais vraiment, tu le ferais. »\n"
            "- « Tout le monde le fait. » ou « Je vais l’effacer tout de suite. »\n"
            "- T’envoyer une photo en premier pour te donner l’impression que tu lui en dois une\n\n"
            "DES FAÇONS DE DIRE NON\n"
            "- « Pas question. »\n"
            "- « Ça ne m’intéresse pas. »\n"
            "- Envoie plutôt un mème ou une photo de ton chat.\n"
            "- Quitte la conversation. Tu n’as pas à te justifier.\n\n"
            "CE QUE DIT LA LOI\n"
            "Au Canada, partager une image sexuelle d’une personne de moins de 18 ans est un crime, même si elle "
            "était d’accord.\n"
            "Partager l’image intime de quelqu’un sans son consentement est illégal à tout âge.\n"
            "Si quelqu’un t’envoie une image d’une autre personne, ne la transfère pas et ne la montre à personne. "
            "Signale-la en ligne à Cyberaide.ca et parles-en à un adulte de confiance.\n\n"
            "SI UNE IMAGE DE TOI CIRCULE\n"
            "- Ce n’est pas ta faute, et tu n’auras pas d’ennuis parce que tu demandes de l’aide.\n"
            "- Parles-en à un adulte en qui tu as confiance.\n"
            "- Fais un signalement en ligne à Cyberaide.ca et obtiens de l’aide pour faire retirer les images.\n"
            "- Parle à Jeunesse, J’écoute en tout temps : 1-800-668-6868 ou texto au 686868.\n"
            "Fondation Northbridge pour la protection de l’enfance – northbridge.example",
        ),
        "editions": [
            {
                "language": "en",
                "sku": "NB-SIM-BR-EN",
                "pack_size": 50,
                "max_per_order": 1000,
                "stock": 5500,
                "low_stock_threshold": 1000,
            },
            {
                "language": "fr",
                "sku": "NB-SIM-BR-FR",
                "pack_size": 50,
                "max_per_order": 1000,
                "stock": 4000,
                "low_stock_threshold": 1000,
            },
        ],
    },
    {
        "slug": T("when-a-student-tells-you", "quand-un-eleve-se-confie-a-vous"),
        "title": T(
            "When a student tells you: responding to online exploitation at school",
            "Quand une ou un élève se confie à vous : réagir à l’exploitation en ligne à l’école",
        ),
        "summary": T(
            "A brochure for teachers and school staff: how to respond, step by step, when a student discloses "
            "sextortion, grooming or an image being shared.",
            "Un dépliant pour le personnel enseignant et scolaire : comment réagir, étape par étape, quand un "
            "élève révèle une sextorsion, du pédopiégeage ou une image qui circule.",
        ),
        "description": H(
            "<p>Teachers, counsellors and other school staff are often the first adults a young person tells about "
            "sextortion, grooming or an image that is circulating. This brochure gives them a calm, step-by-step "
            "response that protects the student and does not compromise a police investigation.</p>"
            "<p>It covers how to listen without asking leading questions, why staff must never view, copy or "
            "forward an image, what to do when a sexual image is being shared among students, and how the duty "
            "to report applies. One panel helps principals plan support for the student in the days that "
            "follow.</p>"
            "<p>Officers bring it to staff meetings and professional development days, and give it to school "
            "administrators after an incident so that the whole team responds the same way.</p>",
            "<p>Le personnel enseignant, le personnel d’orientation et les autres membres du "
            "personnel scolaire sont souvent les premiers adultes à qui les jeunes parlent d’une sextorsion, de "
            "pédopiégeage ou d’une image qui circule. Ce dépliant leur propose une réponse calme, étape par étape, qui "
            "protège l’élève sans nuire à une enquête policière.</p>"
            "<p>Il explique comment écouter sans poser de questions suggestives, pourquoi le personnel ne doit "
            "jamais regarder, copier ni transférer une image, ce qu’il faut faire quand une image sexuelle circule "
            "entre "
            "élèves et comment s’applique l’obligation de signaler. Un volet aide la direction à planifier le "
            "soutien offert à l’élève dans les jours qui suivent.</p>"
            "<p>Les membres des services de police le présentent lors des réunions du personnel et des journées "
            "pédagogiques, et le remettent à la direction après un incident pour que toute l’équipe réagisse de "
            "la même façon.</p>",
        ),
        "print_format": "brochure",
        "size": T("8.5 × 11 in, folded to 3.7 × 8.5 in", "8,5 × 11 po, plié en 3,7 × 8,5 po"),
        "page_count": 6,
        "audiences": ["educators", "organizations"],
        "topics": ["reporting-and-getting-help", "sextortion", "sharing-intimate-images"],
        "pdf_text": T(
            "WHEN A STUDENT TELLS YOU\n"
            "Responding to online sexual exploitation at school\n\n"
            "A student may tell you that someone is threatening them, that an adult online is pressuring them, or "
            "that an image of them is being shared. How you respond in the first minutes matters.\n\n"
            "LISTEN\n"
            "- Stay calm and find a private place to talk.\n"
            "- Let the student tell you in their own words. Do not ask leading questions.\n"
            "- Thank them for telling you, and say: “This is not your fault.”\n"
            "- Do not promise to keep it secret. Explain who you need to tell and why.\n\n"
            "PROTECT\n"
            "- Never view, copy, download or forward a sexual image, not even to report it.\n"
            "- Do not search the student’s device. Police will advise on evidence.\n"
            "- Write down what the student said, in their words, with the date and time.\n\n"
            "REPORT\n"
            "- Follow your school’s duty-to-report procedure the same day.\n"
            "- Contact police if a student is being threatened or an adult is involved. If a student is in "
            "immediate danger, call 911.\n"
            "- Sexual images of young people can be reported online at Cybertip.ca to have them removed.\n\n"
            "SUPPORT\n"
            "- Inform the principal and the school counsellor.\n"
            "- Plan regular check-ins with the student over the following weeks.\n"
            "- Address rumours and sharing among students without naming anyone.\n"
            "- Students can reach Kids Help Phone at 1-800-668-6868 or by texting 686868.\n"
            "Northbridge Child Protection Foundation – northbridge.example",
            "QUAND UNE OU UN ÉLÈVE SE CONFIE À VOUS\n"
            "Réagir à l’exploitation sexuelle en ligne à l’école\n\n"
            "Une ou un élève pourrait vous confier recevoir des menaces, subir en ligne la pression d’un adulte "
            "ou apprendre qu’une image d’elle ou de lui circule. Votre réaction dans les premières minutes compte.\n\n"
            "ÉCOUTER\n"
            "- Restez calme et trouvez un endroit tranquille pour parler.\n"
            "- Laissez l’élève s’exprimer dans ses propres mots. Ne posez pas de questions suggestives.\n"
            "- Remerciez l’élève de vous en avoir parlé et dites-lui : « Ce n’est pas ta faute. »\n"
            "- Ne promettez pas de garder le secret. Expliquez-lui à qui vous devez en parler et pourquoi.\n\n"
            "PROTÉGER\n"
            "- Ne regardez, ne copiez, ne téléchargez et ne transférez jamais une image sexuelle, même pour la "
            "signaler.\n"
            "- Ne fouillez pas l’appareil de l’élève. La police vous conseillera au sujet des preuves.\n"
            "- Notez ce que l’élève a dit, dans ses mots, avec la date et l’heure.\n\n"
            "SIGNALER\n"
            "- Suivez la procédure de signalement obligatoire de votre école le jour même.\n"
            "- Communiquez avec la police si une ou un élève reçoit des menaces ou si un adulte est en cause. En cas "
            "de "
            "danger immédiat, composez le 911.\n"
            "- Les images sexuelles de jeunes peuvent être signalées en ligne à Cyberaide.ca pour les faire "
            "retirer.\n\n"
            "SOUTENIR\n"
            "- Informez la direction et la conseillère ou le conseiller d’orientation.\n"
            "- Prévoyez des suivis réguliers avec l’élève au cours des semaines suivantes.\n"
            "- Réagissez aux rumeurs et au partage entre élèves sans nommer personne.\n"
            "- Les élèves peuvent joindre Jeunesse, J’écoute au 1-800-668-6868 ou par texto au 686868.\n"
            "Fondation Northbridge pour la protection de l’enfance – northbridge.example",
        ),
        "editions": [
            {
                "language": "en",
                "sku": "NB-DSC-BR-EN",
                "pack_size": 50,
                "max_per_order": 500,
                "stock": 4000,
                "low_stock_threshold": 500,
            },
            {
                "language": "fr",
                "sku": "NB-DSC-BR-FR",
                "pack_size": 50,
                "max_per_order": 500,
                "stock": 2500,
                "low_stock_threshold": 500,
            },
        ],
    },
    {
        "slug": T("game-chat-play-it-safe", "jeux-en-ligne-clavarde-en-securite"),
        "title": T("Game chat: play it safe", "Jeux en ligne : clavarde en sécurité"),
        "summary": T(
            "A classroom poster for grades 4 to 6 that turns five game chat safety habits into power-ups.",
            "Une affiche de classe pour la 4e à la 6e année qui transforme cinq habitudes de sécurité dans le "
            "clavardage des jeux en bonus.",
        ),
        "description": H(
            "<p>A bright, game-themed classroom poster for grades 4 to 6 that turns five safety habits into "
            "“power-ups”: keep personal information private, be careful with friend requests, stay in the game "
            "instead of moving to a private chat, turn down gifts from strangers, and tell a trusted adult when "
            "something feels off.</p>"
            "<p>The tone is simple and positive. The poster does not try to scare children away from the games "
            "they enjoy; it shows them what to do when a chat turns strange. A blank line at the bottom lets "
            "teachers add the names of trusted adults at school.</p>"
            "<p>School liaison officers often leave a few copies after a classroom presentation on gaming safety, "
            "and many schools display it near computer labs and in the library.</p>",
            "<p>Une affiche de classe colorée, à l’allure d’un jeu vidéo, pour les élèves de la 4e à la "
            "6e année. Elle transforme cinq habitudes de sécurité en « bonus » : garder ses renseignements "
            "personnels pour soi, se méfier des demandes d’amitié, rester dans le jeu plutôt que de passer à une "
            "conversation privée, refuser les cadeaux de personnes inconnues, et en parler à un adulte de confiance "
            "quand "
            "quelque chose cloche.</p>"
            "<p>Le ton est simple et positif. L’affiche ne cherche pas à éloigner les enfants des jeux qu’ils "
            "aiment ; elle leur montre ce qu’il faut faire quand une conversation devient bizarre. Une ligne laissée "
            "en blanc "
            "au bas permet au personnel enseignant d’inscrire le nom des adultes de confiance de l’école.</p>"
            "<p>Les membres du personnel de liaison scolaire en laissent souvent quelques exemplaires après une "
            "présentation en classe sur la sécurité dans les jeux, et beaucoup d’écoles l’affichent près des "
            "laboratoires informatiques et à la bibliothèque.</p>",
        ),
        "print_format": "poster",
        "size": T("11 × 17 in", "11 × 17 po"),
        "page_count": 1,
        "audiences": ["youth", "educators"],
        "topics": ["gaming-and-chat", "privacy", "online-grooming"],
        "pdf_text": T(
            "GAME CHAT: PLAY IT SAFE\n"
            "Games are more fun when everyone plays fair. Use these 5 power-ups every time you play.\n\n"
            "POWER-UP 1: KEEP IT PRIVATE\n"
            "Your real name, school, address, age and photos stay offline. Pick a username that doesn’t give them "
            "away.\n"
            "POWER-UP 2: CHECK WHO’S THERE\n"
            "Only accept friend requests from people you know in real life. Anyone can pretend to be a kid.\n"
            "POWER-UP 3: STAY IN THE GAME\n"
            "If someone you met in a game asks you to chat in another app or on a video call, say no and tell an "
            "adult.\n"
            "POWER-UP 4: NO FREE GIFTS\n"
            "Free coins, skins or gift cards from someone you don’t know are a trick to make you feel you owe "
            "them.\n"
            "POWER-UP 5: TELL SOMEONE\n"
            "If a chat feels weird or scary, or someone asks you to keep a secret, stop playing and tell a trusted "
            "adult. You won’t be in trouble.\n\n"
            "My trusted adults at school: ______________________\n"
            "______________________\n\n"
            "You can also call Kids Help Phone: 1-800-668-6868\n"
            "Northbridge Child Protection Foundation – northbridge.example",
            "JEUX EN LIGNE : CLAVARDE EN SÉCURITÉ\n"
            "Les jeux sont plus amusants quand tout le monde joue franc jeu. Active ces 5 bonus chaque fois que tu "
            "joues.\n\n"
            "BONUS 1 : GARDE TES INFOS POUR TOI\n"
            "Ton vrai nom, ton école, ton adresse, ton âge et tes photos restent hors ligne. Choisis un pseudo qui "
            "ne les dévoile pas.\n"
            "BONUS 2 : VÉRIFIE QUI EST LÀ\n"
            "Accepte seulement les demandes d’amitié des gens que tu connais en vrai. N’importe qui peut faire "
            "semblant d’être un enfant.\n"
            "BONUS 3 : RESTE DANS LE JEU\n"
            "Si quelqu’un rencontré dans un jeu te propose de clavarder dans une autre application ou de faire un "
            "appel vidéo, dis non et parles-en à un adulte.\n"
            "BONUS 4 : PAS DE CADEAUX D’INCONNUS\n"
            "Des pièces, des objets virtuels ou des cartes-cadeaux offerts par une personne inconnue, c’est un piège "
            "pour que "
            "tu te sentes redevable.\n"
            "BONUS 5 : PARLES-EN\n"
            "Si une conversation te semble bizarre ou te fait peur, ou si quelqu’un te demande de garder un secret, "
            "arrête de jouer et parles-en à un adulte de confiance. Tu n’auras pas d’ennuis.\n\n"
            "Mes adultes de confiance à l’école : ______________________\n"
            "______________________\n\n"
            "Tu peux aussi appeler Jeunesse, J’écoute : 1-800-668-6868\n"
            "Fondation Northbridge pour la protection de l’enfance – northbridge.example",
        ),
        "editions": [
            {
                "language": "en",
                "sku": "NB-GCH-PO-EN",
                "pack_size": 10,
                "max_per_order": 50,
                "stock": 900,
                "low_stock_threshold": 50,
            },
            {
                "language": "fr",
                "sku": "NB-GCH-PO-FR",
                "pack_size": 10,
                "max_per_order": 50,
                "stock": 400,
                "low_stock_threshold": 50,
            },
        ],
    },
    {
        "slug": T("someone-threatening-you-online-help-is-here", "quelquun-te-menace-en-ligne-de-laide-existe"),
        "title": T("Someone threatening you online? Help is here.", "Quelqu’un te menace en ligne ? De l’aide existe."),
        "summary": T(
            "A poster for secondary schools and youth spaces that tells teens it is never their fault, what to do "
            "right away and where to get help.",
            "Une affiche pour les écoles secondaires et les lieux fréquentés par les jeunes qui rappelle aux ados "
            "que ce n’est jamais leur faute, ce qu’il faut faire tout de suite et où trouver de l’aide.",
        ),
        "description": H(
            "<p>A high-contrast poster written directly to teens. It names the situations young people find "
            "hardest to talk about, such as threats to share a picture, an adult who insists on secrecy or a "
            "friend who is in trouble, and tells them clearly that it is never their fault and that help "
            "exists.</p>"
            "<p>The poster lists Cybertip.ca, Kids Help Phone and 911, and leaves a line for the number of the "
            "local police service or the name of a school counsellor. The bilingual edition is made for schools "
            "and public buildings in bilingual communities.</p>"
            "<p>Officers put it up where young people can read it without being seen: school washrooms, change "
            "rooms, the door of the guidance office and youth drop-in centres.</p>",
            "<p>Une affiche très contrastée qui s’adresse directement aux ados. Elle nomme les situations dont les "
            "jeunes ont le plus de mal à parler, comme des menaces de diffuser une photo, un adulte qui insiste "
            "pour garder le secret ou une amie ou un ami en difficulté, et leur dit clairement que ce n’est jamais "
            "leur faute "
            "et qu’il existe de l’aide.</p>"
            "<p>L’affiche indique Cyberaide.ca, Jeunesse, J’écoute et le 911, et laisse une ligne pour le numéro "
            "du service de police local ou le nom d’une conseillère ou d’un conseiller d’orientation. La version "
            "bilingue est conçue pour les écoles et les édifices publics des communautés bilingues.</p>"
            "<p>Les membres des services de police l’installent là où les jeunes peuvent la lire sans être vus : "
            "toilettes "
            "et vestiaires des écoles, porte du bureau d’orientation et maisons de jeunes.</p>",
        ),
        "print_format": "poster",
        "size": T("18 × 24 in", "18 × 24 po"),
        "page_count": 1,
        "audiences": ["youth"],
        "topics": ["sextortion", "online-grooming", "reporting-and-getting-help"],
        "pdf_text": T(
            "SOMEONE THREATENING YOU ONLINE?\n"
            "HELP IS HERE.\n\n"
            "Someone says they will share your pictures unless you pay or send more.\n"
            "An adult you met online wants you to keep your chats a secret.\n"
            "A friend told you something happened to them and you don’t know what to do.\n\n"
            "IT IS NEVER YOUR FAULT.\n"
            "The person making threats is the one committing a crime. Not you.\n\n"
            "WHAT TO DO\n"
            "- Stop replying. Don’t pay and don’t send anything.\n"
            "- Don’t delete anything. Take screenshots of the chat and the username.\n"
            "- Tell an adult you trust.\n"
            "- Report it online at Cybertip.ca or to the police.\n\n"
            "TALK TO SOMEONE NOW\n"
            "Kids Help Phone: 1-800-668-6868 or text 686868. Free, confidential, 24/7.\n"
            "In an emergency, call 911.\n"
            "Local police: ______________________\n"
            "Northbridge Child Protection Foundation – northbridge.example",
            "QUELQU’UN TE MENACE EN LIGNE ?\n"
            "DE L’AIDE EXISTE.\n\n"
            "Quelqu’un menace de diffuser tes photos si tu ne paies pas ou si tu n’en envoies pas d’autres.\n"
            "Un adulte rencontré en ligne veut que vos conversations restent secrètes.\n"
            "Une amie ou un ami t’a confié que quelque chose lui est arrivé et tu ne sais pas que faire.\n\n"
            "CE N’EST JAMAIS TA FAUTE.\n"
            "La personne qui fait des menaces commet un crime. Pas toi.\n\n"
            "QUE FAIRE\n"
            "- Arrête de répondre. Ne paie pas et n’envoie rien.\n"
            "- Ne supprime rien. Fais des captures d’écran de la conversation et du nom d’utilisateur.\n"
            "- Parles-en à un adulte en qui tu as confiance.\n"
            "- Fais un signalement en ligne à Cyberaide.ca ou à la police.\n\n"
            "PARLE À QUELQU’UN MAINTENANT\n"
            "Jeunesse, J’écoute : 1-800-668-6868 ou texto au 686868. Gratuit, confidentiel, 24 heures sur 24.\n"
            "En cas d’urgence, compose le 911.\n"
            "Police locale : ______________________\n"
            "Fondation Northbridge pour la protection de l’enfance – northbridge.example",
        ),
        "editions": [
            {
                "language": "en",
                "sku": "NB-HLP-PO-EN",
                "pack_size": 10,
                "max_per_order": 50,
                "stock": 650,
                "low_stock_threshold": 50,
            },
            {
                "language": "fr",
                "sku": "NB-HLP-PO-FR",
                "pack_size": 10,
                "max_per_order": 50,
                "stock": 300,
                "low_stock_threshold": 50,
            },
            {
                "language": "bilingual",
                "sku": "NB-HLP-PO-BI",
                "pack_size": 10,
                "max_per_order": 50,
                "stock": 40,
                "low_stock_threshold": 50,
            },
        ],
    },
    {
        "slug": T("if-someone-is-threatening-to-share-your-pictures", "si-quelquun-menace-de-partager-tes-photos"),
        "title": T("If someone is threatening to share your pictures", "Si quelqu’un menace de partager tes photos"),
        "summary": T(
            "A bilingual wallet card for teens who are being sextorted: four steps to take right now and where "
            "to get help.",
            "Une carte de poche bilingue pour les ados victimes de sextorsion : quatre choses à faire tout de "
            "suite et où trouver de l’aide.",
        ),
        "description": H(
            "<p>A discreet wallet card that fits behind a phone case or in a student card holder. One side gives "
            "a teen who is being sextorted four steps to follow right away; the other lists Cybertip.ca, Kids Help "
            "Phone and 911.</p>"
            "<p>The card is bilingual, with English and French on each side, so the same card can be handed to "
            "any student anywhere in Canada. Its first line, “It is not your fault”, is there on purpose: shame is "
            "what keeps most young people from asking for help.</p>"
            "<p>Officers hand it out after secondary school presentations and at youth events, and give it to any "
            "young person who has reported threats, so that help is at hand if the offender makes contact "
            "again.</p>",
            "<p>Une carte de poche discrète qui se glisse derrière l’étui d’un téléphone ou dans un porte-carte "
            "étudiant. Un côté indique à l’ado victime de sextorsion quatre choses à faire tout de suite ; l’autre "
            "présente Cyberaide.ca, Jeunesse, J’écoute et le 911.</p>"
            "<p>La carte est bilingue, avec le français et l’anglais de chaque côté, pour qu’on puisse la remettre "
            "à n’importe quel élève, partout au Canada. Sa première ligne, « Ce n’est pas ta faute », est là "
            "exprès : c’est la honte qui empêche la plupart des jeunes de demander de l’aide.</p>"
            "<p>Les membres des services de police la distribuent après leurs présentations dans les écoles "
            "secondaires "
            "et lors d’événements jeunesse, et la remettent à chaque jeune qui a signalé des menaces : "
            "si la personne qui fait du chantage reprend contact, l’aide est à portée de main.</p>",
        ),
        "print_format": "card",
        "size": T("3.5 × 2 in, printed on both sides", "3,5 × 2 po, imprimée recto verso"),
        "page_count": 1,
        "audiences": ["youth"],
        "topics": ["sextortion", "reporting-and-getting-help", "sharing-intimate-images"],
        "pdf_text": T(
            "IF SOMEONE IS THREATENING TO SHARE YOUR PICTURES\n"
            "It is not your fault. You are not alone.\n\n"
            "RIGHT NOW\n"
            "1. Stop replying. Do not pay and do not send anything.\n"
            "2. Don’t delete the chat. Take screenshots of the messages and the username.\n"
            "3. Then block the account and report it in the app.\n"
            "4. Tell an adult you trust. You will not be in trouble.\n\n"
            "GET HELP\n"
            "Cybertip.ca – report it and get help having images removed\n"
            "Kids Help Phone – 1-800-668-6868 or text 686868, any time\n"
            "In an emergency – call 911\n\n"
            "Feeling overwhelmed or hopeless? Reach out now.\n"
            "You matter, and this can get better.\n"
            "Northbridge Child Protection Foundation – northbridge.example",
            "SI QUELQU’UN MENACE DE PARTAGER TES PHOTOS\n"
            "Ce n’est pas ta faute. Tu n’as pas à vivre ça sans aide.\n\n"
            "TOUT DE SUITE\n"
            "1. Arrête de répondre. Ne paie pas et n’envoie rien.\n"
            "2. Ne supprime pas la conversation. Fais des captures d’écran des messages et du nom d’utilisateur.\n"
            "3. Ensuite, bloque le compte et signale-le dans l’application.\n"
            "4. Parles-en à un adulte en qui tu as confiance. Tu n’auras pas d’ennuis.\n\n"
            "OBTENIR DE L’AIDE\n"
            "Cyberaide.ca – fais un signalement et obtiens de l’aide pour faire retirer les images\n"
            "Jeunesse, J’écoute – 1-800-668-6868 ou texto au 686868, en tout temps\n"
            "En cas d’urgence – compose le 911\n\n"
            "Tout te semble trop lourd ou sans issue ? Demande de l’aide maintenant.\n"
            "Tu comptes, et ça peut s’améliorer.\n"
            "Fondation Northbridge pour la protection de l’enfance – northbridge.example",
        ),
        "editions": [
            {
                "language": "bilingual",
                "sku": "NB-THR-WC-BI",
                "pack_size": 100,
                "max_per_order": 2000,
                "stock": 24000,
                "low_stock_threshold": 2000,
            },
        ],
    },
    {
        "slug": T("if-your-child-tells-you", "si-votre-enfant-se-confie-a-vous"),
        "title": T(
            "If your child tells you something happened online",
            "Si votre enfant vous confie que quelque chose s’est passé en ligne",
        ),
        "summary": T(
            "A wallet card for parents and caregivers with the first things to say and do when a child discloses "
            "grooming, sextortion or an image being shared.",
            "Une carte de poche pour les parents et les personnes responsables : les premières choses à dire "
            "et à faire quand un enfant révèle du pédopiégeage, une sextorsion ou une image qui circule.",
        ),
        "description": H(
            "<p>When a child finally tells a parent that something happened online, the first reaction matters "
            "most. This wallet card keeps the essentials in a parent’s pocket: what to say, what not to do, how to "
            "keep evidence safely and where to report.</p>"
            "<p>It is meant as a reminder rather than a full guide, and points parents to our brochures and online "
            "guides for more. The language is short and calm, so that it can be read in a stressful moment.</p>"
            "<p>Officers give it out at parent information evenings and school open houses, and victim services "
            "staff slip it into the folder given to a family after a report.</p>",
            "<p>Quand un enfant confie enfin à un parent que quelque chose s’est passé en ligne, c’est la première "
            "réaction qui compte le plus. Cette carte de poche met l’essentiel à portée de main : ce qu’il faut dire, "
            "ce qu’il faut "
            "éviter, comment conserver les preuves de façon sûre et où faire un signalement.</p>"
            "<p>Elle sert d’aide-mémoire plutôt que de guide complet, et renvoie les parents à nos dépliants et à "
            "nos guides en ligne pour en savoir plus. Le texte est court et posé, pour qu’on puisse le lire dans "
            "un moment de stress.</p>"
            "<p>Les membres des services de police la distribuent lors des soirées d’information pour les parents et "
            "des "
            "journées portes ouvertes des écoles, et le personnel des services aux victimes la glisse dans la "
            "pochette remise à une famille après un signalement.</p>",
        ),
        "print_format": "card",
        "size": T("3.5 × 2 in, printed on both sides", "3,5 × 2 po, imprimée recto verso"),
        "page_count": 1,
        "audiences": ["parents"],
        "topics": ["reporting-and-getting-help", "online-grooming", "sextortion"],
        "pdf_text": T(
            "IF YOUR CHILD TELLS YOU SOMETHING HAPPENED ONLINE\n\n"
            "SAY\n"
            "“Thank you for telling me.”\n"
            "“This is not your fault.”\n"
            "“We will figure this out together.”\n\n"
            "DO\n"
            "- Stay calm and listen. Let your child tell you in their own words.\n"
            "- Keep the messages, usernames and profile links. Take screenshots.\n"
            "- Report it online at Cybertip.ca or to your local police.\n"
            "- Check in with your child over the days that follow.\n\n"
            "DON’T\n"
            "- Don’t blame, or take away their devices as a punishment.\n"
            "- Don’t confront the person or pose as your child online.\n"
            "- Don’t save, copy or forward any sexual image.\n\n"
            "In an emergency, call 911.\n"
            "Kids Help Phone: 1-800-668-6868 or text 686868\n"
            "More help for parents: northbridge.example",
            "SI VOTRE ENFANT VOUS CONFIE QUE QUELQUE CHOSE S’EST PASSÉ EN LIGNE\n\n"
            "DITES\n"
            "« Merci de m’en avoir parlé. »\n"
            "« Ce n’est pas ta faute. »\n"
            "« On va trouver une solution ensemble. »\n\n"
            "FAITES\n"
            "- Restez calme et écoutez. Laissez votre enfant raconter dans ses propres mots.\n"
            "- Conservez les messages, les noms d’utilisateur et les liens vers les profils. Faites des captures "
            "d’écran.\n"
            "- Signalez la situation en ligne à Cyberaide.ca ou à votre service de police local.\n"
            "- Prenez des nouvelles de votre enfant dans les jours qui suivent.\n\n"
            "ÉVITEZ\n"
            "- De le blâmer ou de lui retirer ses appareils pour le punir.\n"
            "- D’affronter la personne ou de vous faire passer pour votre enfant en ligne.\n"
            "- D’enregistrer, de copier ou de transférer une image sexuelle.\n\n"
            "En cas d’urgence, composez le 911.\n"
            "Jeunesse, J’écoute : 1-800-668-6868 ou texto au 686868\n"
            "Plus d’aide pour les parents : northbridge.example",
        ),
        "editions": [
            {
                "language": "en",
                "sku": "NB-TEL-WC-EN",
                "pack_size": 100,
                "max_per_order": 2000,
                "stock": 14000,
                "low_stock_threshold": 2000,
            },
            {
                "language": "fr",
                "sku": "NB-TEL-WC-FR",
                "pack_size": 100,
                "max_per_order": 2000,
                "stock": 1500,
                "low_stock_threshold": 2000,
            },
        ],
    },
    {
        "slug": T("safer-spaces", "des-milieux-plus-surs"),
        "title": T(
            "Safer spaces: a child protection guide for youth-serving organizations",
            "Des milieux plus sûrs : guide de protection de l’enfance pour les organismes jeunesse",
        ),
        "summary": T(
            "A 24-page booklet for sports clubs, camps, faith groups and other organizations: policies and "
            "everyday practices that protect children, online and in person.",
            "Un livret de 24 pages pour les clubs sportifs, les camps, les groupes confessionnels et les autres "
            "organismes : des politiques et des pratiques quotidiennes qui protègent les enfants, en ligne comme "
            "en personne.",
        ),
        "description": H(
            "<p>People who want to harm children look for settings where they can gain trust and time alone with "
            "a child. This booklet helps organizations that serve children and youth close those openings with "
            "clear, practical rules that protect both the children and the adults who work with them.</p>"
            "<p>It covers screening staff and volunteers, a code of conduct for electronic communication, photos "
            "and social media, how grooming can look inside a trusted organization, and what to do when a child, "
            "a parent or a colleague raises a concern. A checklist at the end helps boards and managers review "
            "their own policies.</p>"
            "<p>Officers who work with community partners give it to sports associations, day camps, faith "
            "communities and cadet corps during safety presentations, and to organizations reviewing their "
            "practices after a concern has been raised.</p>",
            "<p>Les personnes qui veulent faire du mal aux enfants recherchent des milieux où elles peuvent gagner "
            "la confiance d’un enfant et se retrouver seules avec lui. Ce livret aide les organismes au service des "
            "enfants et des jeunes à fermer ces portes grâce à des règles claires et pratiques, qui protègent à la "
            "fois les enfants et les adultes qui travaillent avec eux.</p>"
            "<p>Il traite de la présélection du personnel et des bénévoles, d’un code de conduite pour les "
            "communications électroniques, des photos et des réseaux sociaux, de ce à quoi le pédopiégeage peut "
            "ressembler au sein d’un organisme de confiance, et de ce qu’il faut faire quand un enfant, un parent ou "
            "un membre du "
            "personnel exprime une inquiétude. Une liste de vérification, à la fin, aide les conseils "
            "d’administration et les gestionnaires à revoir leurs propres politiques.</p>"
            "<p>Les membres des services de police qui travaillent avec les partenaires communautaires le remettent "
            "aux "
            "associations sportives, aux camps de jour, aux communautés religieuses et aux corps de cadets lors de "
            "présentations sur la sécurité, ainsi qu’aux organismes qui revoient leurs pratiques après qu’une "
            "inquiétude a été soulevée.</p>",
        ),
        "print_format": "booklet",
        "size": T("5.5 × 8.5 in, saddle-stitched", "5,5 × 8,5 po, piqué à cheval"),
        "page_count": 24,
        "audiences": ["organizations"],
        "topics": ["online-grooming", "reporting-and-getting-help", "privacy", "healthy-relationships"],
        "pdf_text": T(
            "SAFER SPACES\n"
            "A child protection guide for organizations that serve children and youth\n\n"
            "CONTENTS\n"
            "1. Why organizations matter (page 3)\n"
            "2. How grooming happens in trusted settings (page 5)\n"
            "3. Screening staff and volunteers (page 8)\n"
            "4. A code of conduct for online communication (page 11)\n"
            "5. Photos, videos and social media (page 14)\n"
            "6. Responding to concerns and disclosures (page 17)\n"
            "7. Reporting to police and child protection services (page 20)\n"
            "8. A checklist for your board or leadership team (page 22)\n\n"
            "KEY PRACTICES\n"
            "- Adults message youth in group channels that a parent or a second adult can see, never in private "
            "one-on-one conversations.\n"
            "- Messages are sent at reasonable hours and are about program activities.\n"
            "- Photos are taken only on the organization’s devices, with written consent, and never in change "
            "rooms or washrooms.\n"
            "- Gifts, special privileges and time alone with one child are avoided and discussed openly.\n"
            "- Every staff member and volunteer knows who to tell about a concern, and knows that they must "
            "report suspected abuse.\n\n"
            "IF YOU ARE CONCERNED ABOUT A CHILD\n"
            "If a child is in immediate danger, call 911.\n"
            "Report suspected abuse to the police or to child protection services. Report online sexual "
            "exploitation to Cybertip.ca.\n"
            "Northbridge Child Protection Foundation – northbridge.example",
            "DES MILIEUX PLUS SÛRS\n"
            "Guide de protection de l’enfance pour les organismes au service des enfants et des jeunes\n\n"
            "TABLE DES MATIÈRES\n"
            "1. Pourquoi les organismes ont un rôle à jouer (page 3)\n"
            "2. Comment le pédopiégeage se produit dans les milieux de confiance (page 5)\n"
            "3. La présélection du personnel et des bénévoles (page 8)\n"
            "4. Un code de conduite pour les communications en ligne (page 11)\n"
            "5. Les photos, les vidéos et les réseaux sociaux (page 14)\n"
            "6. Réagir aux inquiétudes et aux confidences (page 17)\n"
            "7. Faire un signalement à la police et aux services de protection de l’enfance (page 20)\n"
            "8. Une liste de vérification pour votre conseil d’administration ou votre équipe de direction "
            "(page 22)\n\n"
            "PRATIQUES ESSENTIELLES\n"
            "- Les adultes écrivent aux jeunes dans des groupes qu’un parent ou un deuxième adulte peut voir, "
            "jamais dans des conversations privées en tête-à-tête.\n"
            "- Les messages sont envoyés à des heures raisonnables et portent sur les activités du programme.\n"
            "- Les photos sont prises seulement avec les appareils de l’organisme, avec un consentement écrit, et "
            "jamais dans les vestiaires ou les toilettes.\n"
            "- On évite les cadeaux, les privilèges particuliers et les moments seul à seul avec un enfant, et on "
            "en parle ouvertement.\n"
            "- Chaque membre du personnel et chaque bénévole sait à qui faire part d’une inquiétude, et connaît son "
            "obligation de signaler tout soupçon de mauvais traitements.\n\n"
            "SI UN ENFANT VOUS INQUIÈTE\n"
            "Si un enfant est en danger immédiat, composez le 911.\n"
            "Signalez tout soupçon de mauvais traitements à la police ou aux services de protection de l’enfance. "
            "Signalez l’exploitation sexuelle en ligne à Cyberaide.ca.\n"
            "Fondation Northbridge pour la protection de l’enfance – northbridge.example",
        ),
        "editions": [
            {
                "language": "en",
                "sku": "NB-ORG-BK-EN",
                "pack_size": 25,
                "max_per_order": 200,
                "stock": 1800,
                "low_stock_threshold": 200,
            },
            {
                "language": "fr",
                "sku": "NB-ORG-BK-FR",
                "pack_size": 25,
                "max_per_order": 200,
                "stock": 625,
                "low_stock_threshold": 200,
            },
        ],
    },
    {
        "slug": T("me-and-my-body", "mon-corps-et-moi"),
        "title": T(
            "Me and my body: a family activity booklet on body safety",
            "Mon corps et moi : un cahier d’activités familial sur la sécurité corporelle",
        ),
        "summary": T(
            "A 16-page activity booklet for families with children aged 4 to 8: feelings, privacy, surprises and "
            "secrets, and the grown-ups a child can tell.",
            "Un cahier d’activités de 16 pages pour les familles d’enfants de 4 à 8 ans : les émotions, "
            "l’intimité, les surprises et les secrets, et les adultes à qui l’enfant peut parler.",
        ),
        "description": H(
            "<p>Parents often want to talk about body safety but do not know where to start. This colourful "
            "booklet makes it part of everyday family time, with short activities that a parent and a young child "
            "do together: colouring, matching games, a “my helping hand” page and a few questions to talk "
            "about.</p>"
            "<p>It uses calm, age-appropriate language: private parts are the parts covered by a bathing suit, "
            "surprises are fun to keep but worrying secrets should be told, and a child is never in trouble for "
            "telling. A page for adults at the back explains how to respond if a child shares something "
            "worrying.</p>"
            "<p>Officers bring it to kindergarten registration days, family resource centres and community fairs, "
            "and some teachers send it home after a body safety lesson.</p>",
            "<p>Les parents veulent souvent parler de sécurité corporelle sans savoir par où commencer. Ce cahier "
            "coloré l’intègre aux moments passés en famille grâce à de courtes activités qu’un parent et un jeune "
            "enfant font ensemble : des coloriages, des jeux d’association, une page « Ma main de confiance » et "
            "quelques questions pour en discuter.</p>"
            "<p>Il emploie un langage calme et adapté à l’âge de l’enfant : les parties intimes sont celles que "
            "couvre le maillot de bain, les surprises sont amusantes à garder mais on doit parler des secrets "
            "inquiétants, et en parler ne vaut jamais d’ennuis à un enfant. Une page pour les adultes, "
            "à la fin, explique comment réagir si un enfant confie quelque chose d’inquiétant.</p>"
            "<p>Les membres des services de police l’apportent aux journées d’inscription à la maternelle, dans les "
            "centres de ressources familiales et aux fêtes de quartier, et des membres du personnel "
            "enseignant l’envoient à la maison après une leçon sur la sécurité corporelle.</p>",
        ),
        "print_format": "booklet",
        "size": T("5.5 × 8.5 in, saddle-stitched", "5,5 × 8,5 po, piqué à cheval"),
        "page_count": 16,
        "audiences": ["parents", "educators"],
        "topics": ["body-safety", "healthy-relationships", "reporting-and-getting-help"],
        "pdf_text": T(
            "ME AND MY BODY\n"
            "A family activity booklet on body safety, for children aged 4 to 8 and the grown-ups who love them\n\n"
            "PAGE 2 – MY BODY IS MINE\n"
            "Colour the picture. Every part of your body has a name, and your body belongs to you.\n"
            "PAGE 4 – HOW DO I FEEL?\n"
            "Draw a line from each face to the feeling: happy, sad, scared, excited, uh-oh.\n"
            "PAGE 6 – PRIVATE PARTS\n"
            "Private parts are the parts of your body covered by a bathing suit. Nobody should touch them, ask to "
            "see them or take pictures of them, except to keep you clean or healthy, like a doctor with a parent "
            "there.\n"
            "PAGE 8 – SURPRISE OR SECRET?\n"
            "A surprise is fun and everyone finds out soon, like a birthday present. A secret that makes you feel "
            "worried is always okay to tell.\n"
            "PAGE 10 – MY HELPING HAND\n"
            "Trace your hand. On each finger, write or draw a grown-up you can tell.\n"
            "PAGE 12 – SAY NO, GO AWAY, TELL\n"
            "If something feels uh-oh, you can say no, go away and tell a grown-up you trust. Keep telling until "
            "someone helps.\n"
            "PAGE 14 – LET’S TALK\n"
            "Who are the grown-ups you can tell? What would you do if a game or a video made you feel uh-oh?\n\n"
            "FOR GROWN-UPS\n"
            "If a child tells you something worrying, stay calm, listen, thank them and tell them it is not their "
            "fault. Do not ask many questions. Contact your local police or child protection services. In an "
            "emergency, call 911.\n"
            "Northbridge Child Protection Foundation – northbridge.example",
            "MON CORPS ET MOI\n"
            "Un cahier d’activités familial sur la sécurité corporelle, pour les enfants de 4 à 8 ans et les "
            "adultes qui les aiment\n\n"
            "PAGE 2 – MON CORPS M’APPARTIENT\n"
            "Colorie le dessin. Chaque partie de ton corps a un nom, et ton corps t’appartient.\n"
            "PAGE 4 – COMMENT JE ME SENS ?\n"
            "Relie chaque visage à l’émotion : la joie, la tristesse, la peur, la hâte, « oh oh ».\n"
            "PAGE 6 – LES PARTIES INTIMES\n"
            "Les parties intimes sont les parties de ton corps couvertes par ton maillot de bain. Personne ne doit "
            "les toucher, demander à les voir ou les prendre en photo, sauf pour te garder propre ou en santé, "
            "comme un médecin en présence d’un parent.\n"
            "PAGE 8 – SURPRISE OU SECRET ?\n"
            "Une surprise, c’est amusant et tout le monde la découvre bientôt, comme un cadeau d’anniversaire. Un "
            "secret qui t’inquiète, tu as toujours le droit d’en parler.\n"
            "PAGE 10 – MA MAIN DE CONFIANCE\n"
            "Trace le contour de ta main. Sur chaque doigt, écris ou dessine un adulte à qui tu peux parler.\n"
            "PAGE 12 – DIRE NON, S’ÉLOIGNER, EN PARLER\n"
            "Si quelque chose te donne une sensation « oh oh », tu peux dire non, t’éloigner et en parler à un "
            "adulte de confiance. Continue d’en parler jusqu’à ce que quelqu’un t’aide.\n"
            "PAGE 14 – PARLONS-EN\n"
            "Qui sont les adultes à qui tu peux parler ? Que ferais-tu si un jeu ou une vidéo te donnait une "
            "sensation « oh oh » ?\n\n"
            "POUR LES ADULTES\n"
            "Si un enfant vous confie quelque chose d’inquiétant, restez calme, écoutez, remerciez l’enfant et "
            "dites-lui que ce n’est pas sa faute. Ne lui posez pas trop de questions. Communiquez avec votre "
            "service de police local ou avec les services de protection de l’enfance. En cas "
            "d’urgence, composez le 911.\n"
            "Fondation Northbridge pour la protection de l’enfance – northbridge.example",
        ),
        "editions": [
            {
                "language": "en",
                "sku": "NB-BOD-BK-EN",
                "pack_size": 25,
                "max_per_order": 200,
                "stock": 0,
                "low_stock_threshold": 200,
            },
            {
                "language": "fr",
                "sku": "NB-BOD-BK-FR",
                "pack_size": 25,
                "max_per_order": 200,
                "stock": 1100,
                "low_stock_threshold": 200,
            },
        ],
    },
    {
        "slug": T("my-trusted-adults-bookmark", "signet-mes-adultes-de-confiance"),
        "title": T("My trusted adults bookmark", "Signet « Mes adultes de confiance »"),
        "summary": T(
            "A bilingual bookmark for children aged 6 to 11, with space to write the names of five trusted adults "
            "and a simple plan: say no, go away, tell.",
            "Un signet bilingue pour les enfants de 6 à 11 ans, avec de l’espace pour écrire le nom de cinq "
            "adultes de confiance et un plan simple : dire non, s’éloigner, en parler.",
        ),
        "description": H(
            "<p>A sturdy bookmark that children fill in themselves with the names of five grown-ups they can talk "
            "to, at home, at school and in their community. The back reminds them of the difference between "
            "surprises and worrying secrets, and that they will never be in trouble for telling.</p>"
            "<p>Because children use it every day, the message stays with them long after a presentation. It is "
            "bilingual, so that French immersion and French-language schools can use the same bookmark as their "
            "English-language neighbours.</p>"
            "<p>Officers hand it out at the end of elementary school visits and at public library events, and it "
            "pairs well with the body safety lesson plans in our library.</p>",
            "<p>Un signet résistant que les enfants remplissent eux-mêmes avec le nom de cinq adultes à qui ils "
            "peuvent parler, à la maison, à l’école et dans leur communauté. Au verso, on leur rappelle la "
            "différence entre les surprises et les secrets inquiétants, et qu’ils n’auront jamais d’ennuis parce "
            "qu’ils en ont parlé.</p>"
            "<p>Comme les enfants s’en servent tous les jours, le message les accompagne longtemps après une "
            "présentation. Le signet est bilingue, pour que les écoles d’immersion et les écoles de langue "
            "française puissent utiliser le même signet que les écoles de langue anglaise voisines.</p>"
            "<p>Les membres des services de police le distribuent à la fin de leurs visites dans les écoles primaires "
            "et "
            "lors d’activités dans les bibliothèques publiques, et il accompagne bien les plans de leçon sur la "
            "sécurité corporelle de notre bibliothèque.</p>",
        ),
        "print_format": "bookmark",
        "size": T("2 × 7 in, printed on both sides", "2 × 7 po, imprimé recto verso"),
        "page_count": 1,
        "audiences": ["youth", "educators"],
        "topics": ["body-safety", "reporting-and-getting-help"],
        "pdf_text": T(
            "MY TRUSTED ADULTS\n"
            "These are grown-ups I can talk to about anything:\n"
            "1. ____________________\n"
            "2. ____________________\n"
            "3. ____________________\n"
            "4. ____________________\n"
            "5. ____________________\n\n"
            "IF SOMETHING FEELS UH-OH\n"
            "Say no.\n"
            "Go away.\n"
            "Tell a trusted adult.\n\n"
            "Surprises are fun to keep.\n"
            "Secrets that make me worried are okay to tell.\n"
            "I will never be in trouble for telling.\n\n"
            "Kids Help Phone: 1-800-668-6868\n"
            "Northbridge Child Protection Foundation – northbridge.example",
            "MES ADULTES DE CONFIANCE\n"
            "Voici des adultes à qui je peux parler de tout :\n"
            "1. ____________________\n"
            "2. ____________________\n"
            "3. ____________________\n"
            "4. ____________________\n"
            "5. ____________________\n\n"
            "SI J’AI UNE SENSATION « OH OH »\n"
            "Je dis non.\n"
            "Je m’éloigne.\n"
            "J’en parle à un adulte de confiance.\n\n"
            "Les surprises, c’est amusant à garder.\n"
            "Les secrets qui m’inquiètent, j’ai le droit d’en parler.\n"
            "Je n’aurai jamais d’ennuis parce que j’en ai parlé.\n\n"
            "Jeunesse, J’écoute : 1-800-668-6868\n"
            "Fondation Northbridge pour la protection de l’enfance – northbridge.example",
        ),
        "editions": [
            {
                "language": "bilingual",
                "sku": "NB-TRU-BM-BI",
                "pack_size": 100,
                "max_per_order": 2000,
                "stock": 30000,
                "low_stock_threshold": 2000,
            },
        ],
    },
    {
        "slug": T("healthy-relationships-online-and-off", "relations-saines-en-ligne-et-ailleurs"),
        "title": T("Healthy relationships, online and off", "Des relations saines, en ligne et ailleurs"),
        "summary": T(
            "A bookmark for teens that sets the signs of a healthy relationship side by side with the red flags "
            "of control and pressure.",
            "Un signet pour les ados qui met côte à côte les signes d’une relation saine et les signaux d’alarme "
            "du contrôle et de la pression.",
        ),
        "description": H(
            "<p>Control and pressure in teen relationships often happen through phones: checking messages, "
            "demanding passwords, tracking a location or pushing for intimate pictures. This bookmark helps young "
            "people tell a healthy relationship from one that is not, in friendships and in dating.</p>"
            "<p>One side lists the signs of a healthy relationship, the other the red flags, with a reminder that "
            "anyone can talk to Kids Help Phone, any time. It is a light, everyday object that a teen can keep "
            "without drawing attention.</p>"
            "<p>Officers hand it out with the brochure on intimate images during secondary school presentations "
            "on consent and healthy relationships, and at youth centres.</p>",
            "<p>Dans les relations amoureuses des ados, le contrôle et la pression passent souvent par le "
            "téléphone : vérifier les messages, exiger les mots de passe, suivre la localisation ou insister pour "
            "obtenir des photos intimes. Ce signet aide les jeunes à distinguer une relation saine d’une relation "
            "qui ne l’est pas, en amitié comme en amour.</p>"
            "<p>Un côté présente les signes d’une relation saine, l’autre les signaux d’alarme, avec un rappel que "
            "tout le monde peut parler à Jeunesse, J’écoute en tout temps. C’est un objet léger et quotidien qu’un "
            "ado peut garder sans attirer l’attention.</p>"
            "<p>Les membres des services de police le distribuent avec le dépliant sur les images intimes lors de "
            "leurs "
            "présentations sur le consentement et les relations saines dans les écoles secondaires, et dans les "
            "maisons de jeunes.</p>",
        ),
        "print_format": "bookmark",
        "size": T("2 × 7 in, printed on both sides", "2 × 7 po, imprimé recto verso"),
        "page_count": 1,
        "audiences": ["youth"],
        "topics": ["healthy-relationships", "sharing-intimate-images", "privacy"],
        "pdf_text": T(
            "HEALTHY RELATIONSHIPS, ONLINE AND OFF\n\n"
            "IN A HEALTHY RELATIONSHIP, THE OTHER PERSON:\n"
            "- respects your no, the first time\n"
            "- is happy when you spend time with your friends\n"
            "- trusts you without checking your phone\n"
            "- asks before posting or sharing a photo of you\n"
            "- never pressures you for pictures\n\n"
            "RED FLAGS\n"
            "- wants your passwords or your location all the time\n"
            "- gets angry when you don’t answer right away\n"
            "- puts you down, even as a joke, in front of others\n"
            "- pressures you for nudes, or threatens to share something private\n"
            "- makes you feel you have to keep the relationship a secret\n\n"
            "You deserve respect. If something doesn’t feel right, talk to someone you trust.\n"
            "Kids Help Phone: 1-800-668-6868 or text 686868\n"
            "Northbridge Child Protection Foundation – northbridge.example",
            "DES RELATIONS SAINES, EN LIGNE ET AILLEURS\n\n"
            "DANS UNE RELATION SAINE, L’AUTRE PERSONNE :\n"
            "- respecte ton non, dès la première fois\n"
            "- est contente quand tu passes du temps avec tes amies et amis\n"
            "- te fait confiance sans fouiller dans ton téléphone\n"
            "- te demande la permission avant de publier ou de partager une photo de toi\n"
            "- ne fait jamais pression pour obtenir des photos\n\n"
            "SIGNAUX D’ALARME\n"
            "- veut connaître tes mots de passe ou ta localisation en tout temps\n"
            "- se fâche quand tu ne réponds pas tout de suite\n"
            "- te rabaisse devant les autres, même pour rire\n"
            "- insiste pour avoir des photos intimes, ou menace de partager quelque chose de privé\n"
            "- te donne l’impression que votre relation doit rester secrète\n\n"
            "Tu mérites le respect. Si quelque chose ne te semble pas normal, parles-en à quelqu’un en qui tu as "
            "confiance.\n"
            "Jeunesse, J’écoute : 1-800-668-6868 ou texto au 686868\n"
            "Fondation Northbridge pour la protection de l’enfance – northbridge.example",
        ),
        "editions": [
            {
                "language": "en",
                "sku": "NB-REL-BM-EN",
                "pack_size": 100,
                "max_per_order": 2000,
                "stock": 16000,
                "low_stock_threshold": 2000,
            },
            {
                "language": "fr",
                "sku": "NB-REL-BM-FR",
                "pack_size": 100,
                "max_per_order": 2000,
                "stock": 9000,
                "low_stock_threshold": 2000,
            },
        ],
    },
]


# Police agencies that order printed resources. Names, addresses, people, emails and phone numbers are fictional.
AGENCIES = [
    {
        "name": "Riverbend Police Service",
        "agency_type": "municipal",
        "province": "ON",
        "status": "approved",
        "address": {"line1": "200 Water Street East", "line2": "", "city": "Riverbend", "postal_code": "K7A 1B2"},
        "detachments": [
            {
                "label": "East Division",
                "line1": "48 Mill Road",
                "line2": "Unit 3",
                "city": "Riverbend",
                "postal_code": "K7A 5C8",
            },
            {
                "label": "Lakeshore Community Office",
                "line1": "1190 Lakeshore Drive",
                "line2": "",
                "city": "Port Ashby",
                "postal_code": "K0G 1R4",
            },
        ],
        "user": {
            "first_name": "Amanda",
            "last_name": "Kowalski",
            "email": "amanda.kowalski@riverbendpolice.example",
            "phone": "613-555-0142",
            "language": "en",
        },
    },
    {
        "name": "Service de police de la Première Nation de Rivière-des-Cèdres",
        "agency_type": "first_nations",
        "province": "QC",
        "status": "approved",
        "address": {
            "line1": "35, rue du Conseil",
            "line2": "",
            "city": "Rivière-des-Cèdres",
            "postal_code": "G0A 4P0",
        },
        "detachments": [],
        "user": {
            "first_name": "Marie-Josée",
            "last_name": "Lavoie",
            "email": "mj.lavoie@police-riviere-des-cedres.example",
            "phone": "418-555-0127",
            "language": "fr",
        },
    },
    {
        "name": "RCMP Harrow Creek Detachment",
        "agency_type": "rcmp",
        "province": "BC",
        "status": "approved",
        "address": {"line1": "4410 Frontage Road", "line2": "", "city": "Harrow Creek", "postal_code": "V0J 2K0"},
        "detachments": [
            {
                "label": "Elk Flats Community Policing Office",
                "line1": "12 Main Street",
                "line2": "",
                "city": "Elk Flats",
                "postal_code": "V0J 3B0",
            },
        ],
        "user": {
            "first_name": "Daniel",
            "last_name": "Okafor",
            "email": "daniel.okafor@harrowcreek-rcmp.example",
            "phone": "250-555-0173",
            "language": "en",
        },
    },
    {
        "name": "Prairie Integrated Child Exploitation Unit",
        "agency_type": "other",
        "province": "SK",
        "status": "pending",
        "address": {
            "line1": "1850 Prairie Sky Avenue",
            "line2": "Suite 400",
            "city": "Regina",
            "postal_code": "S4P 0R3",
        },
        "detachments": [
            {
                "label": "Saskatoon Office",
                "line1": "320 Riverlight Crescent",
                "line2": "Floor 2",
                "city": "Saskatoon",
                "postal_code": "S7K 3G7",
            },
        ],
        "user": {
            "first_name": "Priya",
            "last_name": "Desjardins",
            "email": "priya.desjardins@prairie-ice.example",
            "phone": "306-555-0109",
            "language": "en",
        },
    },
]
