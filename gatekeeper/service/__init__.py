"""Service functions: each route calls one of these; they know the database, not HTTP."""
