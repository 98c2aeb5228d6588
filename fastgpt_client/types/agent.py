"""What FastGPT's Agent nodes report in a stream (4.15+): the plan, the sandbox, the skills.

Payloads follow FastGPT's `WorkflowSsePayloadMap` (`packages/global/core/workflow/runtime/sse.ts`)
and the types it names: `AgentPlanSchema` (`core/ai/agent/type.ts`), `SandboxStatusItemType` and
`SkillModuleResponseItemSchema` (`core/chat/type.ts`). Every field is read leniently: a missing
or mistyped one becomes `""` / None, never an error (FastGPT adds fields every release; `raw`
keeps the payload as sent).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._json import as_mapping, as_str, mappings

__all__ = ["AgentPlan", "PlanStep", "SandboxStatus", "SkillInfo"]


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


@dataclass(frozen=True, slots=True)
class PlanStep:
    """One step of an Agent plan; `status` is `pending`, `in_progress`, `done`, `blocked` or `skipped`."""

    id: str
    name: str
    description: str | None
    status: str
    note: str | None

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> PlanStep:
        # Plans stored before 4.15 named a step `title` (FastGPT's `AgentPlanReadSchema`).
        name = payload.get("name", payload.get("title"))
        return cls(
            id=as_str(payload.get("id")),
            name=as_str(name),
            description=_optional_str(payload.get("description")),
            status=as_str(payload.get("status")) or "pending",
            note=_optional_str(payload.get("note")),
        )


@dataclass(frozen=True, slots=True)
class AgentPlan:
    """The plan an Agent node works through. A later `plan` event with the same `plan_id`
    replaces the earlier one (steps change status as the Agent works)."""

    plan_id: str
    name: str
    description: str | None
    steps: tuple[PlanStep, ...]
    raw: Mapping[str, Any]

    @classmethod
    def from_payload(cls, payload: object) -> AgentPlan:
        data = as_mapping(payload)
        return cls(
            plan_id=as_str(data.get("planId")),
            name=as_str(data.get("name", data.get("task"))),
            description=_optional_str(data.get("description")),
            steps=tuple(PlanStep.from_payload(step) for step in mappings(data.get("steps"))),
            raw=data,
        )


@dataclass(frozen=True, slots=True)
class SandboxStatus:
    """Where the Agent's code sandbox is: `phase` is one of `checkExisting`, `connecting`,
    `fetchSkills`, `creatingContainer`, `deployingSkills`, `downloadingPackage`,
    `uploadingPackage`, `extractingPackage`, `lazyInit`, `upgrading`, `ready`, `failed`."""

    sandbox_id: str
    phase: str
    is_warm_start: bool | None
    """Set on `connecting` and `ready`: an existing container was reused."""
    skill_name: str | None
    """The skill being deployed, on the package phases."""
    message: str | None

    @classmethod
    def from_payload(cls, payload: object) -> SandboxStatus:
        data = as_mapping(payload)
        warm = data.get("isWarmStart")
        return cls(
            sandbox_id=as_str(data.get("sandboxId")),
            phase=as_str(data.get("phase")),
            is_warm_start=warm if isinstance(warm, bool) else None,
            skill_name=_optional_str(data.get("skillName")),
            message=_optional_str(data.get("message")),
        )


@dataclass(frozen=True, slots=True)
class SkillInfo:
    """A skill the Agent called (`skillCall`)."""

    id: str
    skill_name: str
    skill_avatar: str
    description: str
    skill_md_path: str

    @classmethod
    def from_payload(cls, payload: object) -> SkillInfo:
        data = as_mapping(payload)
        return cls(
            id=as_str(data.get("id")),
            skill_name=as_str(data.get("skillName")),
            skill_avatar=as_str(data.get("skillAvatar")),
            description=as_str(data.get("description")),
            skill_md_path=as_str(data.get("skillMdPath")),
        )
