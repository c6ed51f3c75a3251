"""Services answer typed values, never dicts: every service function an API route calls is
annotated to return an answer model of gatekeeper.core.answers (or a list of them, or a typed
result holding one), and no route turns a service's dict into a model with model_validate."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import typing
from types import ModuleType
from typing import Any

import pytest

from gatekeeper.api import app as app_module
from gatekeeper.api import models as api_models
from gatekeeper.api import policy_routes
from gatekeeper.core import answers

ROUTE_MODULES = (app_module, policy_routes)
# Called by a route but not an answer: parse_sample reads the uploaded sample into requests.
NOT_ANSWERS = {("governance", "parse_sample")}


def _service_functions(module: ModuleType) -> set[tuple[str, str]]:
    """(service module, function) for every gatekeeper.service.<module>.<function> the module's
    routes refer to, found in its source."""
    tree = ast.parse(inspect.getsource(module))
    services: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "gatekeeper.service":
            services.update({a.asname or a.name: a.name for a in node.names})
    return {
        (services[node.value.id], node.attr)
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in services
    }


def _route_calls() -> list[tuple[str, str]]:
    return sorted(set().union(*(_service_functions(m) for m in ROUTE_MODULES)))


def _is_answer(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, answers.Answer)


def _typed(tp: Any) -> bool:
    """An answer model, a list of them, or a dataclass of answer models and plain values."""
    if _is_answer(tp):
        return True
    if typing.get_origin(tp) is list:
        return all(_is_answer(a) for a in typing.get_args(tp))
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        return all(_is_answer(h) or h in (bool, int, str, float) for h in hints.values())
    return False


def test_the_routes_call_services() -> None:
    calls = _route_calls()
    # The scan finds what the routes call (a scan that finds nothing would prove nothing).
    for expected in [
        ("requests", "submit"),
        ("auditing", "checkpoint"),
        ("stats", "board_stats"),
        ("disclosures", "for_parent"),
        ("governance", "shadow"),
    ]:
        assert expected in calls


@pytest.mark.parametrize(("module", "name"), _route_calls())
def test_service_functions_the_routes_call_answer_models(module: str, name: str) -> None:
    fn = getattr(importlib.import_module(f"gatekeeper.service.{module}"), name)
    assert callable(fn), f"{module}.{name}"
    if (module, name) in NOT_ANSWERS:
        return
    returns = typing.get_type_hints(fn)["return"]
    assert _typed(returns), f"gatekeeper.service.{module}.{name} returns {returns}, not an answer model"


@pytest.mark.parametrize("module", ROUTE_MODULES, ids=lambda m: m.__name__)
def test_routes_do_not_validate_service_dicts(module: ModuleType) -> None:
    assert "model_validate" not in inspect.getsource(module)


def test_the_api_declares_the_answers_the_services_build() -> None:
    # One class per shape: what a route declares is what a service returns.
    for name in ("Decision", "RequestView", "Report", "Checkpoint", "Stats", "Disclosure", "Proposal"):
        assert getattr(api_models, name) is getattr(answers, name)
