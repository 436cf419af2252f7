"""Ingest of an official CCPCJ session report (text form) into Turtle in the graph's model."""
