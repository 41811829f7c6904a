"""CASE.json: letter data for the command line, checked against ``resources/case.schema.json``.

``stillmine letter`` writes letters without the GUI and without an open case, from one JSON
file holding everything a letter needs (README, "The letter command"). The file is checked
with JSON Schema first, then for what a schema cannot say (items that sightings name must
exist, web addresses must be web addresses); every problem is reported in plain words with
where it is ("sightings[0].found_at"). It holds fingerprints, never pictures, and no PINs
(a "pin" field is refused by name). A screenshot ``file`` is read only when it is marked as
showing no intimate image, and only if its content is a picture with the SHA-256 given.
"""

import copy
import functools
import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

import jsonschema  # type: ignore[import-untyped]  # jsonschema ships no type information

from app.core.errors import UserError
from app.core.letters.data import (
    AiMade,
    Answers,
    CaseNumber,
    EvidenceRef,
    ItemRef,
    LetterData,
    PersonDetails,
    Recipient,
    ReportResponse,
    ReportSent,
    Representative,
    SightingRef,
)
from app.core.letters.kinds import LetterType
from app.core.letters.platforms import PlatformDirectory, default_directory
from app.core.sightings import clean_url, read_screenshot
from app.core.vault.models import AgeInContent, TakenBy

SCHEMA_FILE: Final = "case.schema.json"
EXAMPLES_FILE: Final = "letters/examples.json"
#: At most this many problems are listed at once.
_MAX_PROBLEMS: Final = 8
_TYPE_WORDS: Final = {
    "string": "text in quotes",
    "object": "a group of fields in { }",
    "array": "a list in [ ]",
    "boolean": "true or false",
    "null": "null",
    "integer": "a whole number",
    "number": "a number",
}


class InvalidCaseFile(UserError):
    """A CASE.json file that cannot be used, with every problem named."""

    code = "invalid-case-file"


def _resources() -> Path:
    from app.paths import resources_dir

    return resources_dir()


@functools.cache
def case_schema() -> dict[str, Any]:
    """The JSON Schema of CASE.json."""
    with open(_resources() / SCHEMA_FILE, encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


# --- plain messages for schema errors -------------------------------------------------------


def _where(path: Sequence[Any]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "The file"


def _hint(schema: Any) -> str:
    if not isinstance(schema, Mapping):
        return ""
    reference = schema.get("$ref")
    if isinstance(reference, str) and reference.startswith("#/$defs/"):
        schema = case_schema()["$defs"].get(reference.removeprefix("#/$defs/"), {})
    hint = schema.get("x-hint", "") if isinstance(schema, Mapping) else ""
    return f" ({hint})" if hint else ""


def _unknown_fields(error: Any, where: str) -> str:
    extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
    if any("pin" in name.lower() for name in extra):
        return (
            f"{where} has a PIN: StillMine never puts PINs in letters or dossiers. Remove "
            f"“{', '.join(extra)}”."
        )
    return f"{where} has fields StillMine does not know: {', '.join(extra)}."


def _message(error: Any) -> str:
    where = _where(error.absolute_path)
    kind, value = error.validator, error.validator_value
    if kind == "required":
        missing = [name for name in value if name not in error.instance]
        properties = error.schema.get("properties", {})
        return " ".join(
            f"{where} has no “{name}”{_hint(properties.get(name))}." for name in missing
        )
    if kind == "additionalProperties":
        return _unknown_fields(error, where)
    if kind == "type":
        wanted = [str(name) for name in (value if isinstance(value, list) else [value])]
        return f"{where} should be {' or '.join(_TYPE_WORDS.get(w, w) for w in wanted)}."
    if kind == "pattern":
        return f"{where} is not right{_hint(error.schema)}."
    if kind == "enum":
        return f"{where} must be one of: {', '.join(json.dumps(v) for v in value)}."
    if kind == "const":
        return f"{where} must be {json.dumps(value)}."
    if kind == "minLength":
        return f"{where} is empty."
    if kind in ("maxLength", "maxItems"):
        return f"{where} is too long (at most {value})."
    return f"{where}: {error.message}"


def _invalid(problems: Sequence[str], source: str) -> InvalidCaseFile:
    shown = list(problems[:_MAX_PROBLEMS])
    if len(problems) > _MAX_PROBLEMS:
        shown.append(f"... and {len(problems) - _MAX_PROBLEMS} more.")
    lines = "\n".join(f"- {problem}" for problem in shown)
    return InvalidCaseFile(f"{source} cannot be used yet:\n{lines}")


def validate_case(document: Any, source: str = "CASE.json") -> None:
    """Check ``document`` against the schema.

    Raises:
        InvalidCaseFile: naming every problem (at most a few at a time).
    """
    validator = jsonschema.Draft202012Validator(case_schema())
    errors = sorted(
        validator.iter_errors(document), key=lambda error: list(map(str, error.absolute_path))
    )
    if errors:
        raise _invalid([_message(error) for error in errors], source)


# --- reading --------------------------------------------------------------------------------


def read_case_file(path: Path) -> tuple[Any, Path]:
    """The JSON in ``path`` and the folder screenshot files are relative to.

    Raises:
        InvalidCaseFile: the file cannot be read or is not JSON.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidCaseFile(f"{path} could not be read ({exc.strerror or exc}).") from exc
    except UnicodeDecodeError:
        raise InvalidCaseFile(f"{path} is not a text file in UTF-8.") from None
    return parse_json(text, str(path)), path.parent


def parse_json(text: str, source: str = "CASE.json") -> Any:
    """``text`` as JSON, or a plain message saying where it goes wrong."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidCaseFile(
            f"{source} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}."
        ) from None


def letter_data_from_json(
    document: Any,
    *,
    base_dir: Path,
    source: str = "CASE.json",
    directory: PlatformDirectory | None = None,
) -> LetterData:
    """Check a CASE.json document and turn it into letter data.

    Raises:
        InvalidCaseFile: the document does not follow the schema or names what it lacks.
    """
    validate_case(document, source)
    builder = _Builder(base_dir, directory or default_directory())
    data = builder.build(document)
    if builder.problems:
        raise _invalid(builder.problems, source)
    return data


def _moment(text: str | None) -> datetime | None:
    # The schema's pattern already demands a time zone; fromisoformat reads "Z" too.
    return datetime.fromisoformat(text) if text else None


def _strings(table: Mapping[str, Any], *names: str) -> dict[str, str]:
    return {name: str(table.get(name) or "") for name in names}


class _Builder:
    """Turns a schema-valid document into letter data, collecting the remaining problems."""

    def __init__(self, base_dir: Path, directory: PlatformDirectory) -> None:
        self._base_dir = base_dir
        self._directory = directory
        self.problems: list[str] = []

    def build(self, document: Mapping[str, Any]) -> LetterData:
        items = [self._item(entry) for entry in document.get("items", [])]
        item_keys = [item.key for item in items]
        self._unique(item_keys, "items")
        sightings = [
            self._sighting(entry, index, set(item_keys))
            for index, entry in enumerate(document.get("sightings", []))
        ]
        sighting_keys = {sighting.key for sighting in sightings}
        self._unique([sighting.key for sighting in sightings], "sightings")
        letter_date = document.get("letter_date")
        return LetterData(
            person=PersonDetails(**_strings(document["person"], *_PERSON)),
            recipient=self._recipient(document.get("recipient", {})),
            sightings=tuple(sightings),
            items=tuple(items),
            answers=_answers(document.get("answers", {})),
            representative=_representative(document.get("representative")),
            case_numbers=tuple(
                self._case_number(entry, index, set(item_keys))
                for index, entry in enumerate(document.get("case_numbers", []))
            ),
            reports=tuple(
                self._report(entry, index, sighting_keys)
                for index, entry in enumerate(document.get("reports", []))
            ),
            letter_date=self._date(letter_date) if letter_date else None,
        )

    def _unique(self, keys: list[str], where: str) -> None:
        repeated = sorted({key for key in keys if keys.count(key) > 1})
        if repeated:
            self.problems.append(f"{where} uses the id “{', '.join(repeated)}” more than once.")

    def _known(
        self, names: Sequence[str], known: set[str], where: str, what: str
    ) -> tuple[str, ...]:
        for name in names:
            if name not in known:
                self.problems.append(f"{where} names “{name}”, which is not in {what}.")
        return tuple(names)

    def _date(self, text: str) -> date | None:
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.problems.append(f"letter_date “{text}” is not a real date.")
            return None

    def _url(self, text: str, where: str) -> str:
        if not text:
            return ""
        try:
            return clean_url(text, self._directory).url
        except UserError as error:
            self.problems.append(f"{where}: {error.message}")
            return text

    def _recipient(self, table: Mapping[str, Any]) -> Recipient:
        platform = str(table.get("platform") or "")
        known = [entry.id for entry in self._directory.platforms]
        if platform and platform not in known:
            self.problems.append(
                f"recipient.platform “{platform}” is not a platform StillMine knows "
                f"({', '.join(known)}); leave it empty for another site."
            )
            platform = ""
        return Recipient(
            platform=platform,
            **_strings(table, "name", "email", "form_url", "postal_address", "jurisdiction"),
        )

    def _item(self, table: Mapping[str, Any]) -> ItemRef:
        return ItemRef(
            key=str(table["id"]),
            label=str(table["label"]),
            kind=str(table["kind"]),
            sha256=str(table["sha256"]),
            md5=str(table.get("md5") or ""),
            pdq=str(table.get("pdq") or ""),
            taken_by=TakenBy(table.get("taken_by", TakenBy.UNKNOWN.value)),
            copyright_assigned_to_me=table.get("copyright_assigned_to_me"),
            age_in_content=AgeInContent(table["age_in_content"]),
            user_appears=table.get("user_appears"),
            work_description=str(table.get("work_description") or ""),
        )

    def _evidence(self, table: Mapping[str, Any], where: str) -> EvidenceRef:
        marked = bool(table.get("shows_no_intimate_image"))
        image = None
        if marked and table.get("file"):
            image = self._screenshot(str(table["file"]), str(table["sha256"]).lower(), where)
        return EvidenceRef(
            sha256=str(table["sha256"]),
            description=str(table.get("description") or ""),
            captured_at=_moment(table.get("captured_at")),
            device=str(table.get("device") or ""),
            shows_no_intimate_image=marked,
            image=image,
        )

    def _screenshot(self, name: str, sha256: str, where: str) -> bytes | None:
        try:
            screenshot = read_screenshot(self._base_dir / name)
        except UserError as error:
            self.problems.append(f"{where}.file: {error.message}")
            return None
        if hashlib.sha256(screenshot.data).hexdigest() != sha256:
            self.problems.append(f"{where}.file is not the file whose SHA-256 is given.")
            return None
        return screenshot.data

    def _sighting(self, table: Mapping[str, Any], index: int, items: set[str]) -> SightingRef:
        where = f"sightings[{index}]"
        url = self._url(str(table["url"]), f"{where}.url")
        platform = str(table.get("platform") or "")
        if not platform and url.startswith("http"):
            found = self._directory.recognise(clean_url(url, self._directory).host) if url else None
            platform = found.name if found is not None else ""
        evidence = tuple(
            self._evidence(entry, f"{where}.evidence[{number}]")
            for number, entry in enumerate(table.get("evidence", []))
        )
        return SightingRef(
            key=str(table.get("id") or f"S{index + 1}"),
            url=url,
            found_at=datetime.fromisoformat(str(table["found_at"])),
            platform=platform,
            media_url=self._url(str(table.get("media_url") or ""), f"{where}.media_url"),
            archived_url=self._url(str(table.get("archived_url") or ""), f"{where}.archived_url"),
            uploader_profile_url=self._url(
                str(table.get("uploader_profile_url") or ""), f"{where}.uploader_profile_url"
            ),
            ai_made=AiMade.parse(str(table.get("ai_made") or "")),
            status=str(table.get("status") or "online"),
            item_keys=self._known(table.get("items", []), items, f"{where}.items", "items"),
            evidence=evidence,
            **_strings(table, *_SIGHTING_TEXTS),
        )

    def _case_number(self, table: Mapping[str, Any], index: int, items: set[str]) -> CaseNumber:
        where = f"case_numbers[{index}].items"
        return CaseNumber(
            kind=str(table.get("kind") or "other"),
            date=_moment(table.get("date")),
            item_keys=self._known(table.get("items", []), items, where, "items"),
            **_strings(table, "organisation", "reference_number", "station", "officer"),
        )

    def _report(self, table: Mapping[str, Any], index: int, sightings: set[str]) -> ReportSent:
        where = f"reports[{index}].sightings"
        responses = tuple(
            ReportResponse(
                received_at=datetime.fromisoformat(str(entry["received_at"])),
                **_strings(entry, "outcome", "statement"),
            )
            for entry in table.get("responses", [])
        )
        return ReportSent(
            sent_at=datetime.fromisoformat(str(table["sent_at"])),
            deadline_at=_moment(table.get("deadline_at")),
            responses=responses,
            sighting_keys=self._known(table.get("sightings", []), sightings, where, "sightings"),
            **_strings(
                table, "type", "recipient", "channel", "channel_address", "ticket_number", "status"
            ),
        )


_PERSON: Final = ("legal_name", "email", "postal_address", "phone", "country", "signature_name")
_SIGHTING_TEXTS: Final = (
    "how_found",
    "uploader_handle",
    "uploader_display_name",
    "uploader_id",
    "uploader_contact",
    "description",
    "content_type",
    "identifying_features",
    "personal_data_shown",
    "context",
    "threats",
    "suspected_perpetrator",
    "perpetrator_evidence",
    "evidence_needed",
    "host",
    "host_abuse_email",
    "registrar",
    "registrar_abuse_email",
)


def _answers(table: Mapping[str, Any]) -> Answers:
    return Answers(
        not_paid_for_content=table.get("not_paid_for_content"),
        dmca_warning_understood=bool(table.get("dmca_warning_understood")),
        **_strings(table, "not_consensual_reason", "account", "evidence_still_needed"),
    )


def _representative(table: Mapping[str, Any] | None) -> Representative | None:
    if table is None:
        return None
    return Representative(
        **_strings(table, "name", "relationship", "email", "postal_address", "phone")
    )


# --- examples -------------------------------------------------------------------------------


def _merged(base: Any, change: Any) -> Any:
    if isinstance(base, dict) and isinstance(change, dict):
        return {
            key: _merged(base.get(key), change.get(key)) if key in change else base[key]
            for key in base | change
        }
    if (
        isinstance(base, list)
        and isinstance(change, list)
        and all(isinstance(x, dict) for x in change)
    ):
        merged = [_merged(old, new) for old, new in zip(base, change, strict=False)]
        return merged + copy.deepcopy(change[len(base) :]) + copy.deepcopy(base[len(change) :])
    return copy.deepcopy(change)


def example_case(letter_type: LetterType) -> dict[str, Any]:
    """A complete example CASE.json for ``letter_type`` (invented data)."""
    with open(_resources() / EXAMPLES_FILE, encoding="utf-8") as handle:
        examples = json.load(handle)
    example: dict[str, Any] = _merged(examples["base"], examples["types"][letter_type.value])
    return example
