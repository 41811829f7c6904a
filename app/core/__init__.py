"""StillMine's core: pure Python, never imports Qt (tests/test_architecture.py checks it).

Media loading, fingerprints, matching, the case file, services and letters live here, so
they can run headless, in worker processes and from the command line.
"""
