"""Load rule files, validate them against the schema, and report errors with file:line:column.

A rule file is data; this module turns it into a `Rule` and says precisely what is wrong
when it cannot. Compilation against spaCy (patterns, term lists) happens in
`rule_kinds.compile`, so loading stays cheap for `convenantlint rules`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .agreement import KINDS
from .errors import RuleError

RULE_SUFFIXES = (".yaml", ".yml")


@dataclass
class Rule:
    id: str
    name: str
    dimension: str
    scope: str
    severity: dict[str, str | None]     # per document kind; None = off for that kind
    kinds: tuple[str, ...]
    message: str
    question: str
    rationale: str
    check: dict[str, Any]
    examples: dict[str, list[Any]]
    path: str
    fix: str = ""
    depends_on: tuple[str, ...] = ()
    builtin: bool = False
    positions: dict[tuple, tuple[int, int]] = field(default_factory=dict, repr=False)

    def severity_for(self, kind: str) -> str | None:
        if kind not in self.kinds:
            return None
        return self.severity.get(kind)

    @property
    def default_severity(self) -> str:
        """The severity for an agreement (overeenkomst), else for an ambition text."""
        return self.severity.get("overeenkomst") or self.severity.get("ambitie") or "off"


@dataclass
class RuleSet:
    rules: list[Rule]

    def __post_init__(self) -> None:
        self.by_id = {rule.id: rule for rule in self.rules}

    def __iter__(self):
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, rule_id: str) -> Rule | None:
        return self.by_id.get(rule_id)


# ---------------------------------------------------------------- schema

@lru_cache(maxsize=1)
def _schema() -> dict:
    from ruamel.yaml import YAML

    text = resources.files("convenantlint.schema").joinpath("rule.schema.yaml").read_text("utf-8")
    return YAML(typ="safe").load(text)


@lru_cache(maxsize=None)
def _validator(definition: str | None):
    import jsonschema

    schema = dict(_schema())
    if definition is None:
        # Validate the rule without its check: the check is validated against the
        # schema of its own type, so errors name the exact key instead of a vague oneOf.
        props = dict(schema["properties"])
        props["check"] = {"type": "object", "required": ["type"],
                          "properties": {"type": {"enum": list(CHECK_TYPES)}}}
        schema["properties"] = props
    else:
        schema = {"$schema": schema["$schema"], "$defs": schema["$defs"],
                  "$ref": f"#/$defs/{definition}"}
    return jsonschema.Draft202012Validator(schema)


CHECK_TYPES = {
    "terms": "check_terms",
    "sentences": "check_sentences",
    "pattern": "check_pattern",
    "requires": "check_requires",
    "party": "check_party",
    "builtin": "check_builtin",
}

_TYPE_NAMES = {"object": "een mapping (sleutel: waarde)", "array": "een lijst",
               "string": "tekst", "boolean": "true of false", "integer": "een geheel getal",
               "number": "een getal"}


def _dutch(error) -> str:
    """A jsonschema error in plain Dutch."""
    v = error.validator
    if v == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        allowed = ", ".join(sorted(error.schema.get("properties", {})))
        return f"onbekende sleutel '{extra[0] if extra else '?'}' (toegestaan: {allowed})"
    if v == "required":
        missing = error.message.split("'")[1] if "'" in error.message else "?"
        return f"verplicht veld '{missing}' ontbreekt"
    if v == "enum":
        options = ", ".join(str(o) for o in error.validator_value)
        return f"waarde {error.instance!r} is niet toegestaan; kies uit: {options}"
    if v == "const":
        return f"waarde {error.instance!r} moet {error.validator_value!r} zijn"
    if v == "type":
        wanted = error.validator_value
        wanted = _TYPE_NAMES.get(wanted, wanted) if isinstance(wanted, str) else wanted
        return f"verwacht {wanted}, niet {type(error.instance).__name__}"
    if v == "minItems":
        return "de lijst is leeg of te kort" if error.validator_value <= 1 else \
            f"de lijst moet minstens {error.validator_value} items hebben"
    if v == "minLength":
        return "de tekst is leeg of te kort"
    if v == "minProperties":
        return "de mapping is leeg"
    if v == "pattern":
        return f"waarde {error.instance!r} heeft niet de juiste vorm ({error.validator_value})"
    if v == "uniqueItems":
        return "de lijst bevat dubbele items"
    if v == "oneOf":
        return "deze waarde past bij geen van de toegestane vormen"
    return error.message


def _error_path(error) -> tuple:
    """Where to point: for an unknown key, the key itself rather than its parent."""
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        if extra:
            path += (extra[0],)
    return path


# ---------------------------------------------------------------- positions

def _positions(node, path=(), out=None) -> dict[tuple, tuple[int, int]]:
    """Map every key path of a round-trip-loaded YAML node to its (line, column), 1-based."""
    if out is None:
        out = {}
    lc = getattr(node, "lc", None)
    if isinstance(node, dict):
        for key, value in node.items():
            if lc is not None:
                try:
                    line, col = lc.key(key)
                    out[path + (key,)] = (line + 1, col + 1)
                except (KeyError, TypeError):
                    pass
            _positions(value, path + (key,), out)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            if lc is not None:
                try:
                    line, col = lc.item(i)
                    out[path + (i,)] = (line + 1, col + 1)
                except (KeyError, TypeError, IndexError):
                    pass
            _positions(value, path + (i,), out)
    return out


def _locate(positions: dict[tuple, tuple[int, int]], path: tuple) -> tuple[int, int]:
    path = tuple(path)
    while path:
        if path in positions:
            return positions[path]
        path = path[:-1]
    return (1, 1)


def _plain(node):
    """Round-trip YAML types to plain dict/list/str (for jsonschema and pickling)."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, str):
        return str(node)
    return node


# ---------------------------------------------------------------- loading

def _load_yaml(path: Path, display: str):
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise RuleError("regelbestand is geen geldige UTF-8-tekst", display) from None
    except OSError as exc:
        raise RuleError(f"regelbestand kan niet gelezen worden ({exc.strerror})", display) from None
    yaml = YAML(typ="rt")
    try:
        data = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        problem = exc.problem or exc.context or "ongeldige YAML"
        raise RuleError(f"ongeldige YAML: {problem}", display, line, col) from None
    except YAMLError as exc:
        raise RuleError(f"ongeldige YAML: {exc}", display) from None
    return data


_RULE_FIELDS = ("id", "name", "dimension", "scope", "severity", "kinds", "message",
                "question", "rationale", "check", "examples", "path", "fix", "depends_on",
                "positions")


def _load_rule(path: Path, display: str, trusted: bool = False) -> Rule:
    """Parse and validate one rule file, cached on disk by its content.

    Parsing YAML with positions and validating against the schema costs about 30 ms a
    file in pure Python; the cache makes a second run start fast. A file that does not
    validate raises before anything is stored, so errors are reported every time.
    ``trusted``: a built-in rule file, whose expressions the test suite compiles
    (`test_every_built_in_expression_compiles`); compiling them all again here was four
    fifths of loading the rules on a new machine (10 of 13 s).
    """
    from . import __version__
    from .diskcache import KEEP_VERSIONS, cached, content_key

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RuleError(f"regelbestand kan niet gelezen worden ({exc.strerror})", display) from None
    key = content_key(b"\0".join([__version__.encode(), _schema_bytes(), display.encode(), raw]))

    def build() -> dict:
        rule = parse_rule(_load_yaml(path, display), display, check_regexes=not trusted)
        return {name: getattr(rule, name) for name in _RULE_FIELDS}

    folder = path.parent.resolve()
    if _temporary(folder) and folder != builtin_rules_dir().resolve():
        # throw-away rule folders (tests, editors) are not kept; the built-in rules are,
        # also when the package itself is installed under /tmp (a CI job's venv)
        return Rule(**build())
    # One cache file per rule file (older versions of it are removed when it changes).
    name = f"rule-{path.stem}-{content_key(str(folder).encode())[:8]}"
    # the built-in rules may come from the seed (their key names no folder)
    seed_name = f"rule-{path.stem}" if trusted else None
    return Rule(**cached(name, key, build, _valid_rule, keep_latest=KEEP_VERSIONS,
                         seed_name=seed_name))


def _temporary(folder: Path) -> bool:
    import tempfile

    try:
        folder.relative_to(Path(tempfile.gettempdir()).resolve())
    except ValueError:
        return False
    return True


def _valid_rule(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == set(_RULE_FIELDS)


@lru_cache(maxsize=1)
def _schema_bytes() -> bytes:
    return resources.files("convenantlint.schema").joinpath("rule.schema.yaml").read_bytes()


def parse_rule(data: Any, display: str, check_regexes: bool = True) -> Rule:
    """Validate one loaded rule file and build the Rule; RuleError names file:line:col."""
    if not isinstance(data, dict):
        raise RuleError("een regelbestand moet een mapping zijn (id:, name:, ...)", display, 1, 1)
    positions = _positions(data)
    plain = _plain(data)

    def fail(path: tuple, message: str):
        line, col = _locate(positions, path)
        rule_id = plain.get("id") if isinstance(plain.get("id"), str) else None
        prefix = f"regel {rule_id}: " if rule_id else ""
        raise RuleError(prefix + message, display, line, col)

    errors = sorted(_validator(None).iter_errors(plain), key=lambda e: (len(e.absolute_path), e.message))
    if errors:
        fail(_error_path(errors[0]), _dutch(errors[0]))
    check = plain["check"]
    errors = sorted(_validator(CHECK_TYPES[check["type"]]).iter_errors(check),
                    key=lambda e: (-len(e.absolute_path), e.message))
    if errors:
        fail(("check",) + _error_path(errors[0]), _dutch(errors[0]))

    severity = plain["severity"]
    if isinstance(severity, str):
        per_kind = {kind: severity for kind in KINDS}
    else:
        per_kind = {kind: (None if severity.get(kind, "off") == "off" else severity.get(kind))
                    for kind in KINDS}
    kinds = tuple(plain.get("kinds") or [k for k in KINDS if per_kind.get(k)])

    check = _expand_definitions(check, plain.get("define") or {}, fail)
    if check_regexes:
        _check_regexes(check, ("check",), fail)
    return Rule(
        id=plain["id"], name=plain["name"], dimension=plain["dimension"], scope=plain["scope"],
        severity=per_kind, kinds=kinds, message=plain["message"].strip(),
        question=plain["question"].strip(), rationale=plain["rationale"].strip(),
        check=check, examples=plain["examples"], path=display,
        fix=(plain.get("fix") or "").strip(), depends_on=tuple(plain.get("depends_on") or ()),
        positions=positions,
    )


_REGEX_KEYS = ("regex", "before", "after", "self", "lead_in", "REGEX")
_USE = re.compile(r"\(\?&([a-z][a-z0-9_]*)\)")


def _expand_definitions(check: dict, define: dict[str, str], fail) -> dict:
    """Replace every (?&name) in the check's expressions by its definition (`define:`),
    so that a long part such as "one party" is written once. A definition may use the
    definitions above it."""
    expanded: dict[str, str] = {}
    for name, body in define.items():
        def use(m: re.Match, name=name) -> str:
            if m.group(1) not in expanded:
                fail(("define", name), f"definitie '{name}' gebruikt (?&{m.group(1)}), die "
                     "daarboven niet gedefinieerd is")
            return "(?:" + expanded[m.group(1)] + ")"

        expanded[name] = _USE.sub(use, body)
        try:
            re.compile(expanded[name])
        except re.error as exc:
            fail(("define", name), f"ongeldige reguliere expressie in definitie '{name}': {exc}")

    def walk(node, path):
        if isinstance(node, dict):
            out = {}
            for key, value in node.items():
                if key in _REGEX_KEYS and isinstance(value, str):
                    def use(m: re.Match, at=path + (key,)) -> str:
                        if m.group(1) not in expanded:
                            known = ", ".join(sorted(expanded))
                            fail(at, f"onbekende definitie (?&{m.group(1)}); gedefinieerd zijn: {known}")
                        return "(?:" + expanded[m.group(1)] + ")"

                    out[key] = _USE.sub(use, value)
                else:
                    out[key] = walk(value, path + (key,))
            return out
        if isinstance(node, list):
            return [walk(value, path + (i,)) for i, value in enumerate(node)]
        return node

    return walk(check, ("check",))


def _check_regexes(node, path, fail) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("regex", "before", "after", "self", "lead_in") and isinstance(value, str):
                try:
                    re.compile(value)
                except re.error as exc:
                    fail(path + (key,), f"ongeldige reguliere expressie: {exc}")
            elif key == "REGEX" and isinstance(value, str):
                try:
                    re.compile(value)
                except re.error as exc:
                    fail(path + (key,), f"ongeldige REGEX in patroon: {exc}")
            else:
                _check_regexes(value, path + (key,), fail)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _check_regexes(value, path + (i,), fail)


def rule_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in RULE_SUFFIXES and p.is_file()
                  and not p.name.startswith("."))


def builtin_rules_dir() -> Path:
    return Path(str(resources.files("convenantlint.rules")))


def load_rules(folders: list[Path] | None = None, *, include_builtin: bool = True,
               display_root: Path | None = None) -> RuleSet:
    """Load the built-in rules and any extra folders; later folders may not reuse an ID."""
    sources: list[tuple[Path, bool]] = []
    if include_builtin:
        sources.append((builtin_rules_dir(), True))
    for folder in folders or []:
        if not folder.exists():
            raise RuleError("de map met regels bestaat niet", str(folder))
        if not folder.is_dir():
            raise RuleError("dit is geen map met regels", str(folder))
        sources.append((folder, False))
    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    for folder, builtin in sources:
        files = rule_files(folder)
        if not files and not builtin:
            raise RuleError("de map bevat geen regelbestanden (.yaml)", str(folder))
        for path in files:
            display = f"rules/{path.name}" if builtin else str(path)
            rule = _load_rule(path, display, trusted=builtin)
            rule.builtin = builtin
            if rule.id in seen:
                line, col = _locate(rule.positions, ("id",))
                raise RuleError(f"dubbele regel-ID {rule.id}: staat ook in {seen[rule.id].path}",
                                display, line, col)
            seen[rule.id] = rule
            rules.append(rule)
    for rule in rules:
        for dep in rule.depends_on:
            if dep not in seen:
                line, col = _locate(rule.positions, ("depends_on",))
                raise RuleError(f"regel {rule.id}: depends_on noemt onbekende regel {dep}",
                                rule.path, line, col)
    rules.sort(key=lambda r: r.id)
    return RuleSet(rules)
