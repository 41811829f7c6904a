"""Scanning found files for the user's pictures and videos: matching, sources, helper mode."""
