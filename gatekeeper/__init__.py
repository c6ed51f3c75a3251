"""gatekeeper: decides, withholds and audits every school-to-police student report."""

__version__ = "0.1.0"
