"""The lawyer's view of one text: what the rules look at besides plain sentences.

Everything here is built once per document (by ``structure.build_agreement``) and then
only read. All positions are character offsets into ``Agreement.text`` (the text as
decoded), end exclusive, so every finding maps back to line and column exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported lazily: `convenantlint --help` must stay fast
    from spacy.tokens import Doc


KINDS = ("ambitie", "overeenkomst")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Mention:
    """One place where the text refers to a party (by name, alias or short name)."""

    start: int
    end: int
    text: str


@dataclass
class Party:
    key: str                       # the short name the text uses ("de Gemeente"); unique
    name: str                      # the full name as first written ("gemeente Noordstad")
    aliases: list[str] = field(default_factory=list)   # other names used for it
    span: Span | None = None       # where it is introduced (party list entry)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Article:
    number: str                    # "4", "IV", "4a"
    title: str                     # "Financiën" ("" when the heading has none)
    start: int                     # start of the heading
    heading_end: int               # end of the heading line
    end: int                       # end of the article body (start of the next one)


@dataclass
class Clause:
    label: str                     # "4.1", "1.", "a."
    start: int
    end: int
    article: str | None = None     # Article.number it belongs to


@dataclass
class Definition:
    term: str
    start: int                     # span of the term where it is defined
    end: int
    definition: str = ""


@dataclass
class Commitment:
    """A contribution of time, money, knowledge or another resource, or a date."""

    type: str                      # "geld" | "tijd" | "kennis" | "datum"
    text: str
    start: int
    end: int
    party: str | None = None       # Party.key of the party that gives it, if known
    amount: float | None = None    # euros, or hours per year / fte, normalised
    unit: str | None = None        # "EUR", "EUR/jaar", "uur/jaar", "fte", "datum" ...
    period: str | None = None      # "jaar", "maand", "week", "eenmalig" ...
    # Added by structure (optional): every giving party when more than one gives it
    # ("De Gemeente en de Provincie dragen samen ... bij"); `party` is then the first.
    parties: list[str] = field(default_factory=list)
    share: float | None = None     # a percentage of the costs ("40 procent van de kosten")
    resource: str | None = None    # kind of resource for "kennis": "kennis", "data", "personeel" ...
    currency: str | None = None    # "NLG" when the text gives the amount in guilders (amount is in euros)


@dataclass
class Agreement:
    text: str
    doc: "Doc"
    kind: str                      # one of KINDS
    kind_detected: str             # what detection said, before a --kind override
    title: Span | None = None
    parties: list[Party] = field(default_factory=list)
    party_list: Span | None = None  # the block that lists the parties, if any
    considerations: Span | None = None
    articles: list[Article] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
    signature: Span | None = None
    # signature blocks after the first, in what follows it (a toetredingsverklaring with
    # its own signatures): read as little as the first
    later_signatures: list[Span] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    # Added by structure (optional): the names the text uses for all parties together
    # ("Partijen", "de landen"), as defined in the party list.
    collective: list[str] = field(default_factory=list)

    def unread_spans(self) -> list[Span]:
        """Title, party list and signature blocks: no clause of the agreement stands there."""
        return [s for s in (self.title, self.party_list, self.signature) if s] + self.later_signatures

    def article_at(self, offset: int) -> Article | None:
        for article in self.articles:
            if article.start <= offset < article.end:
                return article
        return None
