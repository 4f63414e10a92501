"""Dialogue policies (Rasa keeps its own in rasa/core/policies/)."""
