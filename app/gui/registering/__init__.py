"""Registering fingerprints with matching services, and keeping what they give back safe.

The window (``window.RegisterWindow``) leads from a chooser (which services fit which
pictures, and why) to a guided hand-off for a service's own website, a hash bank, or an
export file. ``detail.RegistrationWindow`` shows one registration: its status checks,
reminders and how to withdraw it. ``sheet`` prints the recovery sheet.
"""
