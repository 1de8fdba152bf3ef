"""Storage: output folders that never lose a user's file, the journalled package switch, signals."""
