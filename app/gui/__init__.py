"""StillMine's window: the only Qt code in the project."""
