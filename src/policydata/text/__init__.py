"""Text: read sources, reconstruct articles from pages, split sentences and clauses."""
