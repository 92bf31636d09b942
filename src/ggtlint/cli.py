"""The ``ggtlint`` command line: parse options, wire load → engine → reporters, set exit codes.

Exit codes: 0 nothing at or above the fail level; 1 findings at or above it (or more
warnings than --max-warnings); 2 usage, configuration, rule-pack or internal error;
130 interrupted. No traceback reaches the user unless GGTLINT_DEBUG=1.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import os
import stat
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Iterator, NoReturn

import click

from ggtlint import __version__, regexcache
from ggtlint.english import counted
from ggtlint.interrupts import first_received, received

if TYPE_CHECKING:  # pragma: no cover
    from ggtlint.baseline import Baseline
    from ggtlint.cache import ResultCache
    from ggtlint.engine import Engine
    from ggtlint.findings import Finding
    from ggtlint.fixes import FixRun
    from ggtlint.limits import Limits
    from ggtlint.results import FileResult

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
FORMATS = ("rich", "json", "sarif", "junit", "github", "codequality")


# The language of ggtlint's own messages on stderr (errors, notes): the run's language once it is
# known (--lang, GGTLINT_LANG, the configuration's lang:), else what the command line says.
_MESSAGES: dict[str, object] = {"lang": None, "argv": []}


def _message_lang() -> str:
    chosen = _MESSAGES["lang"]
    if chosen in ("zh", "en"):
        return str(chosen)
    args = list(_MESSAGES["argv"])  # type: ignore[call-overload]
    for index, arg in enumerate(args):
        if arg == "--lang" and index + 1 < len(args):
            return "en" if args[index + 1] == "en" else "zh"
        if arg.startswith("--lang="):
            return "en" if arg == "--lang=en" else "zh"
    return "en" if _environment_lang() == "en" else "zh"


def _environment_lang() -> str:
    """GGTLINT_LANG read as people set it: "en", "en_US.UTF-8" and "en-GB" are English, "zh_CN" is
    Chinese; "" when unset, and the value itself when it is neither."""
    value = os.environ.get("GGTLINT_LANG", "").strip().lower()
    for lang in ("zh", "en"):
        if value == lang or value.startswith((lang + "_", lang + "-", lang + ".")):
            return lang
    return value


def words(zh: str, en: str) -> str:
    """A message of ggtlint's own in the run's language: Chinese, or English under --lang en."""
    return en if _message_lang() == "en" else zh


def say(zh: str, en: str) -> None:
    """A note or error of ggtlint's own on stderr, in the run's language."""
    click.echo(f"ggtlint: {words(zh, en)}", err=True)


class UsageProblem(click.ClickException):
    """A mistake in how ggtlint was called (exit 2): ``UsageProblem(zh, en)``, said in the run's
    language; a single text (a message made bilingual elsewhere) is said as it is."""

    exit_code = EXIT_ERROR

    def __init__(self, zh: str, en: str | None = None) -> None:
        super().__init__(zh)
        self.zh, self.en = zh, en

    def show(self, file: IO[str] | None = None) -> None:
        click.echo(f"ggtlint: {words(self.zh, self.en) if self.en else self.zh}", err=True)


def _language(lang: str | None, start: Path | None, *, tolerant: bool = False) -> str:
    """--lang, else the ``lang:`` of the configuration found from ``start`` (as ``check`` finds
    it), else Chinese. ``tolerant``: a command that needs the configuration only for this
    (import, export) goes on in Chinese when it is broken, and says so."""
    if not lang:
        from ggtlint.engine.config import ConfigError, find_config, load_config

        base = start if start is not None and start.exists() else Path.cwd()
        try:
            lang = load_config(find_config(base)).lang or "zh"
        except ConfigError as exc:
            if not tolerant:
                raise
            say(f"配置文件有误，本次不使用（{exc.in_language('zh')}）",
                f"the configuration is broken and is not used this time ({exc.in_language('en')})")
            lang = "zh"
    _MESSAGES["lang"] = lang
    return lang


def _chosen_lang(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """The command's --lang, else the one given before the command (``ggtlint --lang en check``),
    else GGTLINT_LANG; None leaves it to the configuration's ``lang:``."""
    if value is not None:
        _MESSAGES["lang"] = value
        return value
    before = ctx.find_root().meta.get("ggtlint.lang")
    if before is not None:
        _MESSAGES["lang"] = before
        return before
    environment = _environment_lang()
    if environment and environment not in ("zh", "en"):  # which language to say it in is unknown: both
        raise UsageProblem(f"环境变量 GGTLINT_LANG 的值应为 zh 或 en，现为 {environment!r} "
                           f"(the environment variable GGTLINT_LANG must be zh or en, not {environment!r})")
    return environment or None


def _lang_option(func):  # type: ignore[no-untyped-def]
    return click.option("--lang", type=click.Choice(["zh", "en"]), default=None, callback=_chosen_lang,
                        help="消息语言（默认 zh，或环境变量 GGTLINT_LANG）。 Message language (default zh, "
                             "or the environment variable GGTLINT_LANG).")(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "-V", "--version", prog_name="ggtlint",
                      help="显示版本并退出。 Show the version and exit.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default=None, expose_value=False, is_eager=True,
              callback=lambda ctx, _param, value: ctx.meta.__setitem__("ggtlint.lang", value),
              help="消息语言，对其后的命令生效。 Message language for the command that follows.")
def cli() -> None:
    """ggtlint：项目支出绩效目标表合规检查工具。

    A rule-based linter for Chinese budget performance target tables.
    """


def _parse_formats(formats: tuple[str, ...], output: str | None) -> list[tuple[str, str | None]]:
    """``--format rich --format sarif:out.sarif`` → [(rich, None), (sarif, out.sarif)]."""
    specs: list[tuple[str, str | None]] = []
    for item in formats or ("rich",):
        name, _, target = item.partition(":")
        name = name.strip().lower()
        if name not in FORMATS:
            raise UsageProblem(f"未知的输出格式 '{name}'，可用：{', '.join(FORMATS)}",
                               f"unknown format '{name}'; the formats are {', '.join(FORMATS)}")
        specs.append((name, target or None))
    if output:
        open_slots = [i for i, (_, target) in enumerate(specs) if target is None]
        if not open_slots:
            raise UsageProblem("-o 与每个 --format 都已指定了文件", "-o given but every --format already names a file")
        index = open_slots[0]
        specs[index] = (specs[index][0], output)
    stdout_formats = [name for name, target in specs if target is None or target == "-"]
    if len(stdout_formats) > 1:
        raise UsageProblem("最多一个输出格式写到标准输出，其余请写成 格式:文件",
                           "at most one format may go to stdout; write the others as FORMAT:FILE")
    return specs


def _one_writer_each(targets: list[str]) -> None:
    """Two outputs, reports or the baseline written by one run may not name the same file: the
    last would silently replace the first. Devices (/dev/null, /dev/stdout) and pipes may be shared."""
    seen: dict[str, str] = {}
    for target in targets:
        key = os.path.normcase(os.path.realpath(target))
        if os.path.exists(key) and not os.path.isfile(key):
            continue
        if key in seen:
            raise UsageProblem(f"{seen[key]} 和 {target} 是同一个文件，每个输出格式、报告和基线须写到不同的文件",
                               f"{seen[key]} and {target} are the same file: each output, report and baseline "
                               "needs a file of its own")
        seen[key] = target


class _InputPaths:
    """The checked files, as (device, inode), worked out only if an output already exists as a
    regular file (a new file, /dev/null or a pipe cannot be an input). A stat per input: cheaper
    than resolving thousands of paths, and it also catches a hard link to an input."""

    def __init__(self, paths: list[str | Path]) -> None:
        self._paths = paths
        self._identities: set[tuple[int, int]] | None = None

    def __contains__(self, resolved: object) -> bool:
        if not isinstance(resolved, str):
            return False
        try:
            info = os.stat(resolved)
        except OSError:
            return False
        if not stat.S_ISREG(info.st_mode):  # /dev/null, a pipe: writing there cannot harm an input
            return False
        if self._identities is None:
            self._identities = set()
            for path in self._paths:
                with contextlib.suppress(OSError):
                    found = os.stat(path)
                    self._identities.add((found.st_dev, found.st_ino))
        return (info.st_dev, info.st_ino) in self._identities


_COLLECTOR = {"tune": False}


def _quiet_collector() -> None:
    """Fewer, cheaper garbage-collector passes for a run that makes millions of small objects.

    A check makes almost no reference cycles; what exists at this point (modules, the compiled
    rule pack) lives to the end, so it is moved out of the collector's way, and the young
    generation is collected less often (2-4% of a bulk run). Only when ggtlint is the program
    (``main()`` without argv), not when a host program or a test calls it.
    """
    import gc

    if not _COLLECTOR["tune"]:
        return
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


@contextlib.contextmanager
def _output_stream(target: str | None, inputs: "_InputPaths | set[str]") -> Iterator[IO[str]]:
    if target is None or target == "-":
        yield sys.stdout
        return
    resolved = os.path.realpath(target)
    if resolved in inputs:
        raise UsageProblem(f"输出文件 {target} 是被检查的输入文件，拒绝覆盖",
                           f"refusing to overwrite {target}: it is one of the files checked")
    if os.path.isdir(target):
        raise UsageProblem(f"输出路径 {target} 是一个目录", f"the output path {target} is a folder")
    from ggtlint.atomic import atomic_write

    with atomic_write(target) as handle:
        yield handle


def _common_folder(paths: list[Path]) -> Path:
    """Where to look for the configuration from: the deepest folder holding every path, or the
    one path itself (a file too: find_config starts at its folder)."""
    folders = [os.path.abspath(path if path.is_dir() or len(paths) == 1 else path.parent) for path in paths]
    try:
        return Path(os.path.commonpath(folders))
    except ValueError:  # different drives (Windows): no folder holds them all
        return Path(folders[0])


def _say_config_not_used(own: Path, where: Path, used: Path | None) -> None:
    """A configuration this run does not use, although it is nearer to ``where``."""
    used_zh, used_en = (f" {used}", str(used)) if used else ("默认设置", "the defaults")
    say(f"注意：{where} 有自己的配置 {own}，但一次运行只用一个配置，本次使用{used_zh}；要按它检查，请单独运行 "
        f"ggtlint check {where}", f"note: {where} has a configuration of its own, {own}, but one run uses one "
        f"configuration, {used_en}; to check it by its own, run ggtlint check {where} on its own")


def _missing(file: Path) -> UsageProblem:
    """A file named on the command line that is not there (or a link that leads nowhere)."""
    if file.is_symlink():
        return UsageProblem(f"{file} 是符号链接（快捷方式），但它指向的文件不存在，或几个链接互相指向",
                            f"{file} is a symbolic link that leads to no file (its target is missing, or links "
                            "point at each other)")
    return UsageProblem(f"文件不存在：{file}", f"no such file: {file}")


def _once(values: tuple[str, ...], option: str) -> str | None:
    """An option given at most once (click would quietly keep the last of several)."""
    if len(values) > 1:
        raise UsageProblem(f"{option} 只能给一次（现在给了 {len(values)} 次）；要写多个输出，请用 -f 格式:文件，"
                           "如 -f json:结果.json -f sarif:结果.sarif",
                           f"{option} may be given once (it was given {len(values)} times); for several outputs "
                           "use -f FORMAT:FILE, e.g. -f json:out.json -f sarif:out.sarif")
    return values[0] if values else None


def _finite(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    """A number option that must be a number ("nan" passes click's range check)."""
    if value is not None and value != value:
        raise click.BadParameter("nan", ctx=ctx, param=param)
    return value


def _load_engine(config_path: Path | None, paths: list[Path], *, framework: str | None = None,
                 budget_year: int | None = None, select: tuple[str, ...] = (), ignore: tuple[str, ...] = (),
                 preview: bool | None = None):  # type: ignore[no-untyped-def]
    from ggtlint.engine import Engine
    from ggtlint.engine.config import (check_rule_names, find_config, load_config, names_a_rule, rule_names,
                                       unknown_rule_message)

    if config_path is None:
        # a file not saved yet (an editor's new buffer, --stdin-filename) has its folder's config;
        # several paths, their common folder's: the same files in any order, the same run
        config_path = find_config(_common_folder(paths) if paths else Path.cwd())
    if config_path is not None and not config_path.exists():
        raise UsageProblem(f"配置文件不存在：{config_path}", f"no such configuration file: {config_path}")
    config = load_config(config_path)
    if framework:
        config.framework = framework
    if budget_year:
        config.budget_year = budget_year
    if preview is not None:
        config.preview = preview
    check_file = dataclasses.replace(config)  # the names the file gives, before the options add theirs
    named = {"--select": [n for item in select for n in rule_names(item)],
             "--ignore": [n for item in ignore for n in rule_names(item)]}
    if select:
        config.select = named["--select"]
    if ignore:
        config.ignore = config.ignore + named["--ignore"]
    engine = Engine.build(config)
    check_rule_names(check_file, engine.known_ids)  # named with the file's lines
    for option, entries in named.items():
        for entry in entries:
            if not names_a_rule(entry, engine.known_ids):
                zh, en = unknown_rule_message(entry)
                raise UsageProblem(f"{option}：{zh}", f"{option}: {en}")
    return engine


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())  # as typed: "-" is standard input, "./-" a file
@click.option("--format", "-f", "formats", multiple=True, metavar="FORMAT[:FILE]",
              help="输出格式 rich|json|sarif|junit|github|codequality（GitLab），可重复；格式:文件 写到文件。 Output format(s).")
@click.option("-o", "--output", metavar="FILE", multiple=True, callback=lambda ctx, param, value: _once(value, "-o"),
              help="把（第一个未指定文件的）格式写到 FILE。 Write output to FILE.")
@_lang_option
@click.option("-q", "--quiet", is_flag=True,
              help="所有输出和报告只列出达到失败级别的问题。 Every output and report lists only findings at the fail level.")
@click.option("--no-color", is_flag=True, help="不使用颜色（也遵循 NO_COLOR）。 Disable colour.")
@click.option("--color", "force_color", is_flag=True, help="强制使用颜色。 Force colour.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="达到该级别即返回 1（默认 error）。 Exit 1 at this severity (default error).")
@click.option("--max-warnings", type=click.IntRange(min=0), default=None,
              help="警告超过 N 个即返回 1。 Exit 1 when warnings exceed N.")
@click.option("--exit-zero", is_flag=True, help="有问题也返回 0。 Exit 0 even with findings.")
@click.option("--fix", is_flag=True,
              help="先自动修复能确定改法的问题（错别字、多余空格、类别简称等），再检查并列出其余问题。 "
                   "Fix what has one exact correction (typos, stray spaces, short category names), then check.")
@click.option("--unsafe-fixes", is_flag=True,
              help="与 --fix/--diff 同用：也做需要核对的修改（重复的字词、疑似截断的名称、拼错的字段名、语法错误中猜测的缩进和引号）。 "
                   "With --fix/--diff: also make the fixes a person should look at.")
@click.option("--diff", "show_diff", is_flag=True,
              help="只显示 --fix 会做的修改（统一差异格式），不改文件；有修改时返回 1。 "
                   "Show what --fix would change as a diff, change nothing; exit 1 if there is a change.")
@click.option("--statistics", is_flag=True, help="按规则统计问题数。 Count findings per rule.")
@click.option("--baseline", "baseline_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              metavar="FILE", help="隐藏基线文件中已记录的问题，只报告新问题。 Hide findings recorded in FILE.")
@click.option("--write-baseline", "write_baseline", type=click.Path(path_type=Path, dir_okay=False),
              default=None, metavar="FILE", help="把当前全部问题记录为基线并返回 0。 Record all findings in FILE.")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="配置文件（默认向上查找 .ggtlint.yaml / pyproject.toml）。 Config file.")
@click.option("--framework", type=click.Choice(["auto", "legacy", "fw2021"]), default=None,
              help="指标体系：旧版或财预〔2021〕101号（默认自动识别）。 Indicator framework.")
@click.option("--budget-year", type=click.IntRange(1990, 2100), default=None, help="预算年度。 Budget year.")
@click.option("--select", multiple=True, help="只运行这些规则（编号或类别前缀）。 Rule ids/families to run.")
@click.option("--ignore", multiple=True, help="跳过这些规则。 Rule ids/families to skip.")
@click.option("--preview/--no-preview", default=None,
              help="也运行预览规则（尚在试用、误报可能较多的规则；配置文件中为 preview: true）；--select 写出完整编号的"
                   "预览规则不加此项也运行。 Run the preview rules too (rules still on trial; preview: true in the "
                   "configuration); a preview rule named by its full id in --select runs without it.")
@click.option("--max-file-size", type=click.IntRange(min=1), default=None, metavar="MIB",
              help="单个文件大小上限（MiB，默认 10）。 Maximum file size in MiB.")
@click.option("--max-depth", type=click.IntRange(1, 1000), default=None, metavar="N",
              help="YAML 嵌套层数上限（默认 64，最大 1000）。 Maximum nesting depth.")
@click.option("--max-aliases", type=click.IntRange(min=0), default=None, metavar="N",
              help="YAML 别名（*name）引用数上限（默认 100）。 Maximum alias uses per file.")
@click.option("--timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS", callback=_finite,
              help="每个文件的检查时间上限（秒，默认 10，0 为不限）。 Time limit per file (0: none).")
@click.option("--text-input", is_flag=True,
              help="把 .txt 文件当作从 PDF 提取的文本导入后检查。 Read .txt files as text extracted from PDFs.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=None, metavar="N",
              help="同时检查的进程数（不填或 0 = 用上全部 CPU；1 = 不并行）。 "
                   "Processes checking at once (unset or 0: every CPU; 1: no parallelism).")
@click.option("--report", "reports", multiple=True, metavar="FILE|DIR/",
              help="写出整批检查报告（.html 或 .xlsx，可重复）；给以 / 结尾的文件夹则在其中为每个主管部门"
                   "各写一个工作簿“部门名.xlsx”，只含该部门的表和问题，便于分发。 "
                   "Write a review report (.html/.xlsx; repeatable); given a folder (ending in /), "
                   "one workbook per department in it, <department>.xlsx, holding only that department's rows.")
@click.option("--stdin-filename", metavar="NAME", default=None,
              help="路径为“-”时，标准输入所代表的文件名（用于输出、配置和文件类型）。 "
                   "With the path '-': the file standard input stands for (in findings, for the config, by its type).")
@click.option("--no-cache", is_flag=True, help="不读写缓存（各文件的检查结果和整次输出）。 Do not use the cache (results and stored outputs).")
@click.option("--cache-dir", type=click.Path(path_type=Path, file_okay=False), default=None, metavar="DIR",
              envvar="GGTLINT_CACHE_DIR", show_envvar=True,
              help="缓存目录（默认 .ggtlint_cache，也可用环境变量 GGTLINT_CACHE_DIR 指定）。 "
                   "Cache folder (default .ggtlint_cache; or set GGTLINT_CACHE_DIR).")
def check(paths: tuple[str, ...], formats: tuple[str, ...], output: str | None, lang: str | None, quiet: bool,
          no_color: bool, force_color: bool, fail_on: str | None, max_warnings: int | None, exit_zero: bool,
          statistics: bool, config_path: Path | None, framework: str | None, budget_year: int | None,
          select: tuple[str, ...], ignore: tuple[str, ...], max_file_size: int | None,
          baseline_path: Path | None = None, write_baseline: Path | None = None, text_input: bool = False,
          max_depth: int | None = None, max_aliases: int | None = None, timeout: float | None = None,
          jobs: int | None = None, reports: tuple[str, ...] = (), no_cache: bool = False,
          cache_dir: Path | None = None, stdin_filename: str | None = None, preview: bool | None = None,
          fix: bool = False, unsafe_fixes: bool = False, show_diff: bool = False) -> int:
    """检查绩效目标文件（文件或目录；“-”为标准输入）。 Check target files and folders ('-': standard input).

    跨表检查（XT 规则）在全部文件之后输出，标题为“跨表检查 / cross-table”。
    Cross-table findings (XT rules) come after every file's own findings.
    """
    from ggtlint.baseline import Baseline, BaselineError, BaselineWriter
    from ggtlint.findings import Severity, Summary
    from ggtlint.limits import merge_limits
    from ggtlint.load import is_timeout
    from ggtlint.reporters import REPORTERS, ReportOptions
    from ggtlint.parallel import default_jobs, iter_results, progress_wanted, wrap_terminal
    from ggtlint.run import RunOptions

    targets, from_stdin = _targets(paths, stdin_filename)
    _check_fix_options(fix, unsafe_fixes, show_diff, from_stdin, bool(formats or output or reports or write_baseline))
    specs = _parse_formats(formats, output)
    if statistics and all(name != "rich" for name, _ in specs):
        say("--statistics 只在终端格式（rich）中列出；JSON 等格式本身带有每条问题的规则编号",
            "--statistics is shown by the rich format only; JSON and the others carry each finding's rule")
    _check_reports(reports)
    _one_writer_each([target for _, target in specs if target not in (None, "-")] + list(reports)
                     + ([str(write_baseline)] if write_baseline else []))
    # the configuration is looked for from the file standard input stands for (else from here)
    config_start = [Path(stdin_filename or ".")] if from_stdin else targets
    engine = _load_engine(config_path, config_start, framework=framework, budget_year=budget_year,
                          select=select, ignore=ignore, preview=preview)
    config = engine.config
    lang = _MESSAGES["lang"] = lang or config.lang or "zh"  # type: ignore[assignment]
    fail_level = Severity(fail_on or config.fail_on or "error")
    # command-line options over the config file's ``limits:`` over the defaults
    limits = merge_limits(config.limits, max_file_bytes=max_file_size * 1024 * 1024 if max_file_size else None,
                          max_depth=max_depth, max_aliases=max_aliases, max_seconds=timeout)
    options = RunOptions(paths=targets, limits=limits, text_input=text_input)
    _quiet_collector()
    not_checked: list[tuple[str, str, str]] = []
    # submissions in the folders that ggtlint cannot read, (shown, what to do in Chinese, in English):
    # the run does not pass with them
    unread: list[tuple[str, str, str]] = []
    if from_stdin:
        no_cache = True  # a file that exists nowhere else: nothing to gain from keeping it
        if stdin_filename and config.excluded(stdin_filename):
            _say_excluded(config, [stdin_filename])  # an editor shows nothing for an excluded file
            files = []
        else:
            files = [_stdin_file(stdin_filename, limits)]
    else:
        outputs = [target for _, target in specs if target not in (None, "-")] + list(reports)
        files, not_checked, unread = _files_to_check(engine, options, outputs, (baseline_path, write_baseline),
                                                     note_configs=config_path is None,
                                                     unread_fails=not (exit_zero or write_baseline))
    # nothing this run writes may be one of its inputs: the tables and the baseline it reads
    # (with --write-baseline the baseline is not read: writing it again is the point)
    reads_baseline = baseline_path is not None and write_baseline is None
    inputs = _InputPaths([path for path, _ in files] + ([str(baseline_path)] if reads_baseline else [])
                         # the file standard input stands for (an editor's buffer): as precious as an input
                         + ([stdin_filename] if from_stdin and stdin_filename else []))
    cache = None if no_cache else _open_cache(engine, limits, cache_dir, text_input)
    hashes = None
    if cache is not None:
        from ggtlint.cache import content_hash

        hashes = [content_hash(path) for path, _ in files]
    if fix or show_diff:
        fixed = _fix(engine, files, limits, unsafe_fixes, show_diff,
                     iter_results(engine, files, limits, jobs=jobs or default_jobs(), cache=cache, hashes=hashes,
                                  text_input=text_input, progress=progress_wanted(), lang=lang, cross_table=False))
        if show_diff:
            return EXIT_FINDINGS if fixed.made else EXIT_OK
        if hashes is not None and fixed.written:  # only the rewritten files are hashed again
            rewritten = set(fixed.written)
            hashes = [content_hash(path) if path in rewritten else content
                      for (path, _), content in zip(files, hashes)]
    if write_baseline is not None:
        _check_baseline_target(write_baseline, inputs)
    try:
        baseline = (Baseline.load(baseline_path, str(options.base), runs=engine.runs,
                                  cross_table=frozenset(rule.info.id for rule in engine.corpus_rules))
                    if baseline_path and not write_baseline else None)
    except BaselineError as exc:
        raise UsageProblem(exc.zh, exc.en) from None
    writer = (BaselineWriter(write_baseline, str(options.base), runs=engine.runs,
                             cross_table=frozenset(rule.info.id for rule in engine.corpus_rules),
                             known=frozenset(engine.known_ids))
              if write_baseline else None)
    color = False if no_color else (True if force_color else None)
    from ggtlint.reporters import terminal_width

    # what the terminal layout's verdict line needs to say why the run passes or not
    fail_on_source = ("--fail-on" if fail_on else os.path.basename(config.file) if config.fail_on and config.file
                      else None)
    report_options = ReportOptions(lang=lang, color=color, quiet=quiet, statistics=statistics,
                                   fail_rank=fail_level.rank, base_dir=str(options.base), tool_version=__version__,
                                   baseline=baseline,
                                   not_checked=tuple(unread),
                                   unread_fails=not (exit_zero or write_baseline),
                                   max_warnings=max_warnings, fail_on_source=fail_on_source,
                                   zero_exit="--write-baseline" if write_baseline else "--exit-zero" if exit_zero else None,
                                   width=terminal_width(sys.stdout))
    # on a terminal the layout's last line says why the run does not pass: stderr need not repeat it
    verdict_shown = report_options.width is not None and any(
        name == "rich" and target in (None, "-") for name, target in specs)
    summary = Summary()
    progress = progress_wanted()
    recorded = None
    if cache is not None:
        recorded = _output_record(cache, files, hashes, specs, reports, write_baseline, baseline_path, baseline,
                                  report_options)
        counts = [field.name for field in dataclasses.fields(Summary)]
        record = recorded.lookup(len(specs), counts) if recorded is not None else None
        if record is not None:
            # Nothing changed since a run that wrote exactly these outputs: write them again.
            _replay(record, specs, inputs)
            return _exit_code(Summary(**record.summary), fail_level, max_warnings, exit_zero, len(unread),
                              fail_on_source, verdict_shown)
    # a baseline being written records each result's findings; one in use takes its findings out
    hold = writer.add if writer is not None else baseline.apply if baseline is not None else None
    rules = engine.rule_infos()
    with contextlib.ExitStack() as stack:
        reporters = []
        for name, target in specs:
            stream = stack.enter_context(_output_stream(target, inputs))
            if progress and stream is sys.stdout:
                stream = wrap_terminal(stream)  # findings print above the progress bar, not through it
            if recorded is not None:
                stream = recorded.record(stream)
            # a file gets neither colour nor lines wrapped to the terminal
            file_options = report_options if target in (None, "-") else _replace(report_options, color=False,
                                                                                 width=None)
            reporters.append(REPORTERS[name](stream, file_options))
        collector = None
        if reports:
            from ggtlint.reports import ReportCollector

            for report in reports:
                if os.path.realpath(report) in inputs:
                    raise UsageProblem(f"报告文件 {report} 是被检查的输入文件，拒绝覆盖",
                                       f"refusing to overwrite {report}: it is one of the files checked")
            # given every finding (it leaves out what --quiet drops itself, and still knows which
            # tables are clean)
            collector = ReportCollector(
                list(reports), lang=lang, tool_version=__version__, base_dir=str(options.base),
                quiet_rank=fail_level.rank if quiet else None,
                checked=[stdin_filename or "-"] if from_stdin else [str(target) for target in targets],
                # what a forwarded report must say of how it was made
                selection={"select": list(config.select), "ignore": list(config.ignore), "fail_on": fail_level.value,
                           "framework": None if config.framework == "auto" else config.framework,
                           "budget_year": config.budget_year, "preview": config.preview,
                           "baseline": str(baseline_path) if baseline_path and not write_baseline else None},
                not_checked=not_checked,
                reserved=[target for _, target in specs if target not in (None, "-")]
                + ([str(write_baseline)] if write_baseline else []))
        everyone = [*reporters, collector] if collector is not None else reporters
        for reporter in everyone:
            reporter.begin(rules)
        # closed however the loop ends: a Ctrl-C while a reporter runs must still stop the workers
        results = stack.enter_context(contextlib.closing(iter_results(
            engine, files, limits, jobs=jobs or default_jobs(), cache=cache, hashes=hashes, text_input=text_input,
            progress=progress, lang=lang)))
        for result in results:
            result = _count(result, summary, hold)
            if recorded is not None and any(is_timeout(finding)
                                            for finding in result.findings):
                recorded.discard()  # a time-out depends on the machine's load: never replayed
                recorded = None
            if collector is not None:
                collector.file(result)
            if quiet:  # every output and report shows the same findings; the summary counts all
                result = _at_fail_level(result, fail_level.rank)
            for reporter in reporters:
                reporter.file(result)
        for reporter in everyone:
            reporter.end(summary)
    if collector is not None:  # a bureau's run prints thousands of findings: say where the reports are
        zh, en = collector.where_written()
        say(f"检查报告已写入 {zh}", f"review reports written: {en}")
    if writer is not None:
        try:
            count = writer.write()
        except BaselineError as exc:
            raise UsageProblem(exc.zh, exc.en) from None
        say(f"已把 {count} 个问题写入基线 {write_baseline}",
            f"wrote {counted(count, 'finding')} to the baseline {write_baseline}")
        if writer.kept_count:
            say(f"基线中本次没有重新检查的 {writer.kept_count} 个问题（{writer.kept_file_count} 个文件）保留不变",
                f"kept {counted(writer.kept_count, 'finding')} (in {counted(writer.kept_file_count, 'file')}) of the "
                "baseline that this run did not check again")
        return EXIT_OK
    notes = _stale_notes(baseline, lang) if baseline is not None else []
    for note in notes:
        click.echo(note, err=True)
    if recorded is not None:
        recorded.commit(dataclasses.asdict(summary), notes, [(path, content) for (path, _), content in zip(files, hashes or [])])
    return _exit_code(summary, fail_level, max_warnings, exit_zero, len(unread), fail_on_source, verdict_shown)


def _check_fix_options(fix: bool, unsafe: bool, diff: bool, from_stdin: bool, writes_outputs: bool) -> None:
    """Refuse the fix options in combinations that cannot work, before anything is checked."""
    if unsafe and not (fix or diff):
        raise UsageProblem("--unsafe-fixes 须与 --fix 或 --diff 一起使用", "--unsafe-fixes goes with --fix or --diff")
    if fix and from_stdin and not diff:
        raise UsageProblem("--fix 不能修改标准输入（“-”）：请对文件运行，或用 --diff 查看修改",
                           "--fix cannot change standard input ('-'): run it on the file, or see the changes with --diff")
    if diff and writes_outputs:
        raise UsageProblem("--diff 只把修改以差异格式写到标准输出，不能与 --format、-o、--report 或 --write-baseline 同用",
                           "--diff writes the changes as a diff to standard output; it cannot go with --format, -o, "
                           "--report or --write-baseline")


def _open_cache(engine: Engine, limits: Limits, cache_dir: Path | None, text_input: bool) -> ResultCache:
    """The result cache of this run; refuses a --cache-dir that holds files of its own."""
    from ggtlint.cache import foreign_entries, open_result_cache

    foreign = foreign_entries(cache_dir) if cache_dir is not None else []
    if foreign:
        listed_zh, listed_en = _some(foreign)
        raise UsageProblem(f"--cache-dir {cache_dir or '.'} 是已有内容的文件夹（{listed_zh}），不是 ggtlint 的缓存；"
                           "缓存会把它标为可删除、不入 git 的缓存目录，请指定一个新的或空的文件夹",
                           f"--cache-dir {cache_dir or '.'} holds files of its own ({listed_en}) and is no "
                           "ggtlint cache; a cache marks its folder as one to skip in backups and git: give a "
                           "new or empty folder")
    return open_result_cache(engine, limits, cache_dir, text_input)


def _fix(engine: Engine, files: list[tuple[str, str]], limits: Limits, unsafe: bool, diff: bool,
         results: Iterator[FileResult]) -> FixRun:
    """Make the fixes the findings offer (--fix), or print them as a diff (--diff), and say what was done.

    ``results`` are the files' results as a normal run gives them (on all cores, from the cache):
    only the files with a fix among their findings are read again and fixed."""
    from ggtlint.discover import DOCUMENT_SUFFIXES
    from ggtlint.fixes import fix_files, fix_of
    from ggtlint.load import load_text

    def check_text(text: str, shown: str, encoding: str) -> list[Finding]:
        return engine.check_source(load_text(text, shown, limits, encoding)).findings

    # the findings of each file with a fix to make, by path: its fixing's first round (not checked twice)
    known: dict[str, list[Finding]] = {}
    with contextlib.closing(results):  # read to its end: the cache keeps what an early stop drops
        for (path, _), result in zip(files, results, strict=True):
            if any(fix_of(finding) is not None for finding in result.findings):
                known[path] = result.findings
    # (workbooks and PDF text are passed on too: the run says they are corrected in the original)
    with_fixes = [file for file in files if file[0] in known or not file[0].lower().endswith(DOCUMENT_SUFFIXES)]
    run = fix_files(with_fixes, check_text, unsafe=unsafe, write=not diff, max_bytes=limits.max_file_bytes,
                    diff=click.get_text_stream("stdout") if diff else None, known=known)
    if diff:
        say(f"--fix 会修改 {run.made} 处（{run.files_changed} 个文件）；本次未改动任何文件",
            f"--fix would make {counted(run.made, 'change')} in {counted(run.files_changed, 'file')}; "
            "no file was changed")
    elif run.made:
        say(f"已自动修复 {run.made} 处（{run.files_changed} 个文件）；以下是修复后的检查结果",
            f"fixed {counted(run.made, 'finding')} in {counted(run.files_changed, 'file')}; "
            "what follows is the check of the fixed files")
    if run.unsafe_left:
        say(f"另有 {run.unsafe_left} 处需要核对的修改（重复的字词、疑似截断的名称、拼错的字段名、语法错误中猜测的缩进和引号）未做："
            "核对后可加 --unsafe-fixes",
            f"{counted(run.unsafe_left, 'fix')} a person should look at (doubled words, names that look cut, "
            "misspelt keys, guessed indentation and quotes of a syntax error) not made: add --unsafe-fixes after looking at them")
    if run.left:
        say(f"{run.left} 处修改无法自动完成（该处内容与检查时不同，或修改会影响其他内容），请手工修改",
            f"{counted(run.left, 'fix')} could not be made exactly (the text there differs, or the change "
            "would touch something else): make them by hand")
    if run.imported:
        say(f"{run.imported} 个 Excel 工作簿或 PDF 文本不能自动修复，请在原表中修改",
            f"{counted(run.imported, 'imported file')} (workbooks, PDF text) cannot be fixed here: correct the original")
    for shown, zh, en in run.unwritable:
        say(f"没有修复 {shown}：{zh}", f"{shown} was not fixed: {en}")
    return run


def _targets(paths: tuple[str, ...], stdin_filename: str | None) -> tuple[list[Path], bool]:
    """The paths to check (the current folder when none is given), and whether the one path is
    "-", standard input (a file named "-" is "./-"); a path that does not exist is a usage mistake."""
    from_stdin = "-" in paths
    targets = [Path(path) for path in paths] or [Path(".")]
    if from_stdin and len(targets) > 1:
        raise UsageProblem("“-”（从标准输入读取一个文件）不能与其他路径同时使用",
                           "'-' reads one file from standard input and cannot be given with other paths")
    if stdin_filename is not None and not from_stdin:
        raise UsageProblem("--stdin-filename 只与路径“-”一起使用", "--stdin-filename goes with the path '-'")
    for target in targets:
        if not from_stdin and not target.exists() and not target.is_symlink():
            raise UsageProblem(f"路径不存在：{target}", f"no such file or folder: {target}")
    return targets, from_stdin


def _files_to_check(engine, options, outputs: list[str | Path | None],  # type: ignore[no-untyped-def]
                    baselines: tuple[Path | None, ...] = (), note_configs: bool = True,
                    unread_fails: bool = True) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]],
                                                        list[tuple[str, str, str]]]:
    """(path, shown) of every target file under the paths, (shown, why in Chinese, in English)
    of each file in the folders that is not checked (for the review reports), and those of them
    that look like submissions ggtlint cannot read (the run does not pass with them). What the
    folders hold besides tables is also said on standard error: files ggtlint cannot read,
    configurations this run does not use, reports of earlier runs (passed over), or that there
    is nothing to check.

    The run's own outputs and reports found in a checked folder are not target tables (``check .
    -f json -o out.json`` works twice); one at the path of a department's file (a workbook that
    is no ggtlint report) is refused. A file ggtlint wrote (an output, a report, a baseline) is
    never a table, even named (pre-commit names every staged file); a file named on the command
    line that is not ggtlint's stays an input, and writing over it is refused."""
    from ggtlint.run import collect_files

    passed_over: list[str] = []
    configs: list[str] = []
    files = collect_files(engine, options, passed_over, configs)
    named = {os.path.abspath(target) for target in options.paths if not os.path.isdir(target)}
    baseline_files = {os.path.abspath(path) for path in baselines if path is not None}
    # the configuration's rule packs and lexicon folders, often kept beside the tables: settings, not tables
    setting_files = {os.path.abspath(path) for path in engine.config.packs}
    setting_folders = tuple(os.path.join(os.path.abspath(folder), "") for folder in
                            [*engine.config.lexicons, *(pack.lexicon_dir for pack in engine.packs if pack.lexicon_dir)])
    written_here = {os.path.abspath(path) for path in outputs if path is not None}
    output_files = written_here - named
    # a folder report's workbooks (--report 审核/): the run's own, wherever the folder is
    output_folders: tuple[str, ...] = ()
    if any(path is not None for path in outputs):
        from ggtlint.reports import is_report_folder

        output_folders = tuple(os.path.join(os.path.abspath(str(path).rstrip("/\\")), "") for path in outputs
                               if path is not None and is_report_folder(path))
    kept: list[tuple[str, str]] = []
    earlier: list[str] = []
    as_baselines: list[str] = []
    as_settings: list[str] = []
    compare = bool(baseline_files or output_files or output_folders or setting_files or setting_folders)
    for path, shown in files:
        maybe_output = path.lower().endswith(_OUTPUT_SUFFIXES)
        if not compare and not maybe_output:
            kept.append((path, shown))  # the common case: no path to resolve (a bulk run lists 10,000)
            continue
        absolute = os.path.abspath(path)
        if absolute in baseline_files:
            if absolute in named:  # named on purpose: say why it is not checked, not "no files"
                as_baselines.append(shown)
            continue  # pre-commit passes every staged JSON file, the baseline too
        if absolute in setting_files or (setting_folders and absolute.startswith(setting_folders)):
            if absolute in named:
                as_settings.append(shown)
            continue
        if output_folders and absolute.startswith(output_folders) and made_by_ggtlint(path):
            continue
        if absolute in output_files:
            if not made_by_ggtlint(path):
                # at an output's path in a checked folder, and no earlier ggtlint output: a
                # department's file of the same name, to be neither skipped nor replaced
                raise UsageProblem(f"输出文件 {shown} 已存在于被检查的文件夹中，而且不是 ggtlint 写出的检查结果或报告，"
                                   "拒绝覆盖；请换一个文件名或写到别的文件夹",
                                   f"refusing to write over {shown}: it is in a checked folder and is no ggtlint "
                                   "output or report; choose another name or folder")
            continue
        # (named and written again by this run: kept as an input, so that writing over it is refused)
        if maybe_output and not (absolute in named and absolute in written_here) and made_by_ggtlint(path):
            earlier.append(shown)  # a report of an earlier run left among the tables, or a staged one
            continue
        kept.append((path, shown))
    not_checked = [(shown, "ggtlint 写出的检查结果、报告或基线，不是绩效目标表",
                    "ggtlint's own output, report or baseline, not a target table")
                   for shown in earlier]
    if earlier:
        zh, en = _some(earlier)
        say(f"跳过 ggtlint 写出的文件 {zh}（检查结果、报告或基线，不是绩效目标表）",
            f"skipped {en}: ggtlint's own outputs, reports or baselines, not target tables")
    skipped = output_files | baseline_files
    passed_over = [path for path in passed_over if os.path.abspath(path) not in skipped]
    unread = _say_passed_over(passed_over, options, unread_fails) if passed_over else []
    not_checked += unread
    if note_configs:  # not when --config named the one to use
        _say_unused_configs(engine.config, options, configs)
    if as_baselines:
        zh, en = _some(as_baselines)
        say(f"{zh} 是这次运行的基线文件，不作为绩效目标表检查", f"{en}: the baseline of this run, not checked as a table")
    if as_settings:
        zh, en = _some(as_settings)
        say(f"{zh} 是配置中的规则包或词表文件，不作为绩效目标表检查",
            f"{en}: a rule pack or lexicon of the configuration, not checked as a table")
    if not kept and not earlier and not passed_over and not as_baselines and not as_settings:
        excluded = [str(target) for target in options.paths
                    if os.path.isfile(target) and engine.config.excluded(str(target))
                    or os.path.isdir(target) and _holds_targets(target, options)]  # found, then all excluded
        if excluded:
            _say_excluded(engine.config, excluded)
        else:
            # name the folder: "ggtlint check 各项目/" on an empty folder must not look like a pass
            folders = [str(target) for target in options.paths if os.path.isdir(target)]
            zh, en = _some(folders) if folders else ("", "")
            say(f"{'文件夹 ' + zh + ' 中' if folders else ''}没有找到要检查的文件，本次没有检查任何表格（可检查 .yaml、"
                ".yml、.json、.xlsx、.xlsm 文件；从 PDF 提取的文本 .txt 需加 --text-input）",
                f"no files to check{' in ' + en if folders else ''}, so no table was checked: ggtlint reads .yaml, "
                ".yml, .json, .xlsx and .xlsm files; text extracted from a PDF, .txt, needs --text-input")
    return kept, not_checked, unread


# where ggtlint's outputs and reports are looked for among a folder's tables (every other file
# there is taken for a table without being read twice)
_OUTPUT_SUFFIXES = (".json", ".sarif", ".xlsx", ".xlsm")


def made_by_ggtlint(path: str) -> bool:
    """:func:`ggtlint.own_files.made_by_ggtlint`, imported when first needed."""
    from ggtlint.own_files import made_by_ggtlint as recognise

    return recognise(path)


def _some(names: list[str], most: int = 3) -> tuple[str, str]:
    """A few names and how many there are, (Chinese, English): "a、b、c 等 5 个文件"."""
    if len(names) <= most:
        return "、".join(names), ", ".join(names)
    return (f"{'、'.join(names[:most])} 等 {len(names)} 个文件",
            f"{', '.join(names[:most])} and {len(names) - most} more")


# What to do with a file ggtlint cannot read, by suffix (one line each on standard error)
_PASSED_OVER_ADVICE = {
    ".xls": ("请在 Excel 或 WPS 中另存为 .xlsx", "save it as .xlsx in Excel or WPS"),
    ".et": ("请在 WPS 中另存为 .xlsx", "save it as .xlsx in WPS"),
    ".pdf": ("请用 pdftotext -layout 提取文本（.txt），再加 --text-input 检查",
             "extract the text with pdftotext -layout (.txt) and check it with --text-input"),
    ".ofd": ("请转为 PDF 后用 pdftotext -layout 提取文本，再加 --text-input 检查",
             "convert it to PDF, extract the text with pdftotext -layout and check that with --text-input"),
    ".txt": ("从 PDF 提取的文本需加 --text-input 才检查", "text extracted from a PDF is checked with --text-input"),
}
_PASSED_OVER_OTHER = ("请把表格复制到 Excel 中另存为 .xlsx，或写成目标文件（ggtlint 不读 Word、CSV 文件）",
                      "copy the table into Excel and save it as .xlsx, or write it as a target file "
                      "(ggtlint does not read Word or CSV files)")


def _say_unused_configs(config, options, walked: list[str]) -> None:  # type: ignore[no-untyped-def]
    """One run uses one configuration: name each other one that a checked path has nearer to it,
    or that the folders hold, once (in a folder, the one ggtlint would use there)."""
    from ggtlint.discover import display_path
    from ggtlint.engine.config import find_config

    used = os.path.realpath(config.file) if config.file else None
    nearer: dict[str, tuple[Path, Path]] = {}  # its real path -> (where it applies, the file)
    seen: set[Path] = set()  # pre-commit passes many files of a few folders: each folder looked at once
    for target in options.paths if len(options.paths) > 1 else ():
        folder = target if target.is_dir() else target.parent
        if folder in seen or not target.exists():
            continue
        seen.add(folder)
        own = find_config(target)
        if own is not None:
            nearer.setdefault(os.path.realpath(own), (target, own))
    for path in walked:
        folder = Path(path).parent
        own = find_config(folder)  # which of the folder's files configures it, if any does
        if own is not None and own.parent.resolve() == folder.resolve():
            nearer.setdefault(os.path.realpath(own), (folder, own))
    for real, (where, own) in nearer.items():
        if real != used:
            _say_config_not_used(Path(display_path(own, options.base)), Path(display_path(where, options.base)),
                                 Path(config.file) if config.file else None)


def _say_passed_over(paths: list[str], options,  # type: ignore[no-untyped-def]
                     fails: bool = True) -> list[tuple[str, str, str]]:
    """Name the files in the checked folders that look like submissions but were not checked
    (a bureau must not take "共检查 1 个文件" for the whole folder); each as (shown, what to do
    in Chinese, in English) for the reports."""
    from ggtlint.discover import display_path

    by_suffix: dict[str, list[str]] = {}
    for path in paths:
        by_suffix.setdefault(os.path.splitext(path)[1].lower(), []).append(display_path(Path(path), options.base))
    say(f"没有检查 {len(paths)} 个 ggtlint 无法直接读取的文件：", f"not checked: {counted(len(paths), 'file')} "
        f"ggtlint cannot read as {'it is' if len(paths) == 1 else 'they are'}:")
    told: list[tuple[str, str, str]] = []
    for suffix, names in sorted(by_suffix.items()):
        zh, en = _PASSED_OVER_ADVICE.get(suffix, _PASSED_OVER_OTHER)
        listed_zh, listed_en = _some(names)
        click.echo(f"  {words(f'{listed_zh}：{zh}', f'{listed_en}: {en}')}", err=True)
        told += [(name, zh, en) for name in names]
    one = len(paths) == 1
    verdict_zh = "本次检查不算通过（退出码 1）" if fails else "本次检查不能说明它们合格"
    verdict_en = "so the run does not pass (exit code 1)" if fails else "so this run says nothing of them"
    say(f"这些文件没有经过检查，{verdict_zh}；如果它们不是绩效目标表（如附件、说明），可在配置文件 .ggtlint.yaml "
        "的 exclude 中列出，不再检查",
        f"{'it was' if one else 'they were'} not checked, {verdict_en}; if "
        f"{'it is not a target table' if one else 'they are not target tables'} (an attachment, notes), list "
        f"{'it' if one else 'them'} under exclude in the configuration file .ggtlint.yaml")
    return told


def _holds_targets(folder: Path, options) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``folder`` has a file ggtlint would check, were none excluded."""
    from ggtlint.discover import iter_target_files
    from ggtlint.run import target_suffixes

    return next(iter_target_files([Path(folder)], target_suffixes(options.text_input)), None) is not None


def _say_excluded(config, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Why a path named on the command line was not checked: the configuration excludes it."""
    zh, en = _some(names)
    say(f"{zh} 被配置 {config.file} 的 exclude 排除，未检查", f"{en}: excluded by the exclude list of "
        f"{config.file}; not checked")


def _check_baseline_target(path: Path, inputs: "_InputPaths") -> None:
    """--write-baseline may replace an earlier baseline, never a table or any other file."""
    from ggtlint.baseline import Baseline, BaselineError

    if os.path.realpath(path) in inputs:
        raise UsageProblem(f"基线文件 {path} 是被检查的输入文件，拒绝覆盖",
                           f"refusing to write the baseline over {path}: it is one of the files checked")
    if not os.path.isfile(path) or os.path.getsize(path) == 0:
        return
    try:
        Baseline.load(path)
    except BaselineError:
        raise UsageProblem(f"文件 {path} 已存在，但不是 ggtlint 基线，拒绝覆盖；请换一个文件名或先删除它",
                           f"refusing to overwrite {path}: it exists and is not a ggtlint baseline") from None


def _count(result: FileResult, summary, hold) -> FileResult:  # type: ignore[no-untyped-def]
    """Add ``result`` to the run's counts. ``hold`` is the baseline step (None without a
    baseline): it returns the result without the findings it holds, and how many those were."""
    if hold is not None:
        result, held = hold(result)
        summary.baselined += held
    summary.files += 0 if result.cross_table else 1
    summary.tables += result.tables
    if not result.tables and not result.cross_table:
        summary.files_without_tables += 1
    summary.suppressed += result.suppressed
    summary.add_all(result.findings)
    return result


def _exit_code(summary, fail_level, max_warnings: int | None, exit_zero: bool,  # type: ignore[no-untyped-def]
               unread: int = 0, fail_on_source: str | None = None, verdict_shown: bool = False) -> int:
    """1 when findings reach the fail level (or warnings exceed --max-warnings), or when ``unread``
    submissions in the folders could not be read (named alone, such a file is a LOAD009 error), else 0.

    Decided by :func:`ggtlint.reporters.verdict`, as the terminal layout's last line is. When
    only the warnings (or infos) fail the run, stderr says why, as the summary's 错误 0 个 does
    not; unless ``verdict_shown``, the layout's verdict on the same terminal saying it already."""
    from ggtlint.reporters import verdict

    if exit_zero:
        return EXIT_OK
    said = verdict(summary, fail_level.rank, max_warnings, unread, fail_on_source)
    if said.passed:
        return EXIT_OK
    if not verdict_shown and not summary.errors and not unread:  # else the exit code 1 goes unexplained
        zh, en = "；".join(said.reasons_zh), "; ".join(said.reasons_en)
        if zh.endswith("判为不通过"):  # "有 3 个警告，按 --fail-on warning 判为不通过" says it already
            say(f"{zh}（退出码 1）", f"{en} (exit code 1)")
        else:
            say(f"{zh}，本次检查不算通过（退出码 1）", f"{en}: the run does not pass (exit code 1)")
    return EXIT_FINDINGS


def _output_record(cache, files: list[tuple[str, str]], hashes: list[str | None], specs: list[tuple[str, str | None]],
                   reports: tuple[str, ...], write_baseline: Path | None, baseline_path: Path | None,
                   baseline: Baseline | None, options):  # type: ignore[no-untyped-def]
    """The run's entry in the output cache (:mod:`ggtlint.output_cache`), or None when its
    output is not a function of its inputs alone (review reports, a baseline being written, an
    unreadable input)."""
    from ggtlint.cache import content_hash
    from ggtlint.output_cache import OutputCache, output_key

    if reports or write_baseline or not files or None in hashes:
        return None
    digest = content_hash(baseline_path) if baseline_path is not None else None
    if baseline_path is not None and digest is None:
        return None
    formats = [[name, target in (None, "-"), _terminal_colour(name, target, options)] for name, target in specs]
    settings = {"formats": formats, "lang": options.lang, "quiet": options.quiet, "statistics": options.statistics,
                "fail_rank": options.fail_rank, "base_dir": options.base_dir, "version": options.tool_version,
                # its entries name files from its own folder: a moved copy means other files
                "baseline": digest, "baseline_at": os.path.realpath(baseline_path) if baseline_path else None,
                # its entries of files that are gone are stale, checked or not: deleting one changes the notes
                "baseline_gone": baseline.files_gone() if baseline is not None else None,
                # per_file_ignores see each file's path from the configuration's folder
                "places": [cache.place(shown) for _, shown in files] if cache.place is not None else None,
                # the folders' submissions ggtlint cannot read: the machine outputs name them
                "not_checked": [list(entry) for entry in options.not_checked], "unread_fails": options.unread_fails if options.not_checked else None}
    if any(name == "rich" for name, _ in specs):
        # the terminal layout's verdict line says what decides the exit code, and on a terminal
        # its lines are wrapped to the width: a stored layout is replayed only under the same
        on_terminal = any(name == "rich" and target in (None, "-") for name, target in specs)
        settings["rich"] = {"max_warnings": options.max_warnings, "fail_on": options.fail_on_source,
                            "zero_exit": options.zero_exit, "width": options.width if on_terminal else None}
    key = output_key(cache.key, [(shown, content) for (_, shown), content in zip(files, hashes)], settings)
    return OutputCache(cache.directory, key, cache.started_ns)


def _terminal_colour(name: str, target: str | None, options) -> bool | None:  # type: ignore[no-untyped-def]
    """Whether the terminal layout gets colour, decided as its reporter will (the only thing
    besides the inputs and options that its text depends on); None for the other formats."""
    if name != "rich":
        return None
    if target not in (None, "-"):
        return False
    from ggtlint.reporters.rich_text import wants_color

    return wants_color(sys.stdout, options.color)


def _replay(record, specs: list[tuple[str, str | None]], inputs: "_InputPaths") -> None:  # type: ignore[no-untyped-def]
    """Write a stored run's outputs and its notes (the same checks on output paths as a run)."""
    with contextlib.ExitStack() as stack:
        streams = [stack.enter_context(_output_stream(target, inputs)) for _, target in specs]
        for number, stream in enumerate(streams):
            record.write(number, stream)
    for note in record.notes:
        click.echo(note, err=True)


def _stdin_file(name: str | None, limits) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Standard input saved in a temporary folder (removed when ggtlint exits)."""
    import atexit
    import shutil
    import tempfile

    from ggtlint.run import save_stdin

    if sys.stdin is None:
        raise UsageProblem("没有标准输入可读", "there is no standard input to read")
    if sys.stdin.isatty():
        say("正在从标准输入读取表格，输入完后按 Ctrl-D（Windows 为 Ctrl-Z 回车）",
            "reading a table from standard input; end it with Ctrl-D (Ctrl-Z and Enter on Windows)")
    from ggtlint.atomic import hold_interrupts, release_interrupts

    held = hold_interrupts()
    try:
        folder = Path(tempfile.mkdtemp(prefix="ggtlint-stdin-"))
        _TEMPORARY.append(folder)  # removed even if a Ctrl-C held back arrives just below
    finally:
        release_interrupts(held)
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return save_stdin(folder, name, limits, sys.stdin.buffer)


_TEMPORARY: list[Path] = []  # folders to remove even when an interrupt ends the process at once


def _at_fail_level(result: FileResult, fail_rank: int) -> FileResult:
    """``result`` with only the findings at or above the fail level (``--quiet``)."""
    kept = [finding for finding in result.findings if finding.severity.rank >= fail_rank]
    return result if len(kept) == len(result.findings) else _replace(result, findings=kept)


def _check_reports(reports: tuple[str, ...]) -> None:
    """Every --report must end in .html or .xlsx, or name a folder by ending in a separator (one
    workbook per department goes into it), and the folder it writes into must take a new file:
    found out before the run, not after checking thousands of tables."""
    from ggtlint.atomic import write_error
    from ggtlint.reports import ReportError, is_report_folder, report_format

    for report in reports:
        try:
            report_format(report)
        except ReportError as exc:
            raise UsageProblem(exc.zh, exc.en) from None
        if is_report_folder(report) and os.path.dirname(os.path.abspath(report)) == os.path.abspath(report):
            raise UsageProblem(f"不能把各部门的工作簿写到根目录 {report}（是否少写了文件夹名？）",
                               f"refusing to write department workbooks into the root folder {report} "
                               "(a folder name missing?)")
        if not is_report_folder(report) and os.path.isdir(report):  # 审核.xlsx is a folder: a file was meant
            raise UsageProblem(f"报告路径 {report} 是一个目录（要给每个主管部门各写一个工作簿，请写成 {report}/）",
                               f"the report path {report} is a folder (for one workbook per department, "
                               f"write {report}/)")
    for report in reports:
        # a folder report writes into the folder itself (made when the workbooks are written)
        folder = (os.path.abspath(report.rstrip("/\\") or report) if is_report_folder(report)
                  else os.path.dirname(os.path.abspath(report)))
        # The report's folder is made when the report is written; until then nothing is left
        # behind (a run that stops before would leave an empty folder): try the nearest folder
        # that exists.
        existing = folder
        while not os.path.exists(existing) and os.path.dirname(existing) != existing:
            existing = os.path.dirname(existing)
        try:
            if not os.path.isdir(existing):
                raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), existing)
            import tempfile

            with tempfile.TemporaryFile(dir=existing, prefix=".ggtlint-"):
                pass
        except OSError as exc:
            if exc.errno == errno.ENOENT:  # the folder exists, yet no file can be made in it (/proc)
                zh, en = (("这个位置不能新建文件", "no file can be created there") if existing == folder
                          else ("它所在的文件夹不存在", "its folder does not exist"))
            else:
                zh, en = write_error(exc)
            raise UsageProblem(f"无法写入 {report}：{zh}", f"cannot write {report}: {en}") from None


def _stale_notes(baseline, lang: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Which baseline entries no longer occur (for stderr), so the file can be pruned."""
    stale = baseline.stale_entries()
    if not stale:
        return []
    from ggtlint.baseline import stale_message

    shown = 20
    notes = [f"ggtlint: {stale_message(sum(entry.count for entry in stale), lang)}"]
    notes += [f"  {entry.file}  {entry.rule}  {entry.path or '/'}" + (f"  ×{entry.count}" if entry.count > 1 else "")
              for entry in stale[:shown]]
    if len(stale) > shown:
        notes.append(f"  … (+{len(stale) - shown})")
    return notes


def _replace(options, **changes):  # type: ignore[no-untyped-def]
    return dataclasses.replace(options, **changes)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "-f", "fmt", type=click.Choice(["rich", "json"]), default="rich",
              help="输出格式：终端表格或 JSON。 Output format: a terminal table or JSON.")
@_lang_option
@click.option("--budget-year", type=click.IntRange(1990, 2100), default=None,
              help="预算年度（默认从配置或表中推定）。 The budget year (default: from the config or the table).")
@click.option("--text-input", is_flag=True,
              help="把 .txt 文件当作从 PDF 提取的文本读取。 Read a .txt file as text extracted from a PDF.")
@click.option("--no-color", is_flag=True, help="不使用颜色。 No colours.")
def show(file: Path, fmt: str, lang: str | None, budget_year: int | None, text_input: bool, no_color: bool) -> int:
    """显示 ggtlint 对一张表的理解（含解析后的指标值；读 YAML、JSON、Excel 工作簿，加 --text-input 读 PDF 文本）。
    Show a table as ggtlint understood it (YAML, JSON, workbooks; PDF text with --text-input)."""
    from ggtlint.show import render_show

    if not file.exists():
        raise _missing(file)
    return render_show(file, fmt, _language(lang, file), budget_year, no_color, text_input)


@cli.command()
@click.option("--kind", type=click.Choice(["target", "pack", "config"]), default="target",
              help="哪个 schema：目标文件、规则包或配置。 Which schema.")
def schema(kind: str) -> int:
    """输出 JSON Schema：目标文件（默认）、规则包或配置（供编辑器校验补全）。 Print a JSON Schema
    (target files by default, rule packs or the configuration), for editors."""
    from ggtlint.resources import schema_path

    path = schema_path().with_name({"target": "target-v1", "pack": "pack-v1", "config": "config-v1"}[kind] + ".schema.json")
    click.echo(path.read_text(encoding="utf-8"), nl=False)
    return EXIT_OK


@cli.command()
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table",
              help="输出格式：终端表格、JSON 或 Markdown（docs/rules.md 即由此生成）。 "
                   "Output: a terminal table, JSON or Markdown (docs/rules.md is made with it).")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="配置文件（默认从当前目录向上查找），其 packs 中的规则也列出。 Configuration file "
                   "(default: found upwards from here); rules of its packs are included.")
@_lang_option
def rules(fmt: str, config_path: Path | None, lang: str | None) -> int:
    """列出全部规则。 List every rule."""
    from ggtlint.docs import rules_json, rules_markdown, rules_table

    engine, off, waiting = _every_rule_engine(config_path)
    if fmt == "json":
        click.echo(rules_json(engine, off | waiting))
    elif fmt == "markdown":
        click.echo(rules_markdown(engine, lang or engine.config.lang), nl=False)
    else:
        rules_table(engine, lang or engine.config.lang or "zh", off, waiting)
    return EXIT_OK


def _every_rule_engine(config_path: Path | None):  # type: ignore[no-untyped-def]
    """An engine with every rule of the packs (the built-in ones and the configuration's, preview
    rules too), the ids the configuration's select/ignore switch off, and the preview rules that do
    not run only because preview is off: ``rules`` and ``explain`` describe them all."""
    engine = _load_engine(config_path, [])
    config = engine.config
    if not (config.select or config.ignore) and config.preview:
        return engine, frozenset(), frozenset()
    from ggtlint.engine import Engine

    every = Engine.build(dataclasses.replace(config, select=[], ignore=[], preview=True))
    not_run = frozenset(info.id for info in every.rule_infos() if not engine.runs(info.id, "."))
    return every, not_run - engine.previews_off, engine.previews_off


@cli.command("test-pack")
@click.argument("packs", nargs=-1, type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="配置文件（默认从当前目录向上查找）：其词表、参数和规则包一并生效。 Configuration file "
                   "(default: found upwards from here): its lexicons, params and packs apply.")
@_lang_option
def test_pack(packs: tuple[Path, ...], config_path: Path | None, lang: str | None) -> int:
    """运行规则包中每条规则的正反示例。 Run every rule's good/bad examples (built-in pack by default)."""
    from ggtlint.engine import Engine
    from ggtlint.engine.config import find_config, load_config
    from ggtlint.engine.examples import run_examples

    config = load_config(config_path if config_path is not None else find_config(Path.cwd()))
    # the packs named here run with the configuration's lexicons and params, as `check` runs them
    # (a pack it lists already is not loaded twice); its rule selection does not apply: every
    # rule of the packs named is tested, preview rules too
    listed = {os.path.realpath(p) for p in config.packs}
    config = dataclasses.replace(config, select=[], ignore=[], preview=True,
                                  packs=[*config.packs, *(p for p in packs if os.path.realpath(p) not in listed)])
    engine = Engine.build(config)
    lang = lang or config.lang or "zh"
    wanted = {os.path.realpath(p) for p in packs}
    rule_files = {rule.info.id: os.path.realpath(rule.file) for rule in engine.rules}
    empty = [p for p in packs if os.path.realpath(p) not in rule_files.values()]
    if empty:
        raise UsageProblem(f"规则包 {empty[0]} 中没有规则，没有可运行的示例",
                           f"the pack {empty[0]} has no rules: no example to run")
    failures = total = 0
    for rule in engine.rules:
        if wanted and rule_files[rule.info.id] not in wanted:
            continue
        if not (rule.info.examples.get("bad") or []):
            click.echo(f"{rule.info.id}: no bad example: nothing shows that it reports what it should" if lang == "en"
                       else f"{rule.info.id}：没有不合格示例，无法确认它会报告应报告的问题")
        for result in run_examples(engine, rule.info):
            total += 1
            if not result.ok:
                failures += 1
                if lang == "en":
                    click.echo(f"FAIL {result.rule_id} {result.kind}[{result.index}]: {result.said('en')}")
                else:
                    kind = "不合格示例" if result.kind == "bad" else "合格示例"
                    click.echo(f"未通过 {result.rule_id} {kind}第 {result.index + 1} 个：{result.said('zh')}")
    if lang == "en":
        click.echo(f"{total - failures} passed, {failures} failed")
    else:
        click.echo(f"示例 {total} 个：通过 {total - failures} 个，失败 {failures} 个")
    return EXIT_FINDINGS if failures else EXIT_OK


@cli.command()
@click.argument("rule_id")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="配置文件（默认从当前目录向上查找），其 packs 中的规则也列出。 Configuration file "
                   "(default: found upwards from here); rules of its packs are included.")
@_lang_option
def explain(rule_id: str, config_path: Path | None, lang: str | None) -> int:
    """解释一条规则：检查什么、为什么、示例和修改方法。 Explain a rule."""
    from ggtlint.docs import explain_rule

    engine, off, waiting = _every_rule_engine(config_path)
    lang = _MESSAGES["lang"] = lang or engine.config.lang or "zh"  # type: ignore[assignment]
    info = engine.info(rule_id)
    if info is None:
        raise UsageProblem(f"没有这条规则：{rule_id}（用 ggtlint rules 查看全部）",
                           f"no such rule: {rule_id} (ggtlint rules lists them)")
    explain_rule(engine, info, lang, switched_off=info.id in off, preview_off=info.id in waiting)
    return EXIT_OK


@cli.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="写入目标文件的目录（不存在则创建）。 Folder for the target files (created if missing).")
@click.option("--force", is_flag=True, help="覆盖已存在的文件。 Overwrite existing files.")
@click.option("--text-input", "--format-text", "format_text", is_flag=True,
              help="把输入当作从 PDF 提取的文本读取（.txt 默认如此；旧名 --format-text）。 "
                   "Read the inputs as PDF-extracted text (.txt files are; old name --format-text).")
@_lang_option
def import_(files: tuple[Path, ...], out_dir: Path, force: bool, format_text: bool, lang: str | None) -> int:
    """从 Excel 工作簿或 PDF 文本导入，每张表一个目标文件。 Import workbooks and PDF text.

    从 Excel 工作簿（.xlsx）或 PDF 提取的文本（.txt）导入，每张表写成一个目标文件；导入时不确定的地方
    以注释标出并在最后列出。 Import Excel workbooks and PDF-extracted text: one target file per table;
    what the importer was unsure of is marked with comments and listed at the end.
    """
    from ggtlint.importers import import_command

    if str(out_dir) == "-":  # standard output is no folder; a folder named "-" is made by mistake
        raise UsageProblem("import 把每张表写成一个文件，-o 应是一个文件夹；要在终端查看导入结果，请用 ggtlint show 文件",
                           "import writes one file per table, so -o names a folder; to see what is read, "
                           "use ggtlint show FILE")
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageProblem(f"输出路径 {out_dir} 不是目录", f"the output path {out_dir} is not a folder")
    return import_command(list(files), out_dir, force=force, as_text=True if format_text else None,
                          echo=click.echo, lang=_language(lang, files[0] if files else None, tolerant=True))


@cli.command("export")
@click.argument("file", required=False, type=click.Path(path_type=Path, dir_okay=False))
@click.option("-o", "--output", "out", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="输出的 .xlsx 文件。 The .xlsx file to write.")
@click.option("--blank", is_flag=True,
              help="导出一张空白的绩效目标表（填好后可直接检查）。 Export a blank table to fill in.")
@click.option("--framework", type=click.Choice(["legacy", "fw2021"]), default=None,
              help="空白表的指标体系：legacy（默认，财预〔2015〕88号以来的模板，成本在产出指标下）或 "
                   "fw2021（财预〔2021〕101号，成本指标为一级指标）。 The blank table's indicator framework "
                   "(default legacy).")
@click.option("--force", is_flag=True, help="覆盖已存在的文件。 Overwrite an existing file.")
@_lang_option
def export(file: Path | None, out: Path, blank: bool, framework: str | None, force: bool, lang: str | None) -> int:
    """把目标文件中的表导出为 Excel 模板（每张表一个工作表），或用 --blank 导出空白表。 Export tables to an .xlsx template."""
    from ggtlint.importers.xlsx import blank_table, export_command, write_blank

    if blank:
        if file is not None:
            raise UsageProblem("--blank 导出空白表，不能同时给出要导出的文件",
                               "--blank exports a blank table and takes no file to export")
        return write_blank(blank_table(framework or "legacy"), out, force=force, echo=click.echo,
                           lang=_language(lang, None, tolerant=True))
    if file is None:
        raise UsageProblem("缺少要导出的文件（或用 --blank 导出一张空白的绩效目标表）",
                           "no file to export given (or use --blank for a blank table)")
    if framework is not None:  # a table's framework is its own: it is exported as it is
        raise UsageProblem("--framework 只用于 --blank（导出的表保持原有的指标体系）",
                           "--framework goes with --blank (a table is exported in its own framework)")
    if not file.exists():
        raise _missing(file)
    return export_command(file, out, force=force, echo=click.echo, lang=_language(lang, file, tolerant=True))


def _show_usage_error(exc: click.UsageError) -> None:
    """A mistake in the command line: in Chinese, then click's English, and where help is (under
    --lang en, click's English only)."""
    english = _message_lang() == "en"
    if english:
        message = exc.format_message()
        no_such_command = getattr(click.exceptions, "NoSuchCommand", None)
        if no_such_command is not None and isinstance(exc, no_such_command) and "Did you mean" not in message:
            message += f" Commands: {', '.join(sorted(cli.commands))}."  # as the Chinese message lists them
        click.echo(f"ggtlint: {message}", err=True)
    else:
        click.echo(f"ggtlint: {usage_error_zh(exc)}", err=True)
        click.echo(f"  {exc.format_message()}", err=True)
    if exc.ctx is not None:
        path = exc.ctx.command_path
        usage, helping = ("usage", "help") if english else ("用法 usage", "帮助 help")
        click.echo(f"  {usage}: {exc.ctx.get_usage().removeprefix('Usage: ')}", err=True)
        click.echo(f"  {helping}: {path} --help", err=True)


def usage_error_zh(exc: click.UsageError) -> str:
    """What click's usage error means, in Chinese (its own text is English)."""
    no_such_command = getattr(click.exceptions, "NoSuchCommand", None)
    if isinstance(exc, click.NoSuchOption):
        if exc.possibilities:
            return f"没有 {exc.option_name} 这个选项，是不是要用 {'、'.join(sorted(exc.possibilities))}？"
        return f"没有 {exc.option_name} 这个选项。"
    if no_such_command is not None and isinstance(exc, no_such_command):
        return f"没有 {exc.command_name} 这个命令，可用的命令：{'、'.join(sorted(cli.commands))}。"
    if isinstance(exc, click.BadOptionUsage):
        return f"选项 {exc.option_name} 后面缺少值，或用法不对。"
    param = getattr(exc, "param", None)
    hint = _param_hint(param)
    if isinstance(exc, click.MissingParameter):
        kind = "参数" if isinstance(param, click.Argument) else "选项"
        return f"缺少{kind} {hint}。" if hint else "缺少必填的参数。"
    if isinstance(exc, click.BadParameter):
        if isinstance(getattr(param, "type", None), click.Path) and "does not exist" in exc.format_message():
            return f"{hint or '参数'} 指定的文件不存在。"
        return f"{hint or '参数'} 的值不对：{_expected_zh(param)}。"
    return "命令行用法不对。"


def _param_hint(param: click.Parameter | None) -> str:
    if param is None:
        return ""
    if isinstance(param, click.Argument):
        return (param.name or "").upper()
    long_names = [name for name in param.opts if name.startswith("--")]
    return (long_names or param.opts or [param.name or ""])[0]


def _expected_zh(param: click.Parameter | None) -> str:
    """What the parameter takes, in words."""
    kind = param.type if param is not None else None
    if isinstance(kind, click.Choice):
        return f"可选值为 {'、'.join(str(choice) for choice in kind.choices)}"
    if isinstance(kind, (click.IntRange, click.FloatRange)):
        number = "整数" if isinstance(kind, click.IntRange) else "数"
        low = "" if kind.min is None else f"不小于 {kind.min}"
        high = "" if kind.max is None else f"不大于 {kind.max}"
        return f"应为{'、'.join(part for part in (low, high) if part)} 的{number}"
    if isinstance(kind, click.Path):
        if not kind.file_okay:
            return "应为文件夹，不能是文件"
        if not kind.dir_okay:
            return "应为文件，不能是文件夹"
        return "路径不合适"
    if kind is click.INT:
        return "应为整数"
    if kind is click.FLOAT:
        return "应为数"
    return "见下方说明"


def _no_command(args: list[str]) -> bool:
    """Whether the command line names no command at all, only the language (the same in every
    click version: 8.1 printed the help and exited 0, 8.2 raised an error)."""
    rest = list(args)
    while rest:
        if rest[0] == "--lang" and len(rest) >= 2:
            rest = rest[2:]
        elif rest[0].startswith("--lang="):
            rest = rest[1:]
        else:
            return False
    return True


def _bilingual_help(command: click.Command) -> None:
    """-h/--help described in both languages, as every other option is (click's own is English)."""
    command.add_help_option = False
    click.help_option("-h", "--help", help="显示此帮助并退出。 Show this message and exit.")(command)


for _command in [cli, *cli.commands.values()]:
    _bilingual_help(_command)


def _interrupt_behind(exc: BaseException) -> KeyboardInterrupt | None:
    """The Ctrl-C (or signal) an error was raised while handling, if any: a write to an output
    that the interrupt's clean-up had already closed fails with EBADF, hiding the interrupt."""
    seen: set[int] = set()
    context = exc.__context__
    while context is not None and id(context) not in seen:
        if isinstance(context, KeyboardInterrupt):
            return context
        seen.add(id(context))
        context = context.__context__
    return None


def _leave_interrupted(cause: BaseException | None) -> NoReturn:
    """Say the run was interrupted (or terminated by a signal) and leave with the shell's code."""
    terminated = cause.signum if isinstance(cause, Terminated) else None
    click.echo(f"\nggtlint: {words('已终止', 'terminated') if terminated else words('已中断', 'interrupted')}",
               err=True)
    # Output files were already rolled back while unwinding (atomic writes). Leave now:
    # the interpreter's exit would join worker-pool threads that a kill may have wedged.
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    if _TEMPORARY:
        import shutil

        for folder in _TEMPORARY:
            shutil.rmtree(folder, ignore_errors=True)
    if "ggtlint.atomic" in sys.modules:  # an output whose write the interrupt cut short
        sys.modules["ggtlint.atomic"].remove_temporaries()
    os._exit(128 + terminated if terminated else EXIT_INTERRUPTED)  # as the shell reports a signal


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP (a CI job cancelled, docker stop, timeout, a closed terminal): unwound
    as Ctrl-C is, so that no temporary file or half-written output is left behind."""

    def __init__(self, signum: int) -> None:
        super().__init__()
        self.signum = signum


def _raise_terminated(signum: int, frame: object) -> None:
    raise received(Terminated(signum))


def _raise_ctrl_c(signum: int, frame: object) -> None:
    raise received(KeyboardInterrupt())


def _quiet_dropped_interrupts(unraisable: sys.UnraisableHookArgs) -> None:
    """An interrupt Python drops (raised in a weakref callback or a __del__) is recorded and heeded at
    the next output (ggtlint.interrupts): no "Exception ignored" traceback for it. Anything else is
    printed as Python prints it."""
    if not isinstance(unraisable.exc_value, KeyboardInterrupt):
        sys.__unraisablehook__(unraisable)


def _terminate_as_ctrl_c() -> None:
    """Let SIGTERM and SIGHUP unwind the run (by default they end the process on the spot), and
    record Ctrl-C as it is raised (ggtlint.interrupts: one Python drops is still heeded)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) == signal.SIG_DFL:
            signal.signal(number, _raise_terminated)
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _raise_ctrl_c)
        # quiet only what _raise_ctrl_c has recorded: under another SIGINT handler a dropped one is printed
        sys.unraisablehook = _quiet_dropped_interrupts


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and turn every failure into a message and an exit code."""
    if argv is None:  # the process is ggtlint's own: its patterns come from the compiled-pattern store
        regexcache.install()
    from ggtlint.atomic import OutputError
    from ggtlint.engine.config import ConfigError
    from ggtlint.engine.pack import PackError
    from ggtlint.values import LexiconError

    # Run as the program (the console script passes no argv), the process is ggtlint's own:
    # tuning the collector touches nobody else. A caller passing argv keeps its collector as is.
    _COLLECTOR["tune"] = argv is None
    if argv is None:
        _terminate_as_ctrl_c()
    # started with stdout or stderr closed (">&-"), Python has None there: write to nowhere
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process's life
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    _MESSAGES["argv"], _MESSAGES["lang"] = list(sys.argv[1:] if argv is None else argv), None
    if _no_command(sys.argv[1:] if argv is None else argv):  # "ggtlint", "ggtlint --lang en"
        with click.Context(cli, info_name="ggtlint") as ctx:
            click.echo(cli.get_help(ctx))
        say("缺少命令，如 ggtlint check 路径", "missing command; for example: ggtlint check PATH")
        sys.exit(EXIT_ERROR)
    try:
        code = cli.main(args=argv, prog_name="ggtlint", standalone_mode=False)
    except click.exceptions.Exit as exc:
        code = exc.exit_code
    except click.UsageError as exc:
        _show_usage_error(exc)
        code = EXIT_ERROR
    except click.ClickException as exc:
        exc.show()
        code = EXIT_ERROR
    except (click.exceptions.Abort, KeyboardInterrupt) as exc:
        cause = exc.__cause__ if isinstance(exc, click.exceptions.Abort) else exc  # click wraps Ctrl-C in Abort
        _leave_interrupted(cause)
    except PackError as exc:
        click.echo(f"ggtlint: {words('规则包错误', 'rule pack error')}: {exc.in_language(_message_lang())}", err=True)
        code = EXIT_ERROR
    except OutputError as exc:
        say(*exc.reasons())
        code = EXIT_ERROR
    except ConfigError as exc:
        click.echo(f"ggtlint: {words('配置错误', 'config error')}: {exc.in_language(_message_lang())}", err=True)
        code = EXIT_ERROR
    except LexiconError as exc:
        click.echo(f"ggtlint: {words('词表错误', 'lexicon error')}: {exc.in_language(_message_lang())}", err=True)
        code = EXIT_ERROR
    except BrokenPipeError:
        with contextlib.suppress(Exception):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the interpreter's flush at exit
        code = EXIT_OK
    except OSError as exc:  # while writing an output (inputs that cannot be read are findings)
        interrupt = _interrupt_behind(exc)
        if interrupt is not None:  # Ctrl-C while an output was being closed: the stream went first
            _leave_interrupted(interrupt)
        from ggtlint.atomic import write_error

        zh, en = write_error(exc)
        say(f"写入输出时出错：{zh}", f"an output could not be written: {en}")
        code = EXIT_ERROR
    except Exception as exc:  # the last line of defence: no traceback for users
        if os.environ.get("GGTLINT_DEBUG"):
            raise
        say(f"内部错误：{type(exc).__name__}: {exc}\n请报告此问题；设置 GGTLINT_DEBUG=1 可看到详细信息。",
            f"internal error: {type(exc).__name__}: {exc}\nPlease report it; set GGTLINT_DEBUG=1 for details.")
        code = EXIT_ERROR
    dropped = first_received()
    if dropped is not None:  # an interrupt Python dropped (ggtlint.interrupts) ends the run as an interrupt
        _leave_interrupted(dropped)
    regexcache.save()
    sys.exit(code if isinstance(code, int) else EXIT_OK)
