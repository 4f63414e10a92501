"""Input channels. Every public message goes through `patient.screen` before it reaches NLU."""
