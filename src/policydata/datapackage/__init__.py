"""Data package: row models, schemas, writing, validating and building the published package."""
