"""Where a finding about something missing should point: the article where it belongs."""

from __future__ import annotations

from ..agreement import Agreement


def anchor_span(agreement: Agreement, words: list | None) -> tuple[int | None, int | None]:
    """The heading of the first article whose title has one of `words`, else the title."""
    if words:
        needles = [(w if isinstance(w, str) else w["term"]).lower() for w in words]
        for article in agreement.articles:
            title = article.title.lower()
            if title and any(n in title for n in needles):
                return article.start, article.heading_end
    if agreement.title is not None:
        return agreement.title.start, agreement.title.end
    return None, None
