"""Extract: one document context, then the figures (statistics, targets) and measures of an article."""
