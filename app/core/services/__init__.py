"""Matching services: the catalogue, who each one is for, hand-offs and the hash-bank client."""
