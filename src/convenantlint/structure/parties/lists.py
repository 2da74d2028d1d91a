"""Party lists: 'De ondergetekenden:', 'Partijen:', numbered and bulleted entries, lists
without a header, the openings of gemeenschappelijke regelingen, one party per line
before 'zijn het volgende overeengekomen'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...compiled_regex import compile as compile_cached
from ...agreement import Span
from .. import vocab
from ..layout import ARTICLE_RE, markers
from ..text import BULLET_RE, MD_HEADING_RE, Line, label_of, strip_determiner, strip_markup
from .names import (Draft, HIERNA_RE, PartyList, _BOLD_NAME_RE, _PLACE, _as_written, _entry_start,
                    _org_name, _short_names, _subgroup, _vocab, name_like, naming,
                    parse_entry)
from .places import (_PLURAL_RE, _SINGULAR, _place_group, _place_lines, _places_in_entry,
                     _plural_names)
from .name_lists import parse_name_list


def _is_stop_line(content: str) -> bool:
    content = content.lstrip(" .·-–")      # '. OVERWEGENDE DAT:' (a stray dot from a PDF)
    if ARTICLE_RE.match(content) or MD_HEADING_RE.match(content):
        return True
    if markers("considerations_start").match(content) or markers("agreement_phrases").search(content):
        return True
    return bool(re.match(r"(?:gelet\s+op|nemen\b|komen\b|verklaren\b|spreken\b)", content, re.I))


def _header_rest(line: Line) -> tuple[bool, str, int] | None:
    """Is this line a party-list header? (yes, inline rest, offset of the rest)."""
    v = _vocab()
    content = strip_markup(line.text)
    is_heading = line.text.startswith("#") or (line.text.startswith("**") and line.text.rstrip().endswith("**"))
    low = content.lower().rstrip()
    if len(content) <= 110 and re.search(r"\b(?:gesloten|aangegaan|overeengekomen)\s+(?:tussen|door)\s*:$"
                                         r"|^(?:tussen|door)\s*:$", low):
        return True, "", line.end
    m = v["header"].match(content)
    if m is None:
        # '1. Partijen', 'Artikel 1 Partijen', '1 Partijen': a numbered heading that
        # names the party list and nothing else.
        bare = re.sub(r"^(?:(?:artikel|art\.)\s+\d{1,2}[a-z]?\s*[.:\-–—]?\s*|\d{1,2}(?:\.\d{1,2})*[.)]?\s+)",
                      "", content, flags=re.I)
        if bare != content:
            mb = v["header"].match(bare)
            if mb and not (mb.group("mid") or "").strip(" ,") and not (mb.group("rest") or "").strip():
                return True, "", line.end
    if m is None:
        # 'Dit document is opgesteld door vier organisaties ...:', 'Wij zijn de
        # professionals ... van vijf organisaties:' -- a list follows (checked by caller).
        # ('... werken de volgende partijen samen in het Landelijk Beraad:' too, but not
        # 'Partijen komen het volgende overeen:')
        if len(content) <= 220 and low.endswith(":") and v["intro_nouns"].search(low) \
                and not v["header_not"].search(_FOLLOWING_RE.sub(" ", low)):
            return True, "", line.end
        return None
    mid = m.group("mid") or ""
    if v["header_not"].search(mid) or len(mid.split()) > 8:
        return None
    if m.group("colon") is None:
        if not (is_heading or not mid.strip(" ,")):
            return None
        return True, "", line.end
    rest = m.group("rest") or ""
    rest_start = line.start + line.text.find(rest) if rest else line.end
    return True, rest, rest_start


# the header of a list in columns: 'Partij — vertegenwoordigd door', 'Naam - namens'
_COLUMN_HEADER_RE = compile_cached(r"(?:partij|partijen|naam|organisatie)\s+[—–-]+\s+(?:vertegenwoordigd\s+door|"
                               r"vertegenwoordiger|namens|ondertekenaar|ondertekend\s+door)\s*:?\s*$")
# an entry 'Name (short) — who signs for it'
_DASH_ENTRY_RE = compile_cached(r"[^—–]{3,120}?\s[—–]\s+\S")


_LEAD_LABEL_RE = compile_cached(r"^\W*(?:\d+[.)]\s*|[a-z][.)]\s+)?(?:de\s+)?", re.I)


# words of a party entry: where it is established, who represents it, its short name
_ENTRY_WORDS_RE = re.compile(r"\b(?:gevestigd|vertegenwoordigd|hierna)\b", re.IGNORECASE)
# 'de volgende partijen', which announces a list ('volgende' alone does not: 'het volgende')
_FOLLOWING_RE = re.compile(r"\bde\s+volgende\s+(?:[\w-]+\s+)?(?:partijen|organisaties|partners|deelnemers|instellingen)\b")
# a line that announces more entries of the same list: 'En de sectorpartijen:', 'alsmede:'
_SUBHEADER_RE = re.compile(r"(?:en|alsmede|ende)\b(?:\s+[\w-]+){0,4}\s*:$")
# a line that goes on with the entry before it, in lower case
_CONTINUES_RE = re.compile(r"(?:ten\s+deze|te\s+dezen|(?:hierbij\s+|daarbij\s+)?(?:rechtsgeldig\s+)?vertegenwoordigd|gevestigd|kantoorhoudend|handelend\s+(?:als|namens|ter)|rechtsgeldig)\b")
# an entry for several municipalities by their places: 'De gemeenten A, B en C, ...'
_PLURAL_START_RE = re.compile(r"(?:de\s+)?(?:gemeenten|provincies|waterschappen)\s+(?=['’]?[A-Z])", re.IGNORECASE)
# a heading inside a party list: one capitalised plural of a kind of party and a colon
# ('Gemeenten:', 'Werkgeversorganisaties:'; not 'Afspraken:')
_GROUP_LINE_RE = re.compile(r"\s*(?=[A-Z])[\w-]*(?i:organisaties|partijen|partners|gemeenten|provincies|"
                            r"waterschappen|instellingen|corporaties|bedrijven|ondernemingen|verenigingen|"
                            r"stichtingen|aanbieders|besturen|scholen)\s*:\s*")
# a bulleted line with who signs for the entry above: '- Wethouder Werk en Inkomen, gemeente X'
_SIGNER_LINE_RE = re.compile(r"\s*(?:wethouder|burgemeester|voorzitter|directeur|bestuurder|bestuurslid|"
                             r"gedeputeerde|secretaris|rayonmanager|(?-i:X)xx+)\b", re.IGNORECASE)
# a list label or bullet on a line of its own, its entry on the next line
_LABEL = r"(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[IVX]{1,4}[.)])"
_LABEL_ONLY_RE = re.compile(rf"\s*(?:[-–—•*▪·◦]\s*{_LABEL}?|{_LABEL})\s*")
# the date of the decision an entry ends with, on a line of its own: 'd.d. 10-7-2025.'
_DATE_LINE_RE = re.compile(r"(?:d\.\s?d\.|de\s+dato)\s+[\w./-]+(?:\s+\w+){0,2}\s*[.;,]?\s*$", re.IGNORECASE)
# the end of a party list said on the line that names all parties together
_ENDS_LIST_RE = re.compile(r"[;,]\s*(?:overwegende|in\s+aanmerking\s+nemende|komen\b|verklaren\b)")


def _items(lines: list[Line], first: int, limit: int) -> list[tuple[int, int, str, bool]]:
    """Entries after a header: (start, end, text, is_collective_line) until a stop line."""
    items: list[list] = []
    first_style: str | None = None
    first_depth: int | None = None
    last_number: int | None = None
    prev_blank = True
    prev_text = ""
    joined = False      # an 'en' line since the last entry
    signed = False      # a line with who signs for the last entry
    for j in range(first, len(lines)):
        line = lines[j]
        if line.start >= limit:
            break
        if line.blank:
            prev_blank = True
            continue
        if MD_HEADING_RE.match(line.text):
            break
        content = strip_markup(line.text)
        low = content.lower().strip()
        if items and _SUBHEADER_RE.match(low):
            # 'En de sectorpartijen:' (before the header test: it names 'partijen'): like 'en'
            prev_blank = True
            first_style = first_depth = last_number = None
            continue
        if _header_rest(line) is not None and not re.search(r"\bhierna\s+(?:gezamenlijk|samen|tezamen)\b", low):
            break           # another header: its own list (not 'partijen 2 tot en met 4
                            # hierna samen ook: de Gemeenten;')
        if low.rstrip(",:;") in ("en", "ende", "enerzijds", "anderzijds", "alsmede", "tussen"):
            # between the entries: what follows may be numbered where the entries before
            # were not ('De Minister ...;' / 'en' / '1. De vereniging ...')
            prev_blank = True
            joined = bool(items)
            if items:
                first_style = first_depth = last_number = None
            continue
        if _COLUMN_HEADER_RE.match(low):
            continue        # 'Partij — vertegenwoordigd door': the header of the columns
        if _is_stop_line(content):
            break
        # 'hierna gezamenlijk: Partijen', and a name for some of them between the entries:
        # 'Dalmerveen, Oldenkamp en Strijewaard hierna gezamenlijk ook: de Gemeenten;'
        collective_line = bool(re.match(r"(?:hierna\s+)?(?:gezamenlijk|samen|tezamen)\b|hierna\b", low)
                               or re.search(r"\bhierna\s+(?:gezamenlijk|samen|tezamen)\b", low))
        if collective_line and _PLURAL_RE.match(_LEAD_LABEL_RE.sub("", content)):
            collective_line = False     # 'de gemeenten A, B en C (hierna gezamenlijk: de
                                        # Gemeenten)': an entry of three parties
        # 'Hierna te noemen de gemeente' on a line of its own, after the entry (a text broken
        # into short lines): the short name of that entry, not a name for all of them
        own_short = bool(items and collective_line and re.match(r"hierna\b", low)
                         and not re.search(r"\b(?:gezamenlijk|samen|tezamen|partijen|partners)\b", low))
        if own_short:
            collective_line = False
        lab = label_of(content)
        bullet = BULLET_RE.match(content)
        if lab is None and bullet:
            lab = label_of(content[bullet.end():])      # '• 4. de minister ...': numbered
        style = _label_style(lab[0]) if lab else ("bullet" if bullet else "plain")
        labelled = style != "plain"
        if _GROUP_LINE_RE.fullmatch(content):
            # 'Gemeenten:', 'Werkgeversorganisaties:': a heading inside the list
            prev_blank = True
            first_style = first_depth = last_number = None
            continue
        if items and content.rstrip().endswith(":") and len(content.split()) <= 4 and not bullet \
                and not lab and not _ENTRY_WORDS_RE.search(content):
            break           # 'Afspraken:' right after the list: the next part of the text
        if items and ((bullet and _SIGNER_LINE_RE.match(content, bullet.end())) or (
                re.search(r"vertegenwoordigd\s+door\s*:?\s*$", prev_text, re.I) and _SIGNER_LINE_RE.match(content))):
            # '- Wethouder Werk en Inkomen': who signs for the entry above
            items[-1][1] = line.end
            items[-1][2] += " " + line.text.strip()
            signed = True           # the next line opens the next entry
            prev_text = content
            continue
        label_only = bool(items) and _LABEL_ONLY_RE.fullmatch(items[-1][2]) is not None
        if items and not labelled and (label_only or _CONTINUES_RE.match(content) or _DATE_LINE_RE.match(content)):
            # the same entry, broken by a page layout: '1. Gedeputeerde staten van de provincie
            # Drenthe,' / (blank line) / 'ten deze rechtsgeldig vertegenwoordigd door ...', a
            # decision date on its own line, or the entry of a label on a line of its own ('• 1.'
            # / (blank line) / 'Politie. Voor deze ...')
            items[-1][1] = line.end
            items[-1][2] += " " + (line.text.strip() if label_only else line.text)
            prev_blank = False
            prev_text = content
            continue
        if items and prev_blank and labelled and first_style not in (None, style):
            break           # '1. Waarom we samenwerken' after a bulleted list: a new part
        if items and prev_blank and not labelled and not collective_line and \
                first_style not in (None, "plain"):
            break           # 'Aanleiding' after a bulleted list: a heading, not a party
        if items and prev_blank and first_style == "plain" and len(items) >= 2 and not labelled \
                and not collective_line and _org_name(content) is None and not _PLURAL_RE.search(content) \
                and not re.search(r"\b(?:hierna|gevestigd|vertegenwoordigd)\b", content, re.I):
            break           # 'Waarom' after a one-per-line list of names
        if items and items[-1][3] and not collective_line and not own_short and not joined and not (
                lab and style == "number" and last_number is not None
                and _label_number(lab[0]) == last_number + 1):
            break           # 'hierna samen: Partijen' closes the list (but '5. ...' after
                            # 'hierna gezamenlijk: de Regiogemeenten' after 4. goes on, and
                            # so does the entry after 'hierna samen te noemen: Rijk;' / 'en')
        depth = len(re.findall(r"\d+", lab[0])) if lab and style == "number" else None
        if items and depth is not None and first_depth is not None and depth != first_depth:
            break           # '2. Doel' after '1.1 ..., 1.2 ...': the next section
        if depth is not None and first_depth is None:
            first_depth = depth
        number = _label_number(lab[0]) if lab and style == "number" else None
        if number is not None and last_number is not None and number <= last_number and not (
                number == last_number and _ENTRY_WORDS_RE.search(content)):
            break           # numbering starts again: '1. Inleiding' (a number said twice
                            # before another entry, '1. ... gevestigd te ...', is a slip)
        if lab and style == "number":
            last_number = _label_number(lab[0])
        new = (labelled or prev_blank or signed or not items or collective_line
               or prev_text.endswith((";", "."))
               or (prev_text.endswith(",") and content[:1].isupper())
               # 'de gemeente Westmaas (Westmaas),' / 'de gemeente Ooltveen (Ooltveen),'
               or (prev_text.endswith((")," , ");")) and _starts_name(content))
               # 'Stichting Muziekschool Vlietland en' / 'Stichting Historisch Museum
               # Vlietland,': the last name of a one-per-line list
               or (re.search(r"\s(?:en|ende|alsmede)$", prev_text) is not None
                   and _starts_name(content))
               # '..., mevrouw A. Hoffmann,' / 'en de Stichting X, vertegenwoordigd door ...'
               or (prev_text.endswith(",") and re.match(r"(?:en|ende|alsmede)\s+(?=\S)", content) is not None
                   and _starts_name(re.sub(r"^(?:en|ende|alsmede)\s+", "", content))
                   and _ENTRY_WORDS_RE.search(content) is not None)
               # 'Waterschap X (het Waterschap) — de heer P. Hamstra, ...' / 'Gemeente Y
               # (de Gemeente) — mevrouw E. Tjeerdsma, ...': one party per line, a dash
               # before who signs for it
               or (_DASH_ENTRY_RE.match(prev_text) is not None and _DASH_ENTRY_RE.match(content) is not None
                   and _starts_name(content))
               # 'Gemeente Bergwoude' / 'ROC Rijn en Heuvel': one organisation per line,
               # without punctuation
               or (_org_name(prev_text) is not None and _org_name(content) is not None)
               # 'Gemeente Dalwijk, vertegenwoordigd door ..., mevrouw J.A. Brouwer' and the
               # next party on the next line
               or (re.search(r"\b(?:vertegenwoordigd|gevestigd|rechtsgeldig)\b", prev_text, re.I) is not None
                   and _starts_name(content)
                   and name_like(strip_determiner(_entry_head(content)), strict=False)))
        if own_short:
            new = False
        if new and items and not labelled and not collective_line and re.match(r"(?:…|\.{2,})", content):
            new = False     # '….en daartoe gevolmachtigd door de burgemeester;': the entry
                            # goes on after a date left open ('d.d. ….')
        pieces = _flattened_row(line.text) if new and not labelled and not collective_line else None
        if pieces:
            # 'gemeente Aa en Hunze gemeente Assen gemeente Groningen': a table of parties
            # flattened into one line (text taken from a PDF); each name is an entry
            if first_style is None:
                first_style = style
            for a, b in pieces:
                items.append([line.start + a, line.start + b, line.text[a:b], False])
        elif new:
            if first_style is None and not collective_line:
                first_style = style
            items.append([line.start, line.end, line.text, collective_line])
        else:
            items[-1][1] = line.end
            items[-1][2] += " " + line.text
        prev_blank = False
        prev_text = content
        joined = signed = False
        if _ENDS_LIST_RE.search(low):
            break           # 'hierna verder te noemen de gemeenten; overwegende dat,': the
                            # considerations that follow are no entries
        if len(items) > 40:
            break
    return [tuple(i) for i in items]   # type: ignore[misc]


@lru_cache(maxsize=1)
def _flattened_row_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    heads = "|".join(re.escape(str(w)) for w in vocab.words("parties", "flattened_row_heads"))
    split = compile_cached(rf"(?<=[\w’'.)])\s+(?=(?i:{heads})\s+[A-Z])")
    first = compile_cached(rf"\s*(?i:{heads})\s+[A-Z]")
    return split, first


def _flattened_row(text: str) -> "list[tuple[int, int]] | None":
    """The spans of the names in a line that holds several government parties one after
    the other without punctuation ('gemeente Aa en Hunze gemeente Assen'), else None."""
    if re.search(r"[,;:()]", text) or len(text) > 300:
        return None
    split, first = _flattened_row_regexes()
    cuts = [m.end() for m in split.finditer(text)]
    if not cuts or not first.match(text):
        return None
    bounds = [0, *cuts, len(text)]
    return [(a, len(text[:b].rstrip())) for a, b in zip(bounds, bounds[1:])]


def _entry_head(item: str) -> str:
    """The words of a bulleted entry before its first comma, dash or colon."""
    body = item[BULLET_RE.match(item).end():] if BULLET_RE.match(item) else item
    return re.split(r"\s*(?:,|;|:|\s[-–—]\s|\()", body, maxsplit=1)[0]


def _starts_name(content: str) -> bool:
    """'de gemeente Ooltveen', 'het Vechtdal College', 'Stichting X': a line that opens
    a new name, not the continuation of the one before ('de heer J. Jansen')."""
    m = re.match(r"(?:(?:de|het)\s+)?(\S+)", content, re.I)
    if not m:
        return False
    head = m.group(1)
    return head[:1].isupper() or head.lower() in _vocab()["org_types"]


def _label_number(label: str) -> int | None:
    core = label.strip("().")
    return int(core) if core.isdigit() else None


def _label_style(label: str) -> str:
    core = label.strip("().")
    return "number" if core.replace(".", "").isdigit() else "letter"


# 'en, met ingang van de datum van toetreding, de Stichting X, ...': the words before the
# entry's name
_ENTRY_LEAD_RE = compile_cached(r"\s*(?:(?:en|alsmede)\b\s*,?\s*)?(?:(?!de\b|het\b)[a-z][^,;]{0,150},\s*(?=(?:de\s+|het\s+)?[A-Z]))?")


def _semicolon_entries(rest: str, offset: int) -> "tuple[list[Draft], list[str]] | None":
    """'De ondergetekenden: de gemeente X, ..., hierna te noemen: de Gemeente; Stichting Y,
    ...; en Z, ...;' on one line: every piece between semicolons is an entry."""
    if rest.count(";") < 1:
        return None
    drafts: list[Draft] = []
    collective: list[str] = []
    for m in re.finditer(r"[^;]+", rest):
        piece = m.group(0)
        if not piece.strip():
            continue
        lead = _ENTRY_LEAD_RE.match(piece)
        at = lead.end() if lead else 0
        draft, coll = parse_entry(piece[at:], offset + m.start() + at, strict=False)
        if coll:
            collective.append(coll)
        if draft is not None and name_like(strip_determiner(draft.name), strict=False):
            drafts.append(draft)
        elif coll is None:
            return None         # a piece that is no entry: prose, not a list
    return (drafts, collective) if len(drafts) >= 2 else None


def _entries_after(lines: list[Line], i: int, zone_end: int,
                   items: "list[tuple[int, int, str, bool]] | None" = None) -> PartyList:
    """The party entries in the list that follows the header line ``lines[i]``."""
    line = lines[i]
    if items is None:
        items = _items(lines, i + 1, zone_end + 4000)
    result = PartyList()
    end = line.end
    for start, stop, item, collective_line in items:
        group = _group_entry(item, start)
        if group is not None:
            # '- de werkgeversorganisaties: VNO-NCW en MKB-Nederland;': the parties are
            # the names after the label, not the label
            fresh = [d for d in group if all(d.key != p.key for p in result.parties)]
            if not fresh:
                break
            result.parties.extend(fresh)
            end = stop
            continue
        offices = _office_entry(item, start)
        if offices is not None:
            # '2. de Minister van X, de Staatssecretaris van Y, ..., hierna samen te noemen:
            # de ministeries': each office is a party; the name is for them together
            drafts, together = offices
            fresh = [d for d in drafts if all(d.key != p.key for p in result.parties)]
            if not fresh:
                break
            result.parties.extend(fresh)
            if together:
                result.collective.append(together)
            end = stop
            continue
        lead = _entry_start(item)
        if _PLURAL_START_RE.match(item, lead):
            # 'De gemeenten Barendrecht, Albrandswaard en Ridderkerk (cluster BAR), ...'
            places = _plural_names(item, start) or _places_in_entry(item, start)
            fresh = [d for d in places if all(d.key != p.key for p in result.parties)]
            if fresh:
                result.parties.extend(fresh)
                end = stop
                continue
        draft, collective = parse_entry(item, start, strict=False)
        if collective and not _subgroup(item, collective, result.parties):
            result.collective.append(collective)
        if draft is None:
            if collective_line:
                end = stop
                continue
            break           # prose or a heading: the list (if any) has ended
        if collective_line and not label_of(item):
            end = stop          # 'Dalmerveen, Oldenkamp en Strijewaard hierna gezamenlijk
            continue            # ook: de Gemeenten;': a name for some of the parties
        if any(d.key == draft.key for d in result.parties):
            break
        # '- de gemeenten Aarlo, Bredevoort en Cortveld (hierna ...)': three parties
        plural = _plural_names(draft.name, draft.start) if _PLURAL_RE.fullmatch(draft.name) else []
        if not plural and strip_determiner(draft.name).lower() in _SINGULAR:
            # 'De gemeenten, ... Burgemeester en wethouders van de gemeenten Breda, Eindhoven,
            # Tilburg, ..., hierna te noemen: gemeenten': the places named in the entry
            plural = _places_in_entry(item, start)
            if plural:
                result.collective.append(draft.key)     # 'gemeenten' names them together
        result.parties.extend(plural or [draft])
        end = stop
    result.span = Span(line.start, end)
    return result


# 'de werkgeversorganisaties:', 'De zorgverzekeraars:': a lowercase group word (after an
# optional article) and a colon, then the names of the members
_GROUP_LABEL_RE = compile_cached(r"(?:(?:de|het|De|Het)\s+)?[a-z][\w-]{3,}(?:\s+[a-z][\w-]+){0,2}\s*:\s+(?=\S)")

# a longer label that ends in the plural of the members: 'De verhuurders in de gemeenten en
# eventueel andere partijen: Dudok Wonen, Stichting Habion, ...'
_LONG_GROUP_LABEL_RE = compile_cached(
    r"(?:(?:de|het|De|Het)\s+)?[^:;,]{0,140}?\b(?:partijen|organisaties|verhuurders|woningcorporaties|ketenpartners|"
    r"corporaties|instellingen|schoolbesturen|zorgaanbieders|aanbieders|verenigingen|stichtingen|"
    r"bedrijven|ondernemingen)\s*:\s*(?=['’]?[A-Z])")


def _group_entry(item: str, offset: int) -> "list[Draft] | None":
    """The parties of an entry that names a group and then its members, else None."""
    places = _place_group(item, offset)
    if places is not None:
        return places
    skip = _entry_start(item, capital_labels=False)
    m = _GROUP_LABEL_RE.match(item, skip) or _LONG_GROUP_LABEL_RE.match(item, skip)
    if m is None or _CONTINUES_RE.match(item, skip):
        return None
    if re.search(r"\b(?:hierna|noemen|genoemd|aangeduid|duiden)\b", m.group(0), re.I):
        return None     # 'gezamenlijk te noemen: de Sectororganisaties': a name, no group
    # ended with ';' so that `clean` only says whether the list ran into prose; a name for
    # the whole group after it ('..., verder aan te duiden als "de verhuurders"') is left off
    rest = item[m.end():].rstrip()
    naming_tail = re.search(r",?\s*(?:hierna|verder|voortaan|gezamenlijk|(?:allen\s+)?vertegenwoordigd\s+door)\b[^,;]*$", rest, re.I)
    if naming_tail:
        rest = rest[:naming_tail.start()]
    rest = rest.rstrip().rstrip(".;,") + ";"
    drafts, _, clean = parse_name_list(rest, offset + m.end(), strict=True)
    if not clean or not drafts:
        return None
    return drafts


# where the names of an entry end: 'allen handelend als ...', 'hierna ...', 'vertegenwoordigd door'
_NAMES_END_RE = compile_cached(r",?\s*(?:(?:allen|beiden|ieder|elk)\s+)?(?:handelend|hierna|hieronder|(?:hierbij\s+)?vertegenwoordigd)\b",
                               re.I)


def _office_entry(item: str, offset: int) -> "tuple[list[Draft], str | None] | None":
    """An entry that names several ministers or state secretaries ('de Minister van
    Justitie en Veiligheid, de Staatssecretaris van Financiën, ...'): each is a party, and
    a name the entry gives them ('hierna samen te noemen: de ministeries') is for them
    together. None for any other entry."""
    skip = _entry_start(item)
    cut = _NAMES_END_RE.search(item, skip)
    names = item[skip: cut.start() if cut else len(item)].rstrip().rstrip(".;,")
    if names.count(",") + names.count(" en ") < 1:
        return None
    drafts, _, clean = parse_name_list(names + ";", offset + skip, strict=True)
    office = _vocab()["portfolio_head"]
    if not clean or len(drafts) < 2 or not all(office.match(strip_determiner(d.name)) for d in drafts):
        return None
    together = None
    if cut is not None:
        short, collective, _ = _short_names(item[skip:], cut.start() - skip)
        together = collective or short
    return drafts, together


_FORMULA_LINE_RE = compile_cached(
    r"\s*(?:zijn|komen|verklaren)\b[^.\n]{0,60}?\b(?:overeengekomen|overeen)\b", re.I)
_FOR_THEM_RE = compile_cached(r"\s*(?:voor\s+deze|namens\s+deze|v\.d\.|p\.o\.)\s*[:,]?\s*$", re.I)


def find_parties_before_formula(lines: list[Line], start: int, zone_end: int) -> PartyList | None:
    """'De Minister van Defensie' / 'voor deze' / 'De Bevelhebber der Koninklijke marechaussee' /
    'en' / 'De Staatssecretaris van Financiën' / ... / 'zijn het volgende overeengekomen:':
    one party per line before the formula; who signs 'voor deze' is no party."""
    body = [l for l in lines if start <= l.start < zone_end and not l.blank]
    at = next((n for n, l in enumerate(body) if _FORMULA_LINE_RE.match(l.text)), None)
    if at is None:
        return None
    drafts: list[Draft] = []
    n = at - 1
    while n >= 0:
        content = strip_markup(body[n].text).strip().rstrip(",;")
        if n >= 1 and _FOR_THEM_RE.fullmatch(strip_markup(body[n - 1].text)):
            n -= 2      # the officer who signs for the party above
            continue
        if content.lower() in ("en", "ende", "alsmede"):
            n -= 1
            continue
        if len(content.split()) > 12 or not name_like(strip_determiner(content), strict=True):
            break
        name = _as_written(content)
        drafts.insert(0, Draft(name=name, key=name, start=body[n].start + body[n].text.find(content),
                               end=body[n].start + body[n].text.find(content) + len(content)))
        n -= 1
    if len(drafts) < 2:
        return None
    return PartyList(drafts, Span(drafts[0].start, body[at].end), [])


def _opening_lines(lines: list[Line], start: int, zone_end: int, most: int):
    """The first ``most`` lines with text from ``start`` on, before ``zone_end``."""
    seen = 0
    for line in lines:
        if line.start < start or line.blank:
            continue
        if line.start >= zone_end or seen >= most:
            return
        seen += 1
        yield line


def find_group_lines(lines: list[Line], start: int, zone_end: int) -> PartyList | None:
    """Groups of parties in the opening, each after its label, in lines without a header
    ('De gemeenten: A, B en C; De ketenpartners: X, Y, Z'): a text whose party list lost its
    line breaks."""
    drafts: list[Draft] = []
    first = last = None
    for line in _opening_lines(lines, start, zone_end, 8):
        for seg in re.finditer(r"[^;]+", line.text):
            group = _group_entry(seg.group(0), line.start + seg.start())
            if group:
                drafts.extend(d for d in group if all(d.key != o.key for o in drafts))
                first = line.start if first is None else first
                last = line.start + seg.end()
    if len(drafts) < 2 or first is None or last is None:
        return None
    return PartyList(drafts, Span(first, last), [])


_INLINE_HEADER_RE = compile_cached(r"(?<=\s)(?:(?:de\s+)?ondergetekenden(?:\s*[:,]\s*|\s+(?=1[.)]\s))"
                                   r"|partijen(?:\s*[:,]\s*|\s+)(?=1[.)]\s))", re.I)
_INLINE_LABEL_RE = compile_cached(r"(?:(?<=\s)|^)(?P<n>\d{1,2})[.)]\s+(?=(?:de\s+|het\s+)?(?:['’]s-)?[A-Z])", re.I)


def _numbered_entries(lines: list[Line], i: int, rest: str, offset: int, zone_end: int) -> PartyList | None:
    """'1. De Stichting X, ..., hierna: 'X' 2. Hoogheemraadschap Y, ...': entries numbered
    1, 2, 3 ... in one line."""
    cuts, expect = [], 1
    for m in _INLINE_LABEL_RE.finditer(rest):
        if int(m.group("n")) == expect:
            cuts.append(m.start())
            expect += 1
    if len(cuts) < 2:
        return None
    bounds = [*cuts, len(rest)]
    items = [(offset + a, offset + b, rest[a:b].rstrip(), False) for a, b in zip(bounds, bounds[1:])]
    found = _entries_after(lines, i, zone_end, items)
    return found if len(found.parties) >= 2 else None


def find_party_list(lines: list[Line], zone_end: int) -> PartyList | None:
    for i, line in enumerate(lines):
        if line.start >= zone_end:
            break
        if line.blank:
            continue
        header = _header_rest(line)
        tail = strip_markup(line.text).rstrip()
        if header is not None and tail.endswith(":") and \
                markers("considerations_start").search(tail[-30:]):
            continue        # '..., hierna: de Partijen, Overwegende dat:' opens the considerations
        if header is None:
            # 'DEELNAMEOVEREENKOMST X - Y ONDERGETEKENDEN 1. De Stichting X, ... 2. ...': a
            # text that lost its line breaks
            inline = _INLINE_HEADER_RE.search(line.text)
            if inline is not None and inline.start() > 0:
                found = _numbered_entries(lines, i, line.text[inline.end():], line.start + inline.end(), zone_end)
                if found is not None:
                    return found
        if header is None and re.search(r"\bgemeenten\s*:$", tail, re.I) and len(tail) <= 160:
            # 'De colleges van burgemeester en wethouders van de gemeenten:' / 'Albrandswaard' /
            # 'Barendrecht' / ...: one place per line
            found = _place_lines(lines, i, zone_end)
            if found is not None:
                return found
        if header is None:
            # 'Deze afspraken maken wij:' -- any short line that opens a list, when every
            # entry of that list names a party with its own short name
            # (not the considerations: 'Overwegende dat:' lists reasons, and a programme
            # or body there may have a short name: '(MKBA)')
            if len(line.text) <= 160 and tail.endswith(":") \
                    and not markers("considerations_start").search(tail):
                found = _entries_after(lines, i, zone_end)
                if len(found.parties) >= 2 and all(d.key != d.name for d in found.parties):
                    return found
            continue
        _, rest, rest_start = header
        result = PartyList()
        if rest.strip(" \t•·▪◦*-–—") and label_of(rest.strip()) and \
                _label_style(label_of(rest.strip())[0]) == "number" or re.match(r"\s*I[.)]\s", rest):
            # 'Partijen: 1. De gemeente X, ...;' / '2. Stichting Y, ...': the first entry
            # stands on the header's line, the others follow
            first = (rest_start, line.end, rest, False)
            found = _entries_after(lines, i, zone_end, [first, *_items(lines, i + 1, zone_end + 4000)])
            if len(found.parties) >= 2:
                return found
        if rest.strip(" \t•·▪◦*-–—"):       # ('DE ONDERGETEKENDEN: •': a bullet, no entry)
            inline = _semicolon_entries(rest, rest_start)
            if inline is not None:
                result.parties, result.collective = inline
                result.span = Span(line.start, line.end)
                return result
            drafts, collective, _ = parse_name_list(rest, rest_start, strict=False)
            if len(drafts) >= 1:
                result.parties = drafts
                result.collective += collective
                result.span = Span(line.start, line.end)
                return result
            continue
        items = _items(lines, i + 1, zone_end + 4000)
        if items and len(re.findall(r"\bhierna\b", items[0][2], re.I)) >= 2:
            continue            # all parties in one running line, each marked: read as prose
        if re.match(r"\W*wie\b", strip_markup(line.text), re.I) and any(
                len(it[2].split()) > 12 and not _BOLD_NAME_RE.match(it[2])
                and not (BULLET_RE.match(it[2]) and _org_name(_entry_head(it[2])))
                for it in items[:3]):
            continue            # 'Wie zijn wij?' over prose: the makers are named in the text
        found = _entries_after(lines, i, zone_end, items)
        if len(found.parties) >= 2:   # an agreement has two parties at least
            return found
    return None


def find_headless_list(lines: list[Line], start: int, zone_end: int) -> PartyList | None:
    """A party list without a header line: its first entry is the first line after the
    title (and a few short lines: a subtitle, a date, a number) and gives its short name or
    its seat or representative ('De Minister van X, handelend als bestuursorgaan, hierna te
    noemen: de Minister;' / 'en' / '1. de Vereniging Y, gevestigd te ...;')."""
    skipped = 0
    for i, line in enumerate(lines):
        if line.start < start or line.blank:
            continue
        if line.start >= zone_end:
            return None
        content = strip_markup(line.text)
        m = HIERNA_RE.search(content)
        named = m is not None and naming(content, m)
        if not named and not _ENTRY_WORDS_RE.search(content):
            # '1.' on a line of its own, a title said again in capitals, a subtitle or a date
            skipped += 1
            if skipped > 4 or not (_LABEL_ONLY_RE.fullmatch(content) or len(content.split()) <= 12):
                return None
            continue
        if len(re.findall(r"\bhierna\b", content, re.I)) >= 2:
            return None     # several in one line: prose that names them, read elsewhere
        first, _ = parse_entry(content, line.start)
        if first is None or not name_like(strip_determiner(first.name), strict=True):
            return None     # 'Dit convenant wordt aangegaan door ...': prose, not an entry
        found = _entries_after(lines, i, zone_end, _items(lines, i, zone_end + 4000))
        # the entries end where a line no longer opens with a name ('Het convenant van 2004
        # komt hiermee te vervallen.')
        keep = next((n for n, d in enumerate(found.parties)
                     if not name_like(strip_determiner(d.name), strict=True)), len(found.parties))
        found.parties = found.parties[:keep]
        return found if len(found.parties) >= 2 else None
    return None


# 'De raden, de colleges van burgemeester en wethouders en de burgemeesters van de gemeenten
# A en B, ieder voor zover het hun bevoegdheden betreft;': the opening of a
# gemeenschappelijke regeling (a joint regulation) names its parties after the bodies of
# each that make it
_EACH_OWN_POWERS_RE = compile_cached(r",?\s*ieder\s+voor\s+(?:zover|zoveel|zoverre|wat)\b", re.I)
_PUBLIC_BODY_RE = compile_cached(
    rf"(?:(?:het|de)\s+)?(?:[Ww]aterschap|[Hh]oogheemraadschap|[Gg]emeente|[Pp]rovincie)\s+{_PLACE}"
    r"(?:\s+en\s+(?!(?:de|het)\b)[A-Z][\w'’-]+)*")


def find_regulation_parties(text: str, start: int, zone_end: int) -> PartyList | None:
    m = _EACH_OWN_POWERS_RE.search(text, start, zone_end)
    if m is None:
        return None
    para = max(start, text.rfind("\n\n", start, m.start()) + 2, m.start() - 800)
    seg = text[para:m.start()]
    drafts: list[Draft] = []
    taken: list[tuple[int, int]] = []
    for plural in _PLURAL_RE.finditer(seg):
        drafts.extend(_plural_names(seg[plural.start():plural.end()], para + plural.start()))
        taken.append((plural.start(), plural.end()))
    for body in _PUBLIC_BODY_RE.finditer(seg):
        if any(a <= body.start() < b for a, b in taken):
            continue
        name = _as_written(body.group(0))
        drafts.append(Draft(name=name, key=name, start=para + body.start(), end=para + body.end()))
    drafts.sort(key=lambda d: d.start)
    unique = [d for n, d in enumerate(drafts) if all(o.key != d.key for o in drafts[:n])]
    if len(unique) < 2:
        return None
    return PartyList(unique, Span(para, m.end()), [])
