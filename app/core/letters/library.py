"""The letters' resources, typed and checked: manifests, citations and shared texts.

``resources/letters/`` holds one manifest per letter type (``<type>.toml``: its required
elements, each with its legal citation and its name in every language), ``law.toml`` (every
citation, so statute numbers live in one file), ``texts.toml`` (short shared texts) and the
templates (``en/``, ``nl/``). A damaged or inconsistent file is refused when it is loaded, not
halfway through writing somebody's letter.
"""

import functools
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from app.core.errors import UserError
from app.core.languages import LANGUAGES, in_every_language
from app.core.letters.kinds import Channel, LetterType
from app.core.letters.needs import NEED_CHECKS

FOLDER_NAME: Final = "letters"
_DEADLINE_RULES: Final = frozenset({"none", "take-it-down", "gdpr", "platform"})
_CITATION_KINDS: Final = frozenset({"statute", "policy", "case-law"})


class LetterResourcesDamaged(UserError):
    """StillMine's own letter files are missing or damaged (reinstalling repairs them)."""

    code = "letter-resources-damaged"


@dataclass(frozen=True, slots=True)
class Text:
    """A short text in every language StillMine writes letters in."""

    by_language: Mapping[str, str]

    def get(self, language: str) -> str:
        """The text in ``language``."""
        return self.by_language[language]


@dataclass(frozen=True, slots=True)
class Citation:
    """A legal provision or policy, as letters cite it.

    Attributes:
        key: its name in ``law.toml``.
        kind: ``statute``, ``policy`` or ``case-law``.
        text: the citation in each language, with its descriptive name where needed.
        verified: False when the citation itself is not confirmed (docs/letters.md).
    """

    key: str
    kind: str
    text: Text
    verified: bool = True


@dataclass(frozen=True, slots=True)
class Element:
    """One required element of a letter type.

    Attributes:
        id: its name, unique within the type.
        section: the template section that carries it ("" when the letterhead does).
        citation: the provision that requires it.
        needs: what the case must hold for it (names of ``needs.NEED_CHECKS``).
        label: what it is called, in each language.
    """

    id: str
    section: str
    citation: Citation
    needs: tuple[str, ...]
    label: Text

    def heading(self, language: str, *, cite: bool) -> str:
        """The element's heading in a letter, with its citation when the type cites them."""
        label = self.label.get(language)
        return f"{label} ({self.citation.text.get(language)})" if cite else label


@dataclass(frozen=True, slots=True)
class Manifest:
    """What one letter type needs, how it is delivered and when an answer is due.

    Attributes:
        type: the letter type.
        legal_basis: the provision the letter relies on (recorded with a sent letter).
        deadline: the rule for the reply deadline (see ``deadlines``).
        delivery: the channels it is meant for, the usual one first.
        cite_elements: whether section headings cite their provision.
        needs_copyright: whether the user must own the copyright (DMCA only).
        recipient_platform: the platform directory entry it always goes to, if any.
        name, summary: how the type is called and described.
        elements: the required elements, in letter order.
    """

    type: LetterType
    legal_basis: Citation
    deadline: str
    delivery: tuple[Channel, ...]
    cite_elements: bool
    needs_copyright: bool
    recipient_platform: str
    name: Text
    summary: Text
    elements: tuple[Element, ...]

    def element(self, element_id: str) -> Element:
        """One element by id."""
        for element in self.elements:
            if element.id == element_id:
                return element
        raise KeyError(element_id)

    @property
    def sections(self) -> frozenset[str]:
        """The template sections that carry required elements."""
        return frozenset(element.section for element in self.elements if element.section)


@dataclass(frozen=True, slots=True)
class Texts:
    """The shared short texts of ``texts.toml``; ``{key}`` placeholders name citations."""

    entries: Mapping[str, Any]
    law: Mapping[str, Citation]

    def get(self, key: str, language: str, **values: object) -> str:
        """The text at a dotted ``key`` ("warning.dmca"), with citations and ``values`` filled."""
        entry = self._entry(key)
        text = entry[language] if isinstance(entry, Mapping) else None
        if not isinstance(text, str):
            raise LetterResourcesDamaged(f"The letter texts have no text {key!r} in {language}.")
        citations = {name: citation.text.get(language) for name, citation in self.law.items()}
        return text.format_map({**citations, **values})

    def items(self, key: str, language: str) -> tuple[str, ...]:
        """A list of texts at ``key`` (the advice, the month names ...)."""
        entry = self._entry(key)
        found = entry.get(language) if isinstance(entry, Mapping) else None
        if not isinstance(found, list) or not all(isinstance(line, str) for line in found):
            raise LetterResourcesDamaged(f"The letter texts have no list {key!r} in {language}.")
        return tuple(found)

    def has(self, key: str) -> bool:
        """Whether there is an entry at ``key``."""
        try:
            self._entry(key)
        except LetterResourcesDamaged:
            return False
        return True

    def _entry(self, key: str) -> Any:
        entry: Any = self.entries
        for part in key.split("."):
            if not isinstance(entry, Mapping) or part not in entry:
                raise LetterResourcesDamaged(f"The letter texts have no entry {key!r}.")
            entry = entry[part]
        return entry


@dataclass(frozen=True, slots=True)
class LetterLibrary:
    """Everything the letters are made from."""

    folder: Path
    manifests: Mapping[LetterType, Manifest]
    law: Mapping[str, Citation]
    texts: Texts

    def manifest(self, letter_type: LetterType) -> Manifest:
        """The manifest of one letter type."""
        return self.manifests[letter_type]

    def law_texts(self, language: str) -> dict[str, str]:
        """Every citation in ``language``, by key (what templates see as ``law``)."""
        return {key: citation.text.get(language) for key, citation in self.law.items()}

    def template_folder(self, language: str) -> Path:
        """Where the templates of ``language`` are."""
        return self.folder / language


# --- loading ----------------------------------------------------------------------------------


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LetterResourcesDamaged(
            f"StillMine's letter file {path.name} is missing or damaged. Reinstall StillMine to "
            "repair it."
        ) from exc


def _text(table: Any, where: str) -> Text:
    found = in_every_language(table)
    if found is None:
        raise LetterResourcesDamaged(f"The letter files lack a text in every language at {where}.")
    return Text(found)


def _citations(document: Mapping[str, Any]) -> dict[str, Citation]:
    citations = {}
    for key, entry in document.items():
        kind = entry.get("kind") if isinstance(entry, Mapping) else None
        if kind not in _CITATION_KINDS:
            raise LetterResourcesDamaged(f"law.toml describes {key!r} wrongly.")
        citations[key] = Citation(
            key, str(kind), _text(entry, f"law.{key}"), bool(entry.get("verified", True))
        )
    return citations


def _citation(law: Mapping[str, Citation], key: Any, where: str) -> Citation:
    if key not in law:
        raise LetterResourcesDamaged(f"{where} cites {key!r}, which law.toml does not have.")
    return law[key]


def _element(table: Mapping[str, Any], law: Mapping[str, Citation], where: str) -> Element:
    element_id = str(table.get("id", ""))
    needs = tuple(str(need) for need in table.get("needs", ()))
    unknown = [need for need in needs if need not in NEED_CHECKS]
    if not element_id or unknown:
        raise LetterResourcesDamaged(f"{where} has an element without id or unknown needs.")
    return Element(
        id=element_id,
        section=str(table.get("section", element_id)),
        citation=_citation(law, table.get("citation"), f"{where}.{element_id}"),
        needs=needs,
        label=_text(table.get("label"), f"{where}.{element_id}.label"),
    )


def parse_manifest(document: Mapping[str, Any], law: Mapping[str, Citation]) -> Manifest:
    """Check and type one manifest read from TOML."""
    try:
        letter_type = LetterType(str(document.get("type")))
        delivery = tuple(Channel(channel) for channel in document.get("delivery", ()))
    except ValueError as exc:
        raise LetterResourcesDamaged(f"A letter manifest is damaged: {exc}") from None
    where = f"{letter_type}.toml"
    elements = tuple(_element(table, law, where) for table in document.get("element", ()))
    ids = [element.id for element in elements]
    if not elements or len(set(ids)) != len(ids) or not delivery:
        raise LetterResourcesDamaged(f"{where} has no elements, repeats one, or has no delivery.")
    if document.get("deadline") not in _DEADLINE_RULES:
        raise LetterResourcesDamaged(f"{where} has an unknown deadline rule.")
    return Manifest(
        type=letter_type,
        legal_basis=_citation(law, document.get("legal_basis"), where),
        deadline=str(document["deadline"]),
        delivery=delivery,
        cite_elements=bool(document.get("cite_elements", False)),
        needs_copyright=bool(document.get("needs_copyright", False)),
        recipient_platform=str(document.get("recipient", "")),
        name=_text(document.get("name"), f"{where} name"),
        summary=_text(document.get("summary"), f"{where} summary"),
        elements=elements,
    )


def _check_texts(texts: Texts, manifests: Sequence[Manifest]) -> None:
    needed = {
        need for manifest in manifests for element in manifest.elements for need in element.needs
    }
    for need in sorted(needed | set(NEED_CHECKS)):
        for language in LANGUAGES:
            texts.get(f"needs.{need}", language)


def load_library(folder: Path) -> LetterLibrary:
    """Read and check every letter resource in ``folder`` (``resources/letters``).

    Raises:
        LetterResourcesDamaged: a file is missing, damaged or inconsistent.
    """
    law = _citations(_read_toml(folder / "law.toml"))
    texts = Texts(_read_toml(folder / "texts.toml"), law)
    manifests = {
        letter_type: parse_manifest(_read_toml(folder / f"{letter_type}.toml"), law)
        for letter_type in LetterType
    }
    for letter_type, manifest in manifests.items():
        if manifest.type is not letter_type:
            raise LetterResourcesDamaged(f"{letter_type}.toml describes {manifest.type}.")
    _check_texts(texts, list(manifests.values()))
    return LetterLibrary(folder, manifests, law, texts)


@functools.cache
def default_library() -> LetterLibrary:
    """The letter resources shipped in ``resources/letters``."""
    from app.paths import resources_dir

    return load_library(resources_dir() / FOLDER_NAME)
