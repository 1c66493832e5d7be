"""Vocabularies as data: the words that give chrome away, in the languages we read.

Patterns here match block text; the class/id vocabulary lives in `blocks/classes.py`.
Kept apart from the filters so they can grow without touching logic.
"""

from __future__ import annotations

import re

import regex

# Words of share and social buttons: a short block made only of these is a share bar.
SHARE_TOKENS = frozenset(
    """facebook twitter x whatsapp linkedin linked in pinterest reddit email e-mail mail print copy
    link url share tweet pin telegram messenger flipboard tumblr pocket xing vk weibo line sms threads
    bluesky mastodon instagram youtube tiktok snapchat this on article story via teilen drucken
    partager imprimer compartir imprimir condividi stampa comments comment save bookmark opens new
    window tab follow us click to a friend here""".split()
)


def _phrases(lines: str) -> str:
    """One alternative per non-empty line (spaces are literal), joined into one group."""
    return "(?:" + "|".join(x.strip() for x in lines.strip().splitlines() if x.strip()) + ")"


# Short UI phrases that are never article text when they make up a whole block.
UI_PHRASES = regex.compile(
    "^"
    + _phrases(r"""
    advertisement|advertising|ad|sponsored(?: content)?|anzeige|werbung|publicité|publicidad
    report this ad|ad feedback|ads by [\w ]{1,30}
    (?:advertisement|ad)\s?[-–—:|]?\s?(?:continue reading(?: below)?|scroll to continue(?: with content)?)
    (?:the )?(?:story|article|text|content) continues (?:below|after)(?: this| the)? (?:advertisement|ad)
    continue reading below|scroll to continue(?: with content)?|weiter(?:lesen)? nach der (?:anzeige|werbung)
    (?:la )?suite après (?:la|cette) publicité
    \d{1,3} (?:of|/) \d{1,3}|now playing|up next|sponsored by [\w&.,' ]{1,40}|posted in [\w&,' -]{1,60}
    click to expand|expand|collapse|show (?:the )?full (?:article|story)|open in (?:the )?app
    (?:download|get) (?:the|our) app
    read more|read the full (?:story|article)|continue reading|more(?: stories)?
    show more|load more|see more|view more|click here|skip to (?:main )?content
    skip to navigation|back to top|top|next|previous|prev|related(?: articles| stories| content)?
    you may also like|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?
    sign in|sign up|log ?in|log ?out|register|subscribe(?: now)?|subscribe to [\w ]{1,40}
    newsletter|follow us(?: on [\w ]{1,30})?|share(?: this)?(?: article| story| page)?
    comments?|\d+ comments?|leave a (?:comment|reply)|image|photo|video|gallery|listen
    play|pause|close|menu|search|home|weiterlesen|mehr lesen|lire (?:la )?suite|lire plus
    leer más|seguir leyendo|mehr zum thema|à lire aussi|lesen sie auch|lea también
    tags?:?|topics?:?|filed under:?|toggle navigation|cookie settings|accept(?: all)?(?: cookies)?
    reject all|manage (?:cookies|preferences)|got it|ok
    登录|登錄|注册|註冊|取消|确定|確定|关闭|關閉|返回顶部|返回頂部|收藏(?:文章|本文)?|分享(?:到)?|打印
    评论|評論|更多|上一篇|下一篇|正在加载(?:\.\.\.|…)?|加载中(?:\.\.\.|…)?
    """)
    + r"[.!:…]?$",
    regex.I | regex.V0,
)

# A site's copyright notice: "© 2025 Example Ltd. All rights reserved." (not a photo credit).
RIGHTS_RESERVED = r"""
    all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados
    tutti i diritti riservati|wszelkie prawa zastrzeżone
"""


def _alternatives(pattern: str, start: int = 0) -> tuple[list[str], int]:
    """The alternatives of `pattern` from `start` to its end or to an unmatched `)`,
    and where they end."""
    parts, depth, in_set, i = [], 0, False, start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
        elif c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                break
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:i]], i


def _leads(phrase: str) -> list[tuple[str, str]] | None:
    """`phrase` as (first character, rest) pairs, a leading `(?:a|b)` or `(?:a )?` spelled
    out; None if it starts with anything else than one plain character."""
    if phrase.startswith("(?:"):
        options, end = _alternatives(phrase, 3)
        rest = phrase[end + 1 :]
        if rest.startswith("?"):
            options, rest = [*options, ""], rest[1:]
        leads = [_leads(option + rest) for option in options]
        return None if None in leads else [lead for ls in leads if ls for lead in ls]
    size = 2 if phrase.startswith("\\") else 1
    first, rest = phrase[:size], phrase[size:]
    escape = size == 2 and first[1].isalnum()  # \w, \d, \b: not one character
    if not first or first in "^$[.()|" or escape or rest[:1] in ("?", "*", "+", "{"):
        return None
    return [(first, rest)]


def _by_first_char(phrases: str) -> str:
    """The group of alternatives `phrases` as one branch per first character, the phrases
    anchored by `^` in one more.

    It matches where the alternation does, but the engine drops a letter's branch in one
    step instead of trying a hundred phrases at each word start (2.2x faster on block
    texts). Falls back to `phrases` as they are if one starts otherwise.
    """
    anchored: list[str] = []
    by_first: dict[str, list[str]] = {}
    for phrase in _alternatives(phrases[3:-1])[0]:
        leads = [("^", phrase[1:])] if phrase.startswith("^") else _leads(phrase)
        if leads is None:
            return phrases
        for first, rest in leads:
            (anchored if first == "^" else by_first.setdefault(first, [])).append(rest)
    branches = [f"{first}(?:{'|'.join(rests)})" for first, rests in by_first.items()]
    if anchored:
        branches.insert(0, f"^(?:{'|'.join(anchored)})")
    return "(?:" + "|".join(branches) + ")"


# Sentences of cookie, newsletter, copyright and paywall prompts. Matched against
# lowercased text without IGNORECASE: five times faster, and this runs on most blocks.
# Phrases start where a word starts: the engine then skips the positions inside words
# instead of trying every phrase there (three times faster again).
_BOILER_PHRASES = _phrases(
    RIGHTS_RESERVED
    + r"""
    we use cookies|this (?:web)?site uses cookies|uses cookies to
    by (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:site|website)
    accept (?:all )?cookies|cookie policy|privacy policy|terms (?:of|and) (?:use|service|conditions)
    \(c\) \d{4}|copyright \d{4}|© ?\d{4}
    sign up (?:for|to) (?:our|the) [\w ]{0,30}newsletter
    subscribe to (?:our|the) [\w ]{0,30}newsletter|get (?:our|the) [\w ]{0,30}newsletter
    delivered (?:straight )?to your inbox|enter your email|your email address
    subscribe for free to receive new posts
    (?:reached|used) (?:your|all of your) (?:limit|maximum|allowance) of free (?:articles|stories)
    have a (?:news )?tip\?
    direkt in ihr (?:e-mail-)?postfach|dans votre boîte (?:mail|e-mail|aux lettres)
    en tu (?:correo|bandeja de entrada)
    already a subscriber|subscribe (?:now|today) (?:for|to)|to continue reading
    this (?:article|content) is (?:only )?(?:available|for) (?:to )?subscribers
    log in to (?:continue|read)|create a free account|wir verwenden cookies
    diese (?:web)?seite verwendet cookies|nous utilisons des cookies|ce site utilise des cookies
    utilizamos cookies|este sitio (?:web )?utiliza cookies|newsletter abonnieren
    inscrivez-vous à (?:notre|la) newsletter|suscríbete a (?:nuestro|la) (?:newsletter|boletín)
    follow (?:us|[\w .@]{1,40}) on (?:twitter|facebook|instagram|x|linkedin|tiktok|youtube)
    download (?:the|our) [\w .]{1,40} app|get the latest [\w ]{1,40} (?:straight|delivered|sent) to
    we rely on (?:your|reader) support
    (?:consider|please) (?:supporting|support) (?:us|our work|our journalism)
    if you (?:enjoyed|liked|value) (?:reading )?this|become a (?:member|subscriber|patron|supporter)
    to view the full (?:story|article)|please subscribe|subscribe (?:to|for) (?:unlimited|full) access
    (?:jede|ihre) (?:kleine )?spende|unterstütze[n]? (?:sie )?(?:uns|unsere arbeit)|werden sie mitglied
    wie (?:bewerten|gefällt) (?:sie|ihnen) (?:diesen|dieser) artikel|artikel gefallen\?|noch keine bewertungen
    hier können sie (?:den|diesen) artikel bewerten|folg(?:e|en sie) uns auf|jetzt (?:abonnieren|anmelden)
    suivez-nous sur|pour accéder (?:en illimité|à l'intégralité)|abonnez-vous|s[ií]guenos en
    ^\(?(?:additional |with )?(?:reporting|writing|editing) by \w|subject to copyright
    delivered (?:through|to) your (?:letterbox|door|inbox)|(?:news|alerts) (?:meet|in|to) your inbox
    chat with us (?:in|on)|join our [\w ]{1,30} (?:forums?|community)
    this entry was posted (?:on|in)|bookmark the permalink|(?:der|dieser) (?:beitrag|eintrag) wurde am
    (?:please )?enable javascript|javascript is (?:disabled|required)|requires javascript
    ^(?:责任编辑|責任編輯|发稿时间|發稿時間)[:：]
    ^(?:filed under|tags|topics|categories|schlagworte|stichworte|themen|etiquetas|mots-clés)\s*:
    (?:log|sign) in to (?:post|leave|write) a (?:comment|reply)|must be logged in to
    (?:klicken sie|click) (?:auf|on) (?:den|the) [\w ]{0,20}button|mit diesem button|button,? um den inhalt
    respektieren (?:deine|ihre) privatsphäre|ich bin mit der verarbeitung meiner daten
    unterstütze[n]? \S+ (?:bereits |schon )?mit \d|zeigen sie ihre wertschätzung|sie lesen gern
    (?:den )?artikel mit anderen teilen|öffnen (?:sich )?(?:als|in einem) (?:extra|neuen) fenster
    advertising disclosure|affiliate (?:links?|commission)|we (?:may )?(?:earn|receive) (?:a )?commission
    advertisers do not influence|first-time subscribers|submit (?:your|a) letter to the editor
    suggested citation|opens? in a new (?:window|tab)
    dieser beitrag enthält werbung|contains (?:paid )?advertising|sponsored post
    apóyanos|hazte (?:miembro|socio)|únete a nuestr[ao]s? (?:comunidad|membresía)
    aktivieren sie javascript|activez (?:le )?javascript|habilita javascript
    (?:comments?|kommentare?|commentaires?)\b[^.]{0,80}\b(?:moderat|modér|freigeschaltet)
    coment[aá]rios?\b[^.]{0,80}\b(?:moderad|aprovad)
    (?:dieser|der) (?:beitrag|eintrag) wurde (?:veröffentlicht|abgelegt) (?:in|unter)|verschlagwortet mit
    teile diesen beitrag|share this (?:post|article|story) on|zum vergrößern (?:auf das bild )?klicken
    ^(?:read (?:more|also|next)|see also|lesen sie (?:auch|mehr|hier)|auch lesen|mehr dazu)\s?:\s
    ^(?:lire aussi|à lire aussi|lee también|leia também|leggi anche)\s?:\s
    ^(?:veröffentlicht in|posted in|publié dans|publicado en)\s?:|in (?:deinen|ihren) posteingang
    als pdf herunterladen|download (?:this )?(?:as )?(?:a )?pdf|^teilen mit:
    """
)
BOILER_SENTENCES = re.compile(r"(?<!\w)" + _by_first_char(_BOILER_PHRASES))

# Wire-service photo captions: "In this Dec. 12, 2006, file photo, ..." (any length).
PHOTO_CAPTION = re.compile(r"^in this (?:[\w.,]+ ){0,6}?(?:file )?(?:photo|image|picture|handout)\b", re.I)
# A block that is only a link target: "https://example.com/a/b.php", an image URL list.
URL_LINE = re.compile(r"^(?:https?://|www\.)\S+(?:\s+\S+){0,6}$")

COPYRIGHT_NOTICE = re.compile(_phrases(RIGHTS_RESERVED), re.I)

# Photo credits: "(Susan Walsh/AP)", "Photo: Reuters", "Getty Images", "Foto: dpa". A
# case-insensitive search runs at every position of the text: tens of microseconds a block,
# for a test run on most blocks. So the credit's forms are grouped by what each needs (a
# start, a parenthesis, a "©", a photo word or an agency), and a text is searched only by
# the groups it can match.
_FLAGS = regex.X | regex.I | regex.V0
_CREDIT_START = regex.compile(  # used with match(): the text starts so
    r"""(?:photo|image|picture|foto|bild|crédit|credit|photograph|illustration|titelbild|beitragsbild
        |aufmacherbild|imagen|crédito)s?\s*(?:credit)?\s*[:©]
    |fot\.\s|©\s*\w
    |(?:abbildung|abb\.|figure|fig\.|grafik|chart|table|tabelle|tableau|tabla)\s*\d+\s*[:.]""",
    _FLAGS,
)
_CREDIT_PARENS = regex.compile(
    r"""\((?:image|photo|picture|pic|foto|bild|credit)s?\s*:\s*[^()]{1,60}\)\s*$
    |\([^()/]{1,60}/[^()]{1,40}\)\s*$
    |\((?:AP|AFP|Reuters|Getty(?:\sImages)?|PA|EPA|dpa|Bloomberg|Shutterstock|Alamy|iStock)\)\s*$""",
    _FLAGS,
)
_CREDIT_COPYRIGHT = regex.compile(r"©\s*[\w.\-]+(?:\s*/\s*[\w.\- ]+){0,3}\s*$", _FLAGS)
_CREDIT_WORDED = regex.compile(
    r"""(?:^|[.!?]\s)\s*(?:photo|image|picture|photograph|illustration|foto|bild)s?\s+
        (?:by|von|courtesy\sof|via)\s+[^.!?]{1,80}[.]?\s*$
    |,\s*(?:photo|foto|photos|fotos)\s*:\s*[^,]{2,60}$
    |[.!?]\s+(?:(?:photo|foto|bild|image|imagen)s?\s*:|fot\.)\s*[^.!?]{2,80}$
    |(?:getty\simages|shutterstock|istockphoto|alamy|afp\svia\sgetty\simages)\s*\.?\s*$""",
    _FLAGS,
)
# One of these is in every match of _CREDIT_WORDED, case-folded: casefold() maps every
# character the pattern's case-insensitive letters match ("ſ", the Kelvin sign) to them.
_CREDIT_WORDS = ("photo", "image", "picture", "illustration", "fot", "bild", "getty", "shutterstock", "alamy")


# A dump's caption: a sentence that ends with its credit's label and name, which may hold a
# domain or a licence ("... im Abendrot. Bild: TebNad/Shutterstock.com", "... zu tun. Foto:
# Timur | flickr | CC BY 2.0", "... landers. Credit: Tyvak"), where `is_credit` wants a name
# without a dot.
CAPTION_CREDIT = regex.compile(
    r"[.!?\"”]\s+(?i:photo|foto|bild|image|imagen|credit|crédit|crédito|bildquelle)s?\s*:\s*\S[^:]{1,80}$",
    regex.V0,
)


def is_credit(text: str) -> bool:
    """A photo credit line, or a caption ending in one."""
    if _CREDIT_START.match(text):
        return True
    if "(" in text and _CREDIT_PARENS.search(text):
        return True
    if "©" in text and _CREDIT_COPYRIGHT.search(text):
        return True
    folded = text.casefold()
    return any(w in folded for w in _CREDIT_WORDS) and _CREDIT_WORDED.search(text) is not None


# Headings that open a section of other stories: everything after them in their section goes.
RELATED_HEADINGS = regex.compile(
    "^"
    + _phrases(r"""
    related(?: articles| stories| posts| content| news| coverage| reading| links)?
    (?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|you may have missed)
    (?:more|read|see) (?:stories|news|articles|from [\w .]{1,40}|on this topic|like this)
    (?:most (?:read|popular|viewed|shared)|popular|trending)(?: (?:now|stories|articles|posts))?
    (?:recommended|recommendations|editor'?s picks|top stories|latest (?:news|stories|posts))
    (?:also|further|recommended) read(?:ing)?|read (?:next|also)|what to read next|up next
    (?:weitere|ähnliche|verwandte) (?:artikel|beiträge|themen|nachrichten)|mehr zum thema
    (?:das könnte sie|sie könnten) auch interessieren|lesen sie auch|meistgelesen
    (?:à lire|lire) aussi|articles? (?:similaires|liés|connexes)|sur le même (?:sujet|thème)
    (?:artículos|noticias) relacionad[oa]s|te puede interesar|lo más (?:leído|visto)|lee también
    (?:você|voce) (?:pode|também pode) gostar|leia também|mais lidas|notícias relacionadas
    (?:articoli|notizie) correlat[ie]|potrebbe interessarti|leggi anche
    explore further|further reading|keep reading|more in [\w .]{1,30}|latest articles
    weitere (?:artikel|beiträge|texte|meldungen|tipps)(?: [\w .-]{1,40})?|neueste (?:artikel|beiträge)
    (?:das|dieses) thema könnte (?:dich|sie|euch) (?:auch )?interessieren|kommentierte artikel
    das könnte (?:dich|sie|euch) auch interessieren
    lesen sie auch (?:die folgenden|diese) (?:beiträge|artikel)
    entdecke weitere [\w ]{1,30}|meist-?(?:gelesen|diskutiert|kommentiert)
    mehr [\w-]{3,20} (?:auf|von|bei) [\w .-]{1,30}
    vorschau auf den nächsten artikel|zobacz (?:także|też)|czytaj (?:także|też)|inhaltsverzeichnis
    pour approfondir|meist gesucht
    à découvrir aussi|dans la même rubrique|plus d'articles|más noticias|otras noticias
    don'?t miss|must read|see also|siehe auch|voir aussi|ver también|vedi anche
    читайте также|похожие (?:статьи|новости|записи)|самые популярные(?: [\w ]{1,30})?|рекомендуем
    популярное|другие новости|смотрите также
    """)
    + r"\s*[.:…!]*$",
    regex.I | regex.V0,
)
# The line that opens one comment in a dump: "Gary M on September 17, 2018 at 8:50 pm said:".
# Box titles a dump keeps from a page's "more stories" widgets: "More articles from ...",
# "Most read in ...", "Die meistgelesenen Artikel bei ...", a sister site's "Auch auf site.de".
RELATED_WIDGETS = regex.compile(
    r"^(?:more (?:articles|stories|posts|news|videos) (?:from|by|on|in|about) .{1,40}|elsewhere on .{1,40}"
    r"|most (?:read|popular|viewed|shared|watched) (?:in|on|from) .{1,30}|(?:trending|latest) (?:news|videos)"
    r"|we recommend|recommended (?:articles|stories|posts|reading|videos|for you)"
    r"|(?:die )?meist(?:gelesenen|geklickten|kommentierten|gesehenen) (?:artikel|beiträge|nachrichten|videos)"
    r"(?: (?:bei|auf|von|in|im|der|des) .{1,40})?|auch (?:auf|bei) [\w.-]{2,30}\.[a-z]{2,4}"
    r"|(?:artikel|beiträge|mehr) zum thema(?: .{1,30})?|mehr aus der sendung|ezek is érdekelhetnek"
    r")\s*[.:…!]*$",
    regex.I | regex.V0,
)


def related_heading(text: str) -> bool:
    """A heading over a list of other stories (a section's or a widget's)."""
    return bool(RELATED_HEADINGS.match(text) or RELATED_WIDGETS.match(text))


# A cookie or consent dialog's notice, in the site's own words ("Wir nutzen Cookies auf
# unserer Website. Einige sind ..."): a text dump prints it as a paragraph, too long for
# the boilerplate prompts, with its buttons and settings under it.
COOKIE_NOTICE = regex.compile(
    _phrases(r"""
    we (?:and our partners )?(?:use|store) cookies|this (?:web)?site uses cookies
    wir (?:und unsere partner )?(?:verwenden|nutzen|setzen|speichern) cookies
    (?:verwenden|nutzen|setzen) wir (?:auf unserer (?:web)?seite )?cookies
    diese (?:web)?seite (?:verwendet|nutzt) cookies
    nous utilisons des cookies|ce site utilise des cookies
    utilizamos cookies|este sitio (?:web )?utiliza cookies|utilizziamo (?:i )?cookie
    """),
    regex.I | regex.V0,
)
# ... or its title: "Cookie- und Datenschutzeinstellungen", "Privacy preferences".
CONSENT_TITLE = regex.compile(
    r"^(?:cookie|privacy|datenschutz)(?:-| und |- und | & )?(?:datenschutz)?-?\s?"
    r"(?:settings|preferences|einstellungen|präferenzen|consent)\s*$",
    regex.I | regex.V0,
)
# What the lines of such a dialog speak of, past its notice.
CONSENT_WORDS = regex.compile(
    r"cookie|consent|einwillig|zustimm|datenschutz|privacy|tracking|akzeptier|accept|ablehn|reject"
    r"|consentement|consentimiento|privacidad",
    regex.I | regex.V0,
)


# "is" and "was" in the languages the bylines come in: an author's biography may open with
# the first name alone and one of them ("Jake is the co-founder of ...").
BIO_COPULAS = frozenset("is was ist war est était es era è jest był była".split())

# A blogger's self-introduction in the sidebar's "about me" box: "Ich bin Steffi, bekennende
# Tiernärrin ...", "Hi there! I'm Regan.", "Je m'appelle Léa, ...".
SELF_INTRO = regex.compile(
    r"^(?:(?i:hi|hallo|hello|hey)(?: there)?[!,.]?\s+)?"
    r"(?i:ich bin|i'm|i’m|i am|je suis|je m'appelle|soy|me llamo|sono|mi chiamo|mein name ist|my name is)"
    r"\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?[,.!]",
    regex.V0,
)


COMMENT_AUTHOR = regex.compile(
    r"^.{1,80}?\s(?:says|said|wrote|replied|schreibt|sagt|schrieb|a écrit|dit|dice|escribió|dijo|"
    r"scrive|ha scritto)\s*:$",
    regex.I | regex.V0,
)
AUTHOR_HEADINGS = regex.compile(
    "^"
    + _phrases(r"""
    about the authors?|über (?:den|die) autor(?:in|en)?|zu[mr] autor(?:in)?|der autor|die autorin
    à propos de l'auteur|l'auteur|sobre (?:el|la) autora?|el autor|la autora|l'autore|o autorze
    about (?:us|[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})|über uns|à propos de [\w .&-]{1,40}
    """)
    + r"\s*[.:…!]*$",
    regex.I | regex.V0,
)
COMMENT_HEADINGS = regex.compile(
    "^"
    + _phrases(r"""
    (?:\d+\s+)?(?:top |reader |user |latest |recent )?(?:rated )?comments?(?:\s*\(\d+\))?
    (?:leave|post|add|write) a (?:comment|reply)|(?:\d+\s+)?repl(?:y|ies)|discussion
    join the (?:discussion|conversation)|what do you think\??|responses?
    \d+ (?:responses|comments|replies|thoughts) (?:to|on) .{1,200}
    (?:\d+\s+)?kommentare?|(?:\d+\s+)?commentaires?|(?:\d+\s+)?comentarios?|(?:\d+\s+)?commenti
    (?:\d+\s+)?(?:customer|user|reader) reviews?|(?:\d+\s+)?отзыв(?:ы|ов)?|комментарии|обсуждение
    """)
    + r"\s*[.:…!]*$",
    regex.I | regex.V0,
)

# Share-bar words a text dump glues into one line ("FacebookXCopy linkGift this article",
# "PartagerFacebookXE-mailCopier le lien"): the share words and those of gift/copy buttons,
# and of share buttons spelled out with their link's title ("Sharen mit:", "Klick, um über
# Twitter zu teilen (Wird in neuem Fenster geöffnet)", "Cliquez pour partager sur X").
SHARE_ROW_TOKENS = SHARE_TOKENS | frozenset(
    """gift give kopieren verschenken artikel beitrag link-kopieren copier le lien offrir cet
    copiar enlace regalar este artículo noticia regala copia articolo
    sharen mit klick klicke um über auf zu wird neuem fenster geöffnet cliquez pour sur ouvre
    dans une nouvelle fenêtre haz clic para en se abre una ventana nueva shares more addthis""".split()
)

# An audio player or a reading time, alone on its line or glued to its duration:
# "Listen to this article5:12", "Artikel anhören4:38", "Écouter cet article3 min",
# "4 min read", "Lesezeit: 3 Min.".
_DURATION = r"(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}\s?(?:min|mins|minutes?|minuten|minutos|minuti)\.?)"
PLAYER_LINE = regex.compile(
    r"^(?:(?:listen(?: to)?(?: this)? (?:article|story|episode)|listen now|play audio|artikel anhören"
    r"|artikel vorlesen(?: lassen)?|anhören|vorlesen|écouter (?:cet|l')\s?article|escuchar (?:este )?"
    r"(?:artículo|noticia)|ascolta l'articolo|ouvir (?:este )?artigo)\s*" + _DURATION + r"?"
    r"|" + _DURATION + r"\s(?:read|lesezeit|de lecture|de lectura|di lettura)"
    r"|(?:reading time|lesezeit|lecture|lectura|tiempo de lectura)\s?:?\s?" + _DURATION + r")\s*$",
    regex.I | regex.V0,
)

# The word a newsletter box's title says: "Get the Morning Ledger" does not, "Der
# Morgen-Newsletter", "La newsletter Éducation", "Nuestro boletín" do.
NEWSLETTER_WORD = regex.compile(r"(?i:newsletter|boletín|infolettre|lettre d'information)", regex.V0)
# ... and what its prompt says: the inbox it fills, the sign-up it asks for.
NEWSLETTER_PROMPT = regex.compile(
    r"(?i:inbox|postfach|boîte (?:mail|e-mail|aux lettres)|bandeja de entrada|tu correo|newsletter|boletín"
    r"|sign up|subscribe|abonn|anmeld|inscri|suscr)",
    regex.V0,
)

# A recipe card's two headings, alone on their lines: its ingredients ("Zutaten",
# "Ingrédients") and its steps ("Directions", "Zubereitung", "Préparation").
RECIPE_INGREDIENTS = regex.compile(
    r"^(?i:ingredients|zutaten|ingrédients|ingredientes|ingredienti|ingrediënten|składniki)\s*:?$", regex.V0
)
RECIPE_STEPS = regex.compile(
    r"^(?i:directions|instructions|method|preparation|steps|zubereitung|anleitung|préparation|étapes"
    r"|preparación|elaboración|modo de preparo|preparo|preparazione|procedimento|bereiding"
    r"|przygotowanie)\s*:?$",
    regex.V0,
)
