"""Takedown letters, notices and the police dossier: data, checks, templates and tracking.

Import from the modules:

* ``kinds``: the letter types (``LetterType``), channels, outcomes and languages.
* ``data``: ``LetterData``, everything a letter is written from (never minors' content).
* ``from_case`` / ``case_json``: building it from an open case, or from a CASE.json file.
* ``render``: ``render_letter`` (refuses, naming what is missing), ``RenderedLetter`` with
  its web-form fields, plain text and mailto: link; ``offered_types`` and the DMCA warning.
* ``deadlines`` / ``sending``: when answers are due; recording drafts, sent letters,
  replies and ticket numbers; what is due or overdue.
* ``platforms``: the platform directory; ``hosts``: RDAP look-ups of host and registrar.
* ``library``: the manifests, citations and shared texts in ``resources/letters``.
"""
