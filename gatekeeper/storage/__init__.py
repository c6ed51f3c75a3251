"""Storage: one schema, one protocol, a SQLite and a PostgreSQL implementation."""
