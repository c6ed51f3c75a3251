"""The pure core: deciding and redacting know nothing of HTTP or of the database."""
