"""The conversation every benchmark sends: short (4 turns, then a new sender id), mixing a greeting,
an urgent report, a general question and thanks."""

CONVERSATION = ["hello", "my hands are shaking", "can I drink alcohol on soma?", "thanks"]
