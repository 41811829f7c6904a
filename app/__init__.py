"""StillMine: fingerprint your own images offline and ask for copies to be taken down.

This module is the single source of the version and the application name; build.spec and
pyproject.toml read them from here.
"""

__version__ = "0.1.0"
APP_NAME = "StillMine"
