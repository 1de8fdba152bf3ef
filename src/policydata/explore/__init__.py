"""Explore a published package: SQL, diffs between versions, the HTML report."""
