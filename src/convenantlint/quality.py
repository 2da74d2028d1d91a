"""The measured quality of each check, as recorded by tools/update_quality.py.

Shipped inside the package so `convenantlint rules AMB-01` can tell a user how far to
trust a check without the evaluation set at hand.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def measured() -> dict:
    try:
        text = resources.files("convenantlint.data").joinpath("quality.json").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return {}
    return json.loads(text)


def for_rule(rule_id: str) -> dict | None:
    return measured().get("checks", {}).get(rule_id)
