"""Builders for the Agent events a script can make a run stream (``ScriptedReply(events=...)``).

Each returns ``(event name, payload)`` with the payload FastGPT 4.16 writes
(``WorkflowSsePayloadMap``, ``packages/global/core/workflow/runtime/sse.ts``). The emulator
streams them in ``detail`` mode of version 4.16 only: 4.14.5 has none of these events.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

ScriptedEvent = tuple[str, dict[str, Any]]
"""One scripted stream event: its name and payload."""

AGENT_EVENTS = frozenset({"plan", "planStatus", "sandboxStatus", "skillCall"})
"""The Agent events 4.14.5 does not send (the emulator drops them in 4.14 mode)."""


def agent_plan(
    name: str,
    steps: Sequence[str | tuple[str, str]],
    *,
    plan_id: str = "plan1",
    description: str | None = None,
) -> ScriptedEvent:
    """A ``plan`` event: ``steps`` are names (status ``pending``) or ``(name, status)`` pairs."""
    items: list[dict[str, Any]] = []
    for i, step in enumerate(steps, 1):
        step_name, status = (step, "pending") if isinstance(step, str) else step
        items.append(
            {"id": f"step{i}", "name": step_name, "description": None, "status": status, "note": None}
        )
    return "plan", {"plan": {"planId": plan_id, "name": name, "description": description, "steps": items}}


def plan_status(status: str = "generating") -> ScriptedEvent:
    """A ``planStatus`` event (``generating`` or ``updating``)."""
    return "planStatus", {"planStatus": {"status": status}}


def sandbox_status(
    phase: str, *, sandbox_id: str = "sandbox1", skill_name: str | None = None, warm: bool | None = None
) -> ScriptedEvent:
    """A ``sandboxStatus`` event for ``phase`` (``creatingContainer``, ``ready``, ...)."""
    data: dict[str, Any] = {"sandboxId": sandbox_id, "phase": phase}
    if warm is not None:
        data["isWarmStart"] = warm
    if skill_name is not None:
        data["skillName"] = skill_name
    return "sandboxStatus", data


def skill_call(skill_name: str, *, description: str = "", skill_id: str = "skill1") -> ScriptedEvent:
    """A ``skillCall`` event."""
    skill = {
        "id": skill_id,
        "skillName": skill_name,
        "skillAvatar": "",
        "description": description,
        "skillMdPath": f"skills/{skill_name}/SKILL.md",
    }
    return "skillCall", {"skill": skill}
