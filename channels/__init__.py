"""Input channels (Rasa keeps its own in rasa/core/channels/). Every public message goes through `gate`."""
