"""The library of check primitives, one module each, and the explicit registry of them.

A primitive module defines NAME, SCOPES, PARAMS_SCHEMA (JSON Schema of its params),
``compile(params)`` and ``check_table(ctx, compiled)`` and/or ``check_row(ctx, row, compiled)``,
each yielding Hits. A primitive never raises on odd data: it skips what it cannot judge.
A corpus primitive (scope "corpus") defines ``check_corpus(digests, compiled)`` instead, over the
small per-table digests of :mod:`ggtlint.primitives.corpus`, yielding CorpusHits.
Every module also declares ``VARIANTS`` (the variants its hits carry, "default" when it has no
others) and ``PLACEHOLDERS`` (the names its hits give the messages: one tuple for every variant,
or {variant: tuple}); a pack's messages are checked against them (the engine adds ``project``
and, but for corpus rules, ``year``).
A row primitive may declare ``ROW_PURE = True`` when ``check_row`` reads nothing but the row,
``ctx.budget_year``, ``ctx.contradicted_year`` and ``ctx.has_time_limit`` (the memo's key): the
engine then remembers which rows it passed and skips them in later tables (bulk runs repeat the
same indicators thousands of times). ``ROW_IMPURE_PARAMS`` names params that make ``check_row`` read
more of the table (name-pattern's ``forbid_unless_served`` reads the project's name and goal): a rule
given one is not remembered so.
"""

from __future__ import annotations

from types import ModuleType

_MODULES: tuple[str, ...] = (
    "required_categories", "benefit_substance", "category_placement", "required_fields",
    "goal_measurable", "sum_matches", "cost_composition", "amount_limit", "value_kind", "operator",
    "numeric_range", "satisfaction", "name_pattern", "deadline_in_year", "deadline_form",
    "multi_year", "name_value", "unit_column", "nature_column", "forbid_terms", "value_in_name", "relevance",
    "cost_qty_alignment", "goal_coverage", "unique", "indicator_count", "text_hygiene",
    "year_mismatch", "value_problem", "repeated_output", "benefit_over_output", "goal_figures", "weights", "part_over_whole",
    "note_cadence", "stage_order", "calendar_limit", "funds_restated", "benefit_per_head", "below_standard",
    "note_parts", "price_note", "note_count", "contingency", "goal_fiscal_only", "foreign_project", "deadline_after_period", "township", "goal_sources", "goal_cadence", "period_completion", "goal_none_allowed",
    "period_ended", "paid_before_acceptance", "rate_base", "stale_baseline", "budget_as_cost", "last_year_actual",
    "office_work", "late_effect", "flood_season", "return_period", "upkeep_new_build", "unit_cost_short",
    "unbacked_gain", "area_over_size", "year_use_late", "season_deadline", "looser_limit", "posts_over_pay",
    "thing_unit", "product_over_input", "stock_as_target", "households_over_posts",
    "span_off_year", "time_unit_looser", "count_over_line", "visits_over_sessions", "ceiling_over_baseline",
    "rate_over_counts", "growth_short", "award_before_results",
    "bounded_pair", "stated_basis",
    "split_paid_whole", "line_over_rate",
    "points_short", "threshold_off_goal", "payout_done_early",
    "goal_cadence_visits", "note_list_count",
    "medium_unit", "standard_medium", "goal_direction",
    "term_over_goal", "one_off_per_period", "cases_over_applications",
    "standard_below_goal", "standard_head_unit",
    "note_listed_amounts",
    "heating_season_works",
    "cadence_off_note", "horizon_off_goal", "annual_report_early",
    "scope_year_off_goal",
    # corpus scope: cross-table rules, run once over the digests of every table in the run
    "same_quantity", "same_goal", "copied_indicators",
)


def _load() -> dict[str, ModuleType]:
    import importlib

    registry: dict[str, ModuleType] = {}
    for module_name in _MODULES:
        module = importlib.import_module(f"ggtlint.primitives.{module_name}")
        registry[module.NAME] = module
    return registry


PRIMITIVES: dict[str, ModuleType] = _load()
