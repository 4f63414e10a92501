"""`python -m server COMMAND [ARGS]`: Rasa's command line with this project's settings applied.

python -m server run ...      the Rasa server (`rasa run`)
python -m server shell ...    the support-staff shell (`rasa shell`): third-party warnings go to
                              the log file, the screen shows the prompt and one line of help
python -m server actions ...  the action server (`python -m rasa_sdk`)
python -m server COMMAND ...  any other Rasa command: train, test, data validate, ...
"""

import logging
import sys

from server.settings import apply_environment, configure, raise_open_file_limit, skip_unused_packages

SHELL_HELP = "Type what a patient would write. 'why?' explains the last answer; '/stop' quits."


def _warnings_to(log_file: str) -> None:
    """Send Python warnings to `log_file` only (Rasa 3.6's dependencies print dozens at import)."""
    logging.captureWarnings(True)
    warnings_logger = logging.getLogger("py.warnings")
    warnings_logger.addHandler(logging.FileHandler(log_file))
    warnings_logger.propagate = False


def _log_file(argv: list) -> str | None:
    return argv[argv.index("--log-file") + 1] if "--log-file" in argv[:-1] else None


def main(argv: list) -> None:
    apply_environment()  # before Rasa, and TensorFlow through it, is imported
    raise_open_file_limit()  # each patient's chat is a connection (server/settings.py)
    command = argv[0] if argv else ""
    if command == "actions":  # the action server needs the environment only, and never imports Rasa
        from rasa_sdk.__main__ import main as actions_main

        sys.argv = ["rasa_sdk", *argv[1:]]
        actions_main()
        return
    skip_unused_packages()  # before Rasa is imported
    if command == "shell" and _log_file(argv):
        _warnings_to(_log_file(argv))
    configure()
    if command == "shell":
        print(SHELL_HELP)
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *argv]
    rasa_main()


if __name__ == "__main__":
    main(sys.argv[1:])
