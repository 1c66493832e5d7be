"""Pages become blocks: text units that keep their DOM (or line) context."""

from .model import Block, Document, Kind, Metadata

__all__ = ["Block", "Document", "Kind", "Metadata"]
