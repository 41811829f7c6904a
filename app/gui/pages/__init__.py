"""The pages of the first-run wizard, one per module."""
