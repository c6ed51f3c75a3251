"""Operational metrics read at scrape time: log size, checkpoint age, group-commit batches,
approval backlog. Registered with the credentialed registry: the backlog rises only when a
submission is allowed, so served to anyone it would tell one request's decision."""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from gatekeeper.context import Context
from gatekeeper.service.health import ops_figures


class OpsCollector(Collector):
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def collect(self) -> Iterator[GaugeMetricFamily | CounterMetricFamily]:
        audit = self.ctx.audit
        batches = CounterMetricFamily(
            "gatekeeper_audit_commit_batches", "Group commits of the audit log (this process)"
        )
        batches.add_metric([], float(audit.batches))
        yield batches
        appended = CounterMetricFamily(
            "gatekeeper_audit_appended_entries", "Entries appended by group commits (this process)"
        )
        appended.add_metric([], float(audit.appended))
        yield appended
        mean = GaugeMetricFamily(
            "gatekeeper_audit_batch_size_mean", "Mean entries per group commit since start (this process)"
        )
        mean.add_metric([], audit.appended / audit.batches if audit.batches else 0.0)
        yield mean
        figures = ops_figures(self.ctx)
        if figures is None:
            return
        size = GaugeMetricFamily("gatekeeper_audit_log_size", "Entries in the audit log")
        size.add_metric([], float(figures.log_size))
        yield size
        if figures.checkpoint_age_seconds is not None:
            age = GaugeMetricFamily(
                "gatekeeper_audit_checkpoint_age_seconds", "Seconds since the newest entry and its signed checkpoint"
            )
            age.add_metric([], figures.checkpoint_age_seconds)
            yield age
        backlog = GaugeMetricFamily("gatekeeper_approval_backlog", "Requests awaiting a legal approver")
        backlog.add_metric([], float(figures.approval_backlog))
        yield backlog
