"""Tracker stores: where conversations are kept (Rasa keeps its own in rasa/core/tracker_store.py)."""
