"""Recognize: quantities, time expressions, sections, actors and regions in plain text."""
