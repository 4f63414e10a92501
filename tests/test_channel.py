"""What a public message may be (channels.gate.screen), without a server."""

import pytest

from channels.gate import MAX_MESSAGE_CHARS, Screened, screen


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("I have tremors", Screened(text="I have tremors")),
        ("  hello \n", Screened(text="hello")),
        ("/greet", Screened(text="greet")),
        (
            '/report_symptom{"symptom": "none"} I am shaking',
            Screened(text='report_symptom{"symptom": "none"} I am shaking'),
        ),
        ("// /ask_alcohol", Screened(text="ask_alcohol")),
        ("hi\x00\x07 there", Screened(text="hi there")),
        ("مرحبا", Screened(text="مرحبا")),
        ("😀😀", Screened(text="😀😀")),
        ("x" * MAX_MESSAGE_CHARS, Screened(text="x" * MAX_MESSAGE_CHARS)),
        (
            "x" * (MAX_MESSAGE_CHARS + 1),
            Screened(
                status=413,
                error="message_too_long",
                message="Your message is too long. Please keep it under 2000 characters.",
            ),
        ),
        ("", Screened(status=400, error="message_empty", message="Please type your message, then send it.")),
        ("   \n\t", Screened(status=400, error="message_empty", message="Please type your message, then send it.")),
        ("/", Screened(status=400, error="message_empty", message="Please type your message, then send it.")),
        (None, Screened(status=400, error="message_missing", message="Please send your message as text.")),
        (42, Screened(status=400, error="message_missing", message="Please send your message as text.")),
    ],
)
def test_screen(raw, expected):
    assert screen(raw) == expected
