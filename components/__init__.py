"""Custom NLU components: Rasa adapters around the plain-Python triage core (`triage/`)."""
