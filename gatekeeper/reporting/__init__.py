"""Published statistics: what may be shown, and how small counts are protected."""
