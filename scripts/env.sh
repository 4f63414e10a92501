# Sourced by the scripts and the Makefile's recipes: the environment every process runs with.
export RASA_TELEMETRY_ENABLED=false      # nothing goes to third parties
export TF_CPP_MIN_LOG_LEVEL=3            # TensorFlow is imported by Rasa but not used by this pipeline
export PYTHONWARNINGS=ignore             # Rasa 3.6's dependencies print deprecation warnings at import
export SQLALCHEMY_SILENCE_UBER_WARNING=1
export LOG_LEVEL="${LOG_LEVEL:-INFO}"    # message text is only logged at DEBUG
export SANIC_HOST=127.0.0.1              # the action server listens on loopback only
