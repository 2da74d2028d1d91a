"""convenantlint: lint Dutch partnership agreements on the collaboration model."""

__version__ = "0.1.0"
