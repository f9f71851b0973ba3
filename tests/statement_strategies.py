"""Hypothesis strategies for the statement tests: reporting prose with every quotation mark.

:func:`reporting_texts` draws well-formed dispatches (every mark closed, nested
marks only inside a quotation, paragraphs that may continue a quotation);
:func:`unbalanced_texts` draws the same prose and then scatters stray opening
and closing marks between its words. Every sentence fragment below was written
for these tests.
"""

from __future__ import annotations

from types import MappingProxyType

from hypothesis import strategies as st

__all__ = [
    "OPENING_MARKS",
    "QUOTE_MARKS",
    "quotations",
    "reporting_sentences",
    "reporting_texts",
    "unbalanced_texts",
]

# Opening and closing marks as French copy writes them, with and without (no-break) spaces.
QUOTE_MARKS = (
    ("«", "»"),
    ("«\u00a0", "\u00a0»"),
    ("«\u202f", "\u202f»"),
    ("« ", " »"),
    ("\u201c", "\u201d"),
    ('"', '"'),
)
# Every character that may open a quotation, for the paragraph checks.
OPENING_MARKS = ("«", "\u201c", '"')
# Marks dropped between words of otherwise well-formed prose.
_STRAY = ("«", "»", "« ", " »", "\u201c", "\u201d", '"', "‹", "›")
# Marks that nest inside a quotation, never at its ends, by the outer quotation's opening
# mark: never the outer family itself, whose pairing would then be ambiguous.
_NESTED = MappingProxyType({
    "«": (("‹ ", " ›"), ("\u201c", "\u201d"), ("'", "'")),
    "\u201c": (("‹ ", " ›"), ("'", "'")),
    '"': (("‹ ", " ›"), ("'", "'")),
})
# Quotations over several paragraphs reopen with « (French usage), in any spacing.
_GUILLEMETS = tuple(pair for pair in QUOTE_MARKS if pair[0].startswith("«"))

_NAMES = ("Ahmed Haddad", "Rania Khoury", "Volodymyr Zelensky", "Ismaïl Ould Cheikh Ahmed",
          "Abdel Fattah al-Sissi", "Jean-Yves Le Drian", "John J. Harlow", "Aïssata Touré",
          "Hamid Ben Salah", "Staffan de Mistura")
_ROLES = ("le porte-parole de l'armée, Youssef Karam", "le Kremlin", "Washington", "l'OSDH",
          "le ministre turc des Affaires étrangères, Hakan Fidan", "Téhéran", "l'Élysée")
_INVERTED = ("a déclaré", "a indiqué", "a affirmé", "a estimé", "a ajouté", "a prévenu",
             "a souligné", "a martelé", "raconte", "affirme")
_PRONOUNS = ("a-t-il dit", "a-t-elle ajouté", "estime-t-il", "poursuit-elle", "dit-il",
             "a-t-il averti")
_SUBJECT = ("a estimé que", "a affirmé que", "a assuré que", "a jugé que", "a averti que",
            "a souligné que", "a reconnu que")
_PARTICIPLES = ("assurant que", "estimant que", "soulignant que", "affirmant que")
_CLAUSES = ("la ligne de front n'a pas bougé depuis lundi",
            "les convois humanitaires restent bloqués à la frontière",
            "nous ne signerons rien sans garanties",
            "les pourparlers reprendront à Doha la semaine prochaine",
            "le barrage a été endommagé par les tirs",
            "personne ne peut gagner cette guerre",
            "les familles dorment dehors depuis trois nuits",
            "l'aéroport restera fermé jusqu'à nouvel ordre")
_WORDS = ("fragile", "inacceptable", "crimes de guerre", "provocation", "catastrophe",
          "terroristes", "au bord du gouffre", "ligne rouge")
_NARRATIVE = ("Les combats ont repris à l'aube près de Kherson.",
              "Un convoi de vingt camions est entré dans la ville.",
              "Le ministre est arrivé mardi à Niamey.",
              "La centrale électrique a été touchée dans la nuit.",
              "Des colonnes de fumée s'élevaient au-dessus du port.",
              "L'opération «Rempart du Sud» a été lancée samedi.")


def _capital(words: str) -> str:
    return words[:1].upper() + words[1:]


@st.composite
def quotations(draw: st.DrawFn, words: str, nest: bool = True) -> str:
    """Wrap ``words`` in a pair of marks; with ``nest``, maybe quote one of its inner words."""
    opening, closing = draw(st.sampled_from(QUOTE_MARKS))
    inner = words.split(" ")
    if nest and len(inner) >= 3 and draw(st.booleans()):
        i = draw(st.integers(1, len(inner) - 2))
        left, right = draw(st.sampled_from(_NESTED[opening[0]]))
        inner[i] = f"{left}{inner[i]}{right}"
    return f"{opening}{' '.join(inner)}{closing}"


@st.composite
def reporting_sentences(draw: st.DrawFn) -> str:
    """Draw one sentence: a quotation or reported speech by any sieve, or plain narrative."""
    name = draw(st.sampled_from(_NAMES + _ROLES))
    clause = draw(st.sampled_from(_CLAUSES))
    word = draw(st.sampled_from(_WORDS))
    pick = draw(st.integers(0, 8))
    if pick == 0:
        return f"{draw(quotations(_capital(clause)))}, {draw(st.sampled_from(_INVERTED))} {name}."
    if pick == 1:
        return f"{draw(quotations(_capital(clause)))}, {draw(st.sampled_from(_PRONOUNS))}."
    if pick == 2:
        cue = draw(st.sampled_from(_SUBJECT))
        return f"{_capital(name)} {cue} {clause}, une situation {draw(quotations(word))}."
    if pick == 3:
        return f"{_capital(name)} : {draw(quotations(_capital(clause)))}."
    if pick == 4:
        return f"Selon {name}, {clause}."
    if pick == 5:
        return f"{_capital(clause)}, {draw(st.sampled_from(_INVERTED))} {name}."
    if pick == 6:
        cue = draw(st.sampled_from(_PARTICIPLES))
        return f"{_capital(name)} a quitté la salle, {cue} {clause}."
    if pick == 7:
        return f"Ce texte a été jugé {draw(quotations(word, nest=False))} par {name}."
    return draw(st.sampled_from(_NARRATIVE))


@st.composite
def _paragraph(draw: st.DrawFn) -> str:
    """A paragraph: one to three sentences, or a quotation running on from the last one."""
    if draw(st.integers(0, 4)) == 0:
        opening, closing = draw(st.sampled_from(_GUILLEMETS))
        first, second = draw(st.lists(st.sampled_from(_CLAUSES), min_size=2, max_size=2))
        inverted = draw(st.sampled_from(_INVERTED))
        name = draw(st.sampled_from(_NAMES))
        # One quotation over two paragraphs: the second reopens with the same mark.
        return (f"{opening}{_capital(first)}.\n{opening}{_capital(second)}{closing}, "
                f"{inverted} {name}.")
    if draw(st.integers(0, 4)) == 0:
        return draw(quotations(_capital(draw(st.sampled_from(_CLAUSES))) + "."))
    return " ".join(draw(st.lists(reporting_sentences(), min_size=1, max_size=3)))


@st.composite
def reporting_texts(draw: st.DrawFn) -> str:
    """Draw a well-formed dispatch: paragraphs of reporting prose, LF or CRLF line ends."""
    paragraphs = draw(st.lists(_paragraph(), min_size=1, max_size=5))
    text = draw(st.sampled_from(("\n", "\n\n", "\r\n"))).join(paragraphs)
    if draw(st.booleans()):
        text = text.replace("'", "\u2019")
    return text


@st.composite
def unbalanced_texts(draw: st.DrawFn, reopen: bool = True) -> str:
    """Draw reporting prose with stray marks between words (some quotations lose a mark).

    With ``reopen=False`` no paragraph opens with a mark, so no quotation may
    legitimately run from one paragraph into the next.
    """
    text = draw(reporting_texts())
    pieces = text.split(" ")
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(pieces) - 1))
        mark = draw(st.sampled_from(_STRAY))
        pieces[i] = f"{mark}{pieces[i]}" if draw(st.booleans()) else f"{pieces[i]}{mark}"
    if draw(st.booleans()):
        # Drop one mark of some pair, leaving its partner alone.
        joined = " ".join(pieces)
        spots = [k for k, ch in enumerate(joined) if ch in "«»\u201c\u201d\""]
        if spots:
            k = draw(st.sampled_from(spots))
            pieces = (joined[:k] + joined[k + 1 :]).split(" ")
    text = " ".join(pieces)
    if not reopen:
        lines = text.splitlines(keepends=True)
        text = "".join(f"Mardi, {line}" if line.lstrip().startswith(OPENING_MARKS) else line
                       for line in lines)
    return text
