"""Ingest: raw articles in, tagged Markdown out (see `hoptac.ingest.pipeline`)."""
