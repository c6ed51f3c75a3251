"""Tamper-evident audit log: RFC 9162 Merkle tree, C2SP signed notes, offline verifier.

Importable without the service or a database: only the standard library,
``cryptography`` and ``rfc8785`` are used.
"""
