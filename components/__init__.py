"""Custom NLU components. `lexicon` and `detector` are plain Python; `symptom_triage` adapts them to Rasa."""
