"""ggtlint — a rule-based compliance linter for 项目支出绩效目标表 (budget performance target tables)."""

__version__ = "0.1.0"
