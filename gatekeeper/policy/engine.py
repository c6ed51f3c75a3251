"""The decision engine: policy data (``policies/decision/``) decided through Casbin.

Pure: no web framework, no database. ``PolicyEngine.load`` reads and validates every policy file
once, builds a Casbin enforcer over them, and remembers every Casbin outcome it computes in plain
dicts owned by that engine, so a reload (a new engine) starts from nothing. ``decide`` never raises.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import casbin
import yaml
from casbin.model import Model
from casbin.persist.adapter import Adapter
from casbin.util import key_match

from gatekeeper.core.policy_yaml import load_policy_yaml
from gatekeeper.core.types import Category, Decision, Outcome, Reason
from gatekeeper.logging import silence_casbin
from gatekeeper.policy.errors import PolicyLoadError
from gatekeeper.policy.text import Container, Modifier, PhraseTaxonomy, fold, is_blank, key, words
from gatekeeper.policy.version import read_policy_tree, version_of

if TYPE_CHECKING:
    from gatekeeper.core.request import SubmitRequest

__all__ = ["REASON_MESSAGES", "Facts", "PolicyEngine", "facts_from_request"]

# ---------------------------------------------------------------------------------------------
# Reason codes: a stable API (not policy). Messages never carry request values.
# Deny codes in the order reasons are reported: most fundamental first.
_DENY_ORDER: tuple[str, ...] = (
    "policy_error",
    "face_surveillance",
    "invalid_request",
    "recipient_not_permitted",
    "ground_not_permitted",
    "missing_threat_statement",
    "missing_substance",
    "excluded_substance",
    "unknown_substance",
    "missing_weapon",
    "weapon_determination_required",
    "weapon_determined_not_dangerous",
    "unknown_weapon",
)
_ALLOW_ORDER: tuple[str, ...] = (
    "recipient_permitted",
    "ground_permitted",
    "substance_permitted",
    "weapon_permitted",
    "weapon_determined_dangerous",
    "unclassified_substance_present",
)
REASON_MESSAGES: Mapping[str, str] = {
    "policy_error": "the policy engine could not decide this request; it is denied until it can",
    "invalid_request": "a required field (ground or recipient) is empty or unusable",
    "face_surveillance": (
        "the request carries, or asks for, material derived from face surveillance, "
        "which Boston City Code 16-62 forbids the city to use"
    ),
    "recipient_not_permitted": (
        "the recipient is not one the policy permits; only the Boston Police Department and its "
        "units may receive a report"
    ),
    "ground_not_permitted": "the ground is not one on which the policy permits sharing with police",
    "missing_threat_statement": "a credible-threat request must state the articulable threat in writing",
    "missing_substance": "a drugs request must name at least one substance",
    "excluded_substance": (
        "every substance named is in a class the policy excludes from sharing "
        "(marijuana, nicotine, alcohol, or a vape of unknown content)"
    ),
    "unknown_substance": (
        "a substance name the taxonomy cannot place as a controlled substance; "
        "counsel can add it to the reviewed taxonomy"
    ),
    "missing_weapon": "a weapon request must name the weapon",
    "weapon_determination_required": (
        "a replica, BB, airsoft or similar weapon needs a named approver's determination "
        "that it is a dangerous weapon"
    ),
    "weapon_determined_not_dangerous": "a named approver determined that the replica weapon is not dangerous",
    "unknown_weapon": (
        "a weapon name the policy cannot place as a dangerous weapon; counsel can add it to the "
        "reviewed weapon list"
    ),
    "recipient_permitted": "the recipient is a unit the policy permits",
    "ground_permitted": "the ground is one on which the policy permits sharing",
    "substance_permitted": (
        "at least one substance named is a controlled substance outside the excluded classes"
    ),
    "weapon_permitted": "the weapon is a dangerous weapon under the policy",
    "weapon_determined_dangerous": "a named approver determined that the replica weapon is dangerous",
    "unclassified_substance_present": (
        "note: a substance name the taxonomy cannot place was also named; it does not change the "
        "decision, which rests on a placed controlled substance"
    ),
}
_RANK = {c: i for i, c in enumerate(_DENY_ORDER + _ALLOW_ORDER)}

# Domains of the Casbin model and the code reported when no rule matched at all (deny by default).
_DOMAIN_DEFAULT_DENY: Mapping[str, str] = {
    "recipient": "recipient_not_permitted",
    "ground": "ground_not_permitted",
    "substance": "unknown_substance",
    "weapon": "unknown_weapon",
    "attachment": "face_surveillance",
}
_ACT = "disclose"
_ACT_DETERMINED = {
    None: "disclose",
    True: "disclose_determined_dangerous",
    False: "disclose_determined_not_dangerous",
}
_REPORT = "report"
_UNNAMED = "?unnamed"  # never a g member: nothing matches, so Casbin denies by default
_REQUIREMENTS = frozenset({"threat_statement", "substances", "weapon"})
_NAME_PREFIX = "name:"  # attachment names travel in Facts.attachment_kinds with this prefix
_TOKEN = re.compile(r"[A-Za-z0-9_:*.-]+")
_RECIPIENT = re.compile(r"[a-z0-9-]+(?:/[a-z0-9-]+)*")
# A free-typed unit of an allowed agency ("BPD District C-11", "Boston Police Dept., Area B"):
# words, spaces, hyphens, commas and full stops only; never a slash path or other characters.
_UNIT_FORM = re.compile(r"[a-z0-9]+(?:(?:[ ,.()-]|, )+[a-z0-9]+)*[.)]?")
# A trailing "(Det. Ruiz)" / "(attn: Officer Lee)": one bracketed person, no nested brackets.
_PERSON_SUFFIX = re.compile(r"\s*\(([^()/]{1,60})\)\s*$")
_MEMO_MAX = 65_536
_MAX_FIELD = 1_000
_PLACEHOLDER_MAX = 64  # a placeholder statement is short: longer text is never compared


@dataclass(frozen=True)
class Facts:
    ground: str
    recipient: str
    substances: tuple[str, ...] = ()
    weapon: str | None = None
    weapon_determined_dangerous: bool | None = None  # a named approver's determination for replica/BB/airsoft
    has_threat_statement: bool = False
    attachment_kinds: tuple[str, ...] = ()
    face_surveillance_in_text: bool = False  # set by the redactor when free text mentions face recognition
    # the statement as a key ("n_a", "see_above"; None when not given), so that a placeholder is no
    # statement (grounds.yaml placeholder_statements)
    threat_statement_key: str | None = None
    # A decision re-run from its audit record (retention): the classes the policy placed then,
    # since the record keeps classes, not the names typed. None: classify the names as usual.
    substance_classes: tuple[str, ...] | None = None
    weapon_classes: tuple[str, ...] | None = None


def facts_from_request(req: SubmitRequest, face_surveillance_in_text: bool) -> Facts:
    """The facts the policy decides on, from a validated request.

    Blank substance names are dropped; a blank weapon is no weapon; a whitespace-only threat
    statement is no statement; a determination counts only with a named person. Attachment names
    are passed as ``"name:<name>"`` entries after the kinds, so a face-match file sent under a
    generic kind is still caught (names are matched on face-surveillance phrases only).
    """
    det = req.weapon_determination
    determined = det.dangerous if det is not None and not is_blank(det.determined_by) else None
    kinds = tuple(a.kind for a in req.attachments)
    names = tuple(_NAME_PREFIX + a.name for a in req.attachments if a.name and not is_blank(a.name))
    return Facts(
        ground=req.ground.strip(),
        recipient=req.recipient.strip(),
        substances=tuple(s.strip() for s in req.substances if not is_blank(s)),
        weapon=None if is_blank(req.weapon) else (req.weapon or "").strip(),
        weapon_determined_dangerous=determined,
        has_threat_statement=not is_blank(req.threat_statement),
        threat_statement_key=(
            None if (st := req.threat_statement) is None or len(st) > _PLACEHOLDER_MAX else key(st)
        ),
        attachment_kinds=kinds + names,
        face_surveillance_in_text=bool(face_surveillance_in_text),
    )


# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Check:
    allowed: bool
    code: str
    rule: str | None  # "p, ..." of the deciding rule, None when nothing matched


@dataclass(frozen=True, slots=True)
class _Ground:
    key: str
    requires: frozenset[str]
    legal_basis: str | None


class _EnforceFailed(Exception):
    pass


class _RuleAdapter(Adapter):  # type: ignore[misc]
    def __init__(self, rules: list[tuple[str, list[str]]]) -> None:
        self._rules = rules

    def load_policy(self, model: Any) -> None:
        for ptype, tokens in self._rules:
            model.model[ptype[0]][ptype].policy.append(list(tokens))


def _fail(path: str, problem: str) -> PolicyLoadError:
    return PolicyLoadError(f"{path}: {problem}")


def _yaml(files: Mapping[str, bytes], rel: str) -> dict[str, Any]:
    if rel not in files:
        raise _fail(rel, "missing")
    try:
        data = load_policy_yaml(files[rel].decode("utf-8"))
    except UnicodeDecodeError:
        raise _fail(rel, "not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise _fail(rel, f"invalid YAML{where}") from None
    if not isinstance(data, dict):
        raise _fail(rel, "must be a mapping at top level")
    return data


def _str_list(value: Any, rel: str, what: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(rel, f"{what} must be a list of non-empty strings")
    return list(value)


def _mapping(value: Any, rel: str, what: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise _fail(rel, f"{what} must be a mapping")
    return value


def _taxonomy(files: Mapping[str, bytes], rel: str) -> PhraseTaxonomy:
    data = _yaml(files, rel)
    classes = _str_list(data.get("classes"), rel, "classes")
    if not classes or len(set(classes)) != len(classes):
        raise _fail(rel, "classes must be a non-empty list without repeats")
    known = set(classes)
    aliases: dict[str, list[str]] = {}
    for cls, phrases in _mapping(data.get("aliases"), rel, "aliases").items():
        if cls not in known:
            raise _fail(rel, f"aliases name class '{key(cls)}' that is not in classes")
        aliases[cls] = _str_list(phrases, rel, f"aliases of {key(cls)}")
    containers: dict[str, tuple[Container, list[str]]] = {}
    for name, spec in _mapping(data.get("containers"), rel, "containers").items():
        spec = _mapping(spec, rel, f"container {key(name)}")
        default = spec.get("default_class")
        if default is not None and default not in known:
            raise _fail(rel, f"container {key(name)} has an unknown default_class")
        phrases = _str_list(spec.get("aliases"), rel, "container aliases")
        containers[name] = (Container(name, default), phrases)
    modifiers: dict[str, tuple[Modifier, list[str]]] = {}
    for name, spec in _mapping(data.get("modifiers"), rel, "modifiers").items():
        spec = _mapping(spec, rel, f"modifier {key(name)}")
        mode = spec.get("mode", "add")
        if mode not in ("add", "replace"):
            raise _fail(rel, f"modifier {key(name)} mode must be add or replace")
        result = _mapping(spec.get("result"), rel, f"result of modifier {key(name)}")
        for src, dst in result.items():
            if dst not in known:
                raise _fail(rel, f"modifier {key(name)} results in an unknown class")
            if src != "*" and src not in known and src.removeprefix("container:") not in containers:
                raise _fail(rel, f"modifier {key(name)} qualifies an unknown class or container")
        alone = spec.get("alone")
        if alone is not None and alone not in known:
            raise _fail(rel, f"modifier {key(name)} has an unknown alone class")
        modifiers[name] = (
            Modifier(name, mode, dict(result), alone),
            _str_list(spec.get("aliases"), rel, "modifier aliases"),
        )
    comparisons = _str_list(data.get("comparisons"), rel, "comparisons")
    try:
        return PhraseTaxonomy(tuple(classes), aliases, containers, modifiers, comparisons)
    except ValueError as exc:
        raise _fail(rel, str(exc)) from None


def _phrase_index(entries: Mapping[str, list[str]], rel: str) -> dict[tuple[str, ...], str]:
    index: dict[tuple[str, ...], str] = {}
    for target, phrases in entries.items():
        for phrase in phrases:
            ws = words(phrase)
            if not ws:
                raise _fail(rel, "an empty alias")
            if index.get(ws, target) != target:
                raise _fail(rel, f"alias '{' '.join(ws)}' is listed twice")
            index[ws] = target
    return index


def _find_phrase(
    index: Mapping[tuple[str, ...], str], lengths: tuple[int, ...], ws: tuple[str, ...]
) -> str | None:
    n = len(ws)
    for i in range(n):
        for length in lengths:
            if i + length <= n:
                hit = index.get(ws[i : i + length])
                if hit is not None:
                    return hit
    return None


class PolicyEngine:
    """Decides a request's Facts under one loaded, immutable version of the policy files."""

    version: str
    notice: str

    def __init__(self, *, version: str, notice: str, enforcer: Any, p_rules: list[list[str]],
                 grounds: dict[str, _Ground], ground_aliases: dict[str, str],
                 allowed_agencies: dict[tuple[str, ...], str], denied_agencies: dict[tuple[str, ...], str],
                 substances: PhraseTaxonomy, weapons: PhraseTaxonomy,
                 face_kind_words: frozenset[str], face_phrases: dict[tuple[str, ...], str],
                 unit_words: frozenset[str] = frozenset(),
                 person_titles: frozenset[str] = frozenset(),
                 placeholder_statements: frozenset[str] = frozenset(),
                 placeholder_prefixes: frozenset[str] = frozenset(),
                 placeholder_notes: frozenset[str] = frozenset()) -> None:
        self.version = version
        self._placeholders = placeholder_statements
        self._placeholder_prefixes = placeholder_prefixes
        self._placeholder_notes = placeholder_notes
        self.notice = notice
        self._enforcer = enforcer
        self._p_rules = p_rules
        self._grounds = grounds
        self._ground_aliases = ground_aliases
        self._allowed_agencies = allowed_agencies
        self._allowed_lengths = tuple(sorted({len(k) for k in allowed_agencies}, reverse=True))
        self._unit_words = unit_words
        self._person_titles = person_titles
        self._denied_agencies = denied_agencies
        self._denied_lengths = tuple(sorted({len(k) for k in denied_agencies}, reverse=True))
        self._substances = substances
        self._weapons = weapons
        self._face_words = face_kind_words
        self._face_phrases = face_phrases
        self._face_lengths = tuple(sorted({len(k) for k in face_phrases}, reverse=True))
        # Memos, owned by this engine: a reload builds a new engine and so starts empty.
        self._checks: dict[tuple[str, str, str, str], _Check] = {}
        self._memo: dict[Facts, Decision] = {}
        self._sub_memo: dict[str, tuple[str, ...]] = {}
        self._weapon_memo: dict[str, tuple[str, ...]] = {}
        self._recipient_memo: dict[str, tuple[str, str | None, bool]] = {}
        self._attachment_memo: dict[str, str | None] = {}

    # -- loading ------------------------------------------------------------------------------
    @classmethod
    def load(cls, policy_dir: Path) -> PolicyEngine:
        """Read, validate and compile the policy under ``policy_dir`` (the ``policies/`` folder,
        whose ``decision/`` subfolder holds this engine's files; a folder holding ``model.conf``
        directly also works). ``version`` covers every file under ``policy_dir``."""
        try:
            files = read_policy_tree(Path(policy_dir))
        except OSError as exc:
            raise PolicyLoadError(f"cannot read the policy directory ({type(exc).__name__})") from None
        prefix = "decision/" if "decision/model.conf" in files else ""
        if prefix + "model.conf" not in files:
            raise PolicyLoadError("decision/model.conf: missing")
        try:
            return cls._build(files, prefix)
        except PolicyLoadError:
            raise
        except Exception as exc:  # any other failure while compiling is still a load error
            raise PolicyLoadError(f"the policy could not be compiled ({type(exc).__name__})") from None

    @classmethod
    def _build(cls, files: dict[str, bytes], prefix: str) -> PolicyEngine:
        def text(name: str) -> str:
            rel = prefix + name
            if rel not in files:
                raise _fail(rel, "missing")
            try:
                return files[rel].decode("utf-8")
            except UnicodeDecodeError:
                raise _fail(rel, "not UTF-8 text") from None

        # model
        model = Model()
        try:
            model.load_model_from_text(text("model.conf"))
        except Exception as exc:
            raise _fail(prefix + "model.conf", f"invalid Casbin model ({type(exc).__name__})") from None
        if "p" not in model.model or "p" not in model.model["p"] or "g" not in model.model.get("g", {}):
            raise _fail(prefix + "model.conf", "must define p and g")
        p_arity = len(model.model["p"]["p"].tokens)
        g_arity = len(model.model["g"]["g"].value.split(","))
        if p_arity != 6 or g_arity != 3:
            raise _fail(prefix + "model.conf", "p must have 6 fields (..., eft, code) and g 3")

        # rules
        rel_csv = prefix + "policy.csv"
        rules: list[tuple[str, list[str]]] = []
        for lineno, raw in enumerate(text("policy.csv").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            tokens = [t.strip() for t in line.split(",")]
            ptype, rest = tokens[0], tokens[1:]
            if ptype not in ("p", "g"):
                raise _fail(rel_csv, f"line {lineno}: rule type must be p or g")
            if len(rest) != (p_arity if ptype == "p" else g_arity):
                raise _fail(rel_csv, f"line {lineno}: wrong number of fields")
            if not all(_TOKEN.fullmatch(t) for t in rest):
                raise _fail(rel_csv, f"line {lineno}: a field is empty or has a bad character")
            if ptype == "p":
                if rest[4] not in ("allow", "deny"):
                    raise _fail(rel_csv, f"line {lineno}: effect must be allow or deny")
                if rest[5] not in REASON_MESSAGES:
                    raise _fail(rel_csv, f"line {lineno}: unknown reason code")
                if (rest[4] == "allow") != (rest[5] in _ALLOW_ORDER):
                    raise _fail(rel_csv, f"line {lineno}: reason code does not fit the effect")
            rules.append((ptype, rest))
        p_rules = [r for t, r in rules if t == "p"]
        g_links = [r for t, r in rules if t == "g"]
        if not p_rules:
            raise _fail(rel_csv, "no p rules")

        def reachable(member: str, domain: str) -> bool:
            roles = {member}
            frontier = [member]
            while frontier:
                cur = frontier.pop()
                for m, role, dom in g_links:
                    if m == cur and dom == domain and role not in roles:
                        roles.add(role)
                        frontier.append(role)
            return any(p[0] in roles and p[1] == domain for p in p_rules)

        # grounds
        rel = prefix + "grounds.yaml"
        gdata = _mapping(_yaml(files, rel).get("grounds"), rel, "grounds")
        if not gdata:
            raise _fail(rel, "no grounds")
        grounds: dict[str, _Ground] = {}
        ground_aliases: dict[str, str] = {}
        def keys(name: str) -> frozenset[str]:
            return frozenset(key(p) for p in _str_list(_yaml(files, rel).get(name), rel, name))

        placeholders = keys("placeholder_statements") | frozenset({""})
        placeholder_prefixes = keys("placeholder_prefixes")
        placeholder_notes = keys("placeholder_notes")
        for name, spec in gdata.items():
            gkey = key(name)
            if gkey != name:
                raise _fail(rel, "ground names must be snake_case")
            spec = _mapping(spec, rel, f"ground {gkey}")
            requires = frozenset(_str_list(spec.get("requires"), rel, "requires"))
            if not requires <= _REQUIREMENTS:
                raise _fail(rel, f"ground {gkey}: requires may only name {sorted(_REQUIREMENTS)}")
            basis = spec.get("legal_basis")
            if basis is not None and not isinstance(basis, str):
                raise _fail(rel, f"ground {gkey}: legal_basis must be text")
            if not reachable(gkey, "ground"):
                raise _fail(rel, f"ground {gkey} has no g link to a rule in policy.csv")
            grounds[gkey] = _Ground(gkey, requires, basis.strip() if basis else None)
            for alias in [name, *_str_list(spec.get("aliases"), rel, "aliases")]:
                akey = key(alias)
                if ground_aliases.get(akey, gkey) != gkey:
                    raise _fail(rel, "an alias is listed for two grounds")
                ground_aliases[akey] = gkey

        # recipients
        rel = prefix + "recipients.yaml"
        rdata = _yaml(files, rel)
        allowed_spec = _mapping(rdata.get("allowed"), rel, "allowed")
        denied_spec = _mapping(rdata.get("denied"), rel, "denied")
        if not allowed_spec:
            raise _fail(rel, "no allowed recipients")

        def agency_aliases(spec: dict[str, Any], what: str) -> dict[str, list[str]]:
            out: dict[str, list[str]] = {}
            for name, entry in spec.items():
                if key(name) != name:
                    raise _fail(rel, f"{what} agency names must be snake_case")
                if not reachable(name, "recipient"):
                    raise _fail(rel, f"{what} agency {name} has no g link to a rule in policy.csv")
                entry = _mapping(entry, rel, f"agency {name}")
                out[name] = [name.replace("_", " "), *_str_list(entry.get("aliases"), rel, "aliases")]
            return out

        allowed_agencies = _phrase_index(agency_aliases(allowed_spec, "allowed"), rel)
        denied_agencies = _phrase_index(agency_aliases(denied_spec, "denied"), rel)
        if set(allowed_agencies) & set(denied_agencies):
            raise _fail(rel, "an alias is both allowed and denied")
        unit_words = frozenset(w for u in _str_list(rdata.get("unit_words"), rel, "unit_words") for w in words(u))
        person_titles = frozenset(w for u in _str_list(rdata.get("person_titles"), rel, "person_titles")
                                  for w in words(u))

        # taxonomies
        substances = _taxonomy(files, prefix + "substances.yaml")
        weapons = _taxonomy(files, prefix + "weapons.yaml")
        taxonomies = ((substances, "substance", "substances.yaml"), (weapons, "weapon", "weapons.yaml"))
        for tax, domain, rel in taxonomies:
            for c in tax.classes:
                if not reachable(c, domain):
                    raise _fail(prefix + rel, f"class {c} has no g link to a rule in policy.csv")

        # attachments
        rel = prefix + "attachments.yaml"
        adata = _mapping(_yaml(files, rel).get("classes"), rel, "classes")
        face = _mapping(adata.get(Category.FACE_SURVEILLANCE.value), rel, Category.FACE_SURVEILLANCE.value)
        kind_words = _str_list(face.get("kind_words"), rel, "kind_words")
        face_words = frozenset(w for p in kind_words for w in words(p))
        face_phrases = _phrase_index(
            {Category.FACE_SURVEILLANCE.value: _str_list(face.get("phrases"), rel, "phrases")}, rel
        )
        if not face_words or not face_phrases:
            raise _fail(rel, "face_surveillance needs kind_words and phrases")
        if not reachable(Category.FACE_SURVEILLANCE.value, "attachment"):
            raise _fail(rel, "face_surveillance has no rule in policy.csv")

        notice = text("notice.txt").strip()
        if not notice:
            raise _fail(prefix + "notice.txt", "empty")

        try:
            enforcer = casbin.Enforcer(model, _RuleAdapter(rules))
            silence_casbin()  # its log lines carry request values
        except Exception as exc:
            raise _fail(rel_csv, f"Casbin rejected the policy ({type(exc).__name__})") from None

        engine = cls(
            version=version_of(files), notice=notice, enforcer=enforcer, p_rules=p_rules,
            grounds=grounds, ground_aliases=ground_aliases,
            allowed_agencies=allowed_agencies, denied_agencies=denied_agencies, unit_words=unit_words,
            person_titles=person_titles,
            substances=substances, weapons=weapons,
            face_kind_words=face_words, face_phrases=face_phrases,
            placeholder_statements=placeholders,
            placeholder_prefixes=placeholder_prefixes,
            placeholder_notes=placeholder_notes,
        )
        # smoke test: every ground decides without error
        try:
            for g in grounds:
                engine._check(g, "ground", _REPORT, _ACT)
        except _EnforceFailed:
            raise _fail(prefix + "model.conf", "the matcher fails on the policy") from None
        engine._checks.clear()
        return engine

    # -- classification -----------------------------------------------------------------------
    def classify_substance(self, name: str) -> str | None:
        """The class of a free-form substance name ("counterfeit Percocet pills" -> "counterfeit_pill"),
        or None when the taxonomy cannot place it."""
        classes = self._substance_classes(name)
        return classes[0] if classes else None

    def classify_weapon(self, name: str) -> str | None:
        classes = self._weapon_classes(name)
        return classes[0] if classes else None

    def recipient_agency(self, recipient: str) -> str | None:
        """The agency a recipient names ("BPD/District-B2" -> "bpd"; "bpd/bric" -> "bric"),
        or None when the policy does not name it."""
        return self._recipient(recipient)[1]

    def permitted_recipient(self, recipient: str) -> bool:
        """True when the policy names ``recipient`` as an agency (or a unit of one) that may
        receive reports; a denied agency, a denied unit ("bpd/bric") or an unnamed one is False."""
        _, agency, well_formed = self._recipient(recipient)
        return well_formed and agency is not None and agency in set(self._allowed_agencies.values())

    def _substance_classes(self, name: str) -> tuple[str, ...]:
        return self._memoised(self._sub_memo, name, self._substances.classify)  # type: ignore[no-any-return]

    def _weapon_classes(self, name: str) -> tuple[str, ...]:
        return self._memoised(self._weapon_memo, name, self._weapons.classify)  # type: ignore[no-any-return]

    @staticmethod
    def _memoised(memo: dict[str, Any], arg: str, fn: Callable[[str], Any]) -> Any:
        try:
            return memo[arg]
        except KeyError:
            pass
        value = fn(arg[:_MAX_FIELD])
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        memo[arg] = value
        return value

    def _recipient(self, recipient: str) -> tuple[str, str | None, bool]:
        """(Casbin subject, agency or None, well-formed)."""
        return self._memoised(self._recipient_memo, recipient, self._resolve_recipient)  # type: ignore[no-any-return]

    def _resolve_recipient(self, recipient: str) -> tuple[str, str | None, bool]:
        ws = words(recipient)
        denied = _find_phrase(self._denied_agencies, self._denied_lengths, ws)
        if denied is not None:
            return denied, denied, True
        person = _PERSON_SUFFIX.search(recipient)
        if person is not None and words(person.group(1))[:1] and words(person.group(1))[0] in self._person_titles:
            # "bpd/district-b3 (Det. Ruiz)": the named liaison of a unit (recipients.yaml
            # person_titles). Denied aliases were checked on the whole text above.
            return self._resolve_recipient(recipient[: person.start()])
        s = re.sub(r"\s+", "-", re.sub(r"\s*/\s*", "/", fold(recipient).strip()))
        well_formed = _RECIPIENT.fullmatch(s) is not None
        agency = self._allowed_agencies.get(words(s.split("/", 1)[0])) if well_formed else None
        if agency is None and _UNIT_FORM.fullmatch(fold(recipient).strip()):
            # "BPD District C-11", "Boston Police Department, District B-3": an allowed agency's
            # name followed by a unit word the policy lists (recipients.yaml unit_words). A
            # slash path must be well formed ("bpd//district" stays unnamed).
            agency = self._agency_with_unit(ws)
        if agency is None:
            return _UNNAMED, None, well_formed
        return agency, agency, True

    def _agency_with_unit(self, ws: tuple[str, ...]) -> str | None:
        for length in self._allowed_lengths:
            hit = self._allowed_agencies.get(ws[:length]) if length < len(ws) else None
            if hit is not None and ws[length] in self._unit_words:
                return hit
        return None

    def _attachment_class(self, entry: str) -> str | None:
        return self._memoised(self._attachment_memo, entry, self._classify_attachment)  # type: ignore[no-any-return]

    def _classify_attachment(self, entry: str) -> str | None:
        face = Category.FACE_SURVEILLANCE.value
        is_name = entry.startswith(_NAME_PREFIX)
        ws = words(entry[len(_NAME_PREFIX):] if is_name else entry)
        if not is_name and any(w in self._face_words for w in ws):
            return face
        if _find_phrase(self._face_phrases, self._face_lengths, ws) is not None:
            return face
        # names like "facematch.json" or "face-recognition_result" joined without separators
        joined = "".join(ws)
        if any("".join(p) in joined for p in self._face_phrases if len("".join(p)) >= 8):
            return face
        return None

    # -- Casbin -------------------------------------------------------------------------------
    def _check(self, sub: str, dom: str, obj: str, act: str) -> _Check:
        k = (sub, dom, obj, act)
        hit = self._checks.get(k)
        if hit is not None:
            return hit
        try:
            allowed, explain = self._enforcer.enforce_ex(sub, dom, obj, act)
            rule = list(explain) if explain else None
            if allowed and rule is None:
                rule = self._find_allow_rule(sub, dom, obj, act)
        except Exception as exc:
            raise _EnforceFailed(type(exc).__name__) from None
        allowed = allowed is True
        if rule is not None and len(rule) == 6:
            code = rule[5]
            if allowed != (rule[4] == "allow"):  # e.g. an allow rule outvoted: not this rule's code
                code = _DOMAIN_DEFAULT_DENY.get(dom, "policy_error") if not allowed else code
        elif allowed:
            raise _EnforceFailed("allow without a rule")
        else:
            code = _DOMAIN_DEFAULT_DENY.get(dom, "policy_error")
        result = _Check(allowed, code, "p, " + ", ".join(rule) if rule else None)
        if len(self._checks) >= _MEMO_MAX:
            self._checks.clear()
        self._checks[k] = result
        return result

    def _find_allow_rule(self, sub: str, dom: str, obj: str, act: str) -> list[str] | None:
        rm = self._enforcer.get_role_manager()
        for p in self._p_rules:
            if (p[4] == "allow" and p[1] == dom and key_match(obj, p[2]) and key_match(act, p[3])
                    and (p[0] == sub or rm.has_link(sub, p[0], dom))):
                return p
        return None

    # -- deciding -----------------------------------------------------------------------------
    def _placeholder(self, k: str) -> bool:
        """A threat statement that says nothing: a placeholder ("TBD"), or one with a note that the
        statement is still to come ("TBD - Mr. Keane will fill this in", outsider round 65)."""
        if k in self._placeholders:
            return True
        for p in self._placeholder_prefixes:
            if k.startswith(p + "_") and not self._placeholder_notes.isdisjoint(k[len(p) + 1 :].split("_")):
                return True
        return False

    def decide(self, facts: Facts) -> Decision:
        """Decide; never raises. An internal error is a deny with reason ``policy_error``."""
        try:
            hit = self._memo.get(facts)
            if hit is not None:
                return hit
            decision = self._decide(facts)
            if len(self._memo) >= _MEMO_MAX:
                self._memo.clear()
            self._memo[facts] = decision
            return decision
        except Exception:
            return self._policy_error(facts)

    def _policy_error(self, facts: Any) -> Decision:
        try:
            ground = self._ground_name(facts.ground)
        except Exception:
            ground = "other"
        return Decision(
            outcome=Outcome.DENY,
            reasons=(Reason("policy_error", REASON_MESSAGES["policy_error"]),),
            matched_rule=(),
            policy_version=self.version,
            ground=ground,
        )

    def _ground_hint(self, ground: str) -> str | None:
        """For a ground the policy does not name, the permitted ground codes that share a word
        with it ("threat" -> credible_threat, "violence" -> serious_violence): said back as
        codes, never the typed text. The request is denied all the same (CONTRACT: anything
        else is denied)."""
        typed = {w for t in key(ground[:_MAX_FIELD]).split("_") if t for w in (t, t.removesuffix("s"))}
        near = sorted(
            g
            for g in self._grounds
            if typed & set(g.split("_")) and self._check(g, "ground", _REPORT, _ACT).allowed
        )
        return f"; did you mean the code {' or '.join(near)}?" if near else None

    def _ground_name(self, ground: str) -> str:
        return self._ground_aliases.get(key(ground[:_MAX_FIELD]), "other")

    def _decide(self, f: Facts) -> Decision:
        for text in (f.ground, f.recipient):
            if not isinstance(text, str):
                raise TypeError("facts must carry text")
        deny: dict[str, str | None] = {}  # code -> deciding rule (or None)
        allow: dict[str, str | None] = {}

        def record(check: _Check) -> None:
            (allow if check.allowed else deny).setdefault(check.code, check.rule)

        if any(is_blank(t) or len(t) > _MAX_FIELD for t in (f.ground, f.recipient)):
            deny["invalid_request"] = None

        # face surveillance: attachments by kind or name, or the redactor's finding in free text
        face = Category.FACE_SURVEILLANCE.value
        face_classes = {self._attachment_class(a) for a in f.attachment_kinds}
        if f.face_surveillance_in_text:
            face_classes.add(face)
        for cls in sorted(c for c in face_classes if c is not None):
            record(self._check(cls, "attachment", _REPORT, _ACT))

        # recipient
        sub, agency, _ = self._recipient(f.recipient)
        record(self._check(sub, "recipient", _REPORT, _ACT))

        # ground
        ground = self._ground_name(f.ground)
        spec = self._grounds.get(ground)
        record(self._check(ground if spec is not None else _UNNAMED, "ground", _REPORT, _ACT))
        ground_allowed = "ground_permitted" in allow and "ground_not_permitted" not in deny
        obj = f"ground:{ground}"

        substance_classes: tuple[str, ...] = ()
        per_name: list[tuple[str, ...]]
        if f.substance_classes is not None:
            # A recorded class today's taxonomy no longer names places nothing.
            per_name = [(c,) if c in self._substances.classes else () for c in f.substance_classes]
        elif f.substances:
            per_name = [self._substance_classes(s) for s in f.substances]
        else:
            per_name = []
        if per_name:
            found = {c for cs in per_name for c in cs}
            substance_classes = tuple(c for c in self._substances.classes if c in found)
        if f.weapon_classes is not None:
            weapon_classes = tuple(c for c in f.weapon_classes if c in self._weapons.classes)
        else:
            weapon_classes = self._weapon_classes(f.weapon) if f.weapon and not is_blank(f.weapon) else ()
        weapon_class = weapon_classes[0] if weapon_classes else None

        if spec is not None and ground_allowed:
            if "threat_statement" in spec.requires and (
                not f.has_threat_statement
                or (f.threat_statement_key is not None and self._placeholder(f.threat_statement_key))
            ):
                deny["missing_threat_statement"] = None
            if "substances" in spec.requires:
                if not per_name:
                    deny["missing_substance"] = None
                else:
                    checks = [self._check(c, "substance", obj, _ACT) for c in substance_classes]
                    if any(c.allowed for c in checks):
                        for c in checks:
                            if c.allowed:
                                allow.setdefault(c.code, c.rule)
                        if any(not cs for cs in per_name):
                            allow["unclassified_substance_present"] = None
                    else:
                        for c in checks:
                            record(c)
                        if any(not cs for cs in per_name):
                            deny.setdefault("unknown_substance", None)
            if "weapon" in spec.requires:
                if f.weapon is None or is_blank(f.weapon):
                    deny["missing_weapon"] = None
                elif not weapon_classes:
                    deny["unknown_weapon"] = None
                else:
                    act = _ACT_DETERMINED[f.weapon_determined_dangerous]
                    checks = [self._check(c, "weapon", obj, act) for c in weapon_classes]
                    allowed_classes = [wc for wc, c in zip(weapon_classes, checks, strict=True) if c.allowed]
                    if allowed_classes:
                        weapon_class = allowed_classes[0]
                        for c in checks:
                            if c.allowed:
                                allow.setdefault(c.code, c.rule)
                    else:
                        for c in checks:
                            record(c)

        # A deny names only what denied; an allow carries its own reasons and the legal basis.
        decided = deny or allow
        codes = sorted(decided, key=lambda c: _RANK.get(c, len(_RANK)))
        hint = self._ground_hint(f.ground) if spec is None and "ground_not_permitted" in deny else None
        return Decision(
            outcome=Outcome.DENY if deny else Outcome.ALLOW,
            reasons=tuple(
                Reason(c, REASON_MESSAGES[c] + (hint if c == "ground_not_permitted" and hint else "")) for c in codes
            ),
            matched_rule=tuple(dict.fromkeys(r for c in codes if (r := decided[c]) is not None)),
            policy_version=self.version,
            ground=ground,
            substance_classes=substance_classes,
            weapon_class=weapon_class,
            legal_basis=None if deny or spec is None else spec.legal_basis,
            recipient_agency=agency,
        )
