"""Locust load for the REST channel: each simulated patient has short conversations (4 turns,
then a new sender id), mixing urgent reports and general questions. Used by bench/compare.py."""

import uuid

from conversation import CONVERSATION  # bench/conversation.py: Locust puts this file's folder on the path
from locust import HttpUser, constant, task


class Patient(HttpUser):
    wait_time = constant(0)

    def on_start(self) -> None:
        self.sender = f"bench-{uuid.uuid4().hex}"  # 32 hex digits alone are the widget's
        self.turn = 0

    @task
    def say(self) -> None:
        message = CONVERSATION[self.turn % len(CONVERSATION)]
        with self.client.post(
            "/webhooks/rest/webhook", json={"sender": self.sender, "message": message}, name="turn", catch_response=True
        ) as response:
            if response.status_code != 200 or not response.json():
                response.failure(f"status {response.status_code}")
        self.turn += 1
        if self.turn % len(CONVERSATION) == 0:
            self.sender = f"bench-{uuid.uuid4().hex}"  # 32 hex digits alone are the widget's
