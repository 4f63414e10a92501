"""The triage core: text -> symptoms -> urgency. Plain Python and spaCy; nothing here imports Rasa.

`lexicon` reads the reviewed data files, `detector` finds symptoms with their context, `typos`
corrects misspellings, `result` holds and explains a decision, `evaluation` scores it on data.
"""
