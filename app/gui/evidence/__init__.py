"""The evidence log in the window: recording where a copy was found, with its screenshots.

``window.SightingWindow`` records a new copy or opens one already recorded; the dashboard's
"Copies found" tab lists them. ``common`` holds what the evidence and letter screens share
(times with their time zone, fingerprints shown in readable groups, the tab order).
"""
