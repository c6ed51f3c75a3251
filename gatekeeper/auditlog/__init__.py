"""The service side of the tamper-evident log: durable appends with group commit, proofs and
checkpoints from the database. The hashing, notes and offline verification live in ``audit``."""
