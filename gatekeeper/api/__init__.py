"""The HTTP layer: parse, call one service function, map the result."""
