"""Server-rendered pages: sign-in, each role's daily work, the board and the public report."""
