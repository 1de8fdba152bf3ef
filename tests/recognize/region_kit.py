"""What the region tests compare: the (surface, region id) pairs ``find_regions`` reads.

>>> pairs("陕西省和陕西")
[('陕西省', '610000'), ('陕西', '610000')]
"""
from __future__ import annotations

from policydata.recognize.regions import find_regions


def pairs(text: str, home: str = "CN") -> list[tuple[str, str]]:
    """(surface, region id) of every region mention in ``text`` read with home region ``home``."""
    return [(m.text, m.region_id) for m in find_regions(text, home_region=home)]


def mentions_by(how: str, text: str, home: str = "CN") -> list[tuple[str, str]]:
    """The pairs of the mentions one reading (``how``: village, name, short …) found."""
    return [(m.text, m.region_id) for m in find_regions(text, home_region=home) if m.how == how]
