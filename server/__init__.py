"""How this project starts Rasa: server-wide settings applied once (`settings`), and every use of
Rasa's private internals in one module checked against the Rasa version it was read from
(`rasa_internals`). `python -m server <rasa command>` is what make, the tests and the images run."""
