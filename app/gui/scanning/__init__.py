"""Scanning folders, files and zip exports for copies of the user's pictures, and helper mode.

``window.ScanWindow`` is the user's: choose what to scan, watch it run (with Stop), see the
files that show their pictures in a sortable table with previews blurred until revealed,
and record one as a sighting with a click. It also leads to helper mode's two steps for the
user: making a fingerprints-only package for someone they trust, and importing the match
report that person sends back. ``helper_window.HelperWindow`` is the helper's: it needs no
case of one's own, opens the package, scans what the helper found and saves the encrypted
report. Nothing found is copied, and nothing of a helper's session is kept on disk except
the report they save.
"""
